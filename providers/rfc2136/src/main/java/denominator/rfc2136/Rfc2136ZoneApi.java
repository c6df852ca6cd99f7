package denominator.rfc2136;

import denominator.UnsupportedCapabilityException;
import denominator.ZoneApi;
import denominator.ZoneNotFoundException;
import denominator.model.Names;
import denominator.model.Zone;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Update;

/**
 * The zones named in the URL ({@code ?zones=a.test.,b.test.}): DNS has no message that lists,
 * creates or deletes a server's zones. A zone's id is its name; email and TTL come from its SOA,
 * read as iteration advances. Putting a listed zone updates its SOA's mailbox and TTL.
 */
final class Rfc2136ZoneApi implements ZoneApi {
  private static final Logger log = LoggerFactory.getLogger(Rfc2136ZoneApi.class);

  private final Rfc2136Api api;
  private final List<String> zones;

  Rfc2136ZoneApi(Rfc2136Api api, List<String> zones) {
    this.api = api;
    this.zones = zones;
  }

  @Override
  public Iterator<Zone> iterator() {
    return zones.stream().map(this::read).flatMap(Optional::stream).iterator();
  }

  @Override
  public Iterator<Zone> iterateByName(String name) {
    String absolute = Names.absolute(name);
    return zones.stream().filter(absolute::equals).map(this::read).flatMap(Optional::stream)
        .iterator();
  }

  @Override
  public String put(Zone zone) {
    if (!zones.contains(zone.name())) {
      throw new UnsupportedCapabilityException(Rfc2136Provider.NAME, "creating zone "
          + zone.name() + " (create it on the server and name it in the URL's ?zones=)");
    }
    SOARecord soa = api.soa(zone.name());
    Update update = new Update(soa.getName());
    update.add(new SOARecord(soa.getName(), soa.getDClass(), zone.ttl().orElse((int) soa.getTTL()),
        soa.getHost(), zone.email().map(Rfc2136Records::rname).orElse(soa.getAdmin()), (soa.getSerial() + 1) & 0xFFFFFFFFL,
        soa.getRefresh(), soa.getRetry(), soa.getExpire(), soa.getMinimum()));
    api.update(zone.name(), update);
    return zone.name();
  }

  @Override
  public void delete(String id) {
    throw new UnsupportedCapabilityException(Rfc2136Provider.NAME,
        "deleting zone " + id + " (RFC 2136 cannot delete zones)");
  }

  /** The zone with email and TTL from its SOA; empty, with a warning, if the server lacks it. */
  private Optional<Zone> read(String name) {
    try {
      SOARecord soa = api.soa(name);
      return Optional.of(new Zone(name, name, Rfc2136Records.email(soa), (int) soa.getTTL()));
    } catch (ZoneNotFoundException e) {
      log.warn("{}: zone {} is named in the URL but the server is not authoritative for it",
          Rfc2136Provider.NAME, name);
      return Optional.empty();
    }
  }
}
