package denominator.rfc2136;

import denominator.UnsupportedCapabilityException;
import denominator.ZoneApi;
import denominator.ZoneNotFoundException;
import denominator.kit.SoaMailbox;
import denominator.model.Names;
import denominator.model.Zone;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.Name;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Update;

/**
 * The zones of one server. DNS has no message that lists, creates or deletes a server's zones: the
 * listing is of the zones named in the URL ({@code ?zones=a.test.,b.test.}), while a zone asked for
 * by name is looked up on the server by an SOA query, whether the URL names it or not. A zone's id
 * is its name; email and TTL come from its SOA, read as iteration advances. That SOA query is also
 * what tells a zone the server serves from a name in the URL, so {@link #iterateWithoutSoa} is the
 * same listing. Putting a zone the server serves updates its SOA's mailbox and TTL.
 */
final class Rfc2136ZoneApi implements ZoneApi {
  private static final Logger log = LoggerFactory.getLogger(Rfc2136ZoneApi.class);

  private final Rfc2136Endpoints endpoints;
  private final List<String> zones;

  Rfc2136ZoneApi(Rfc2136Endpoints endpoints, List<String> zones) {
    this.endpoints = endpoints;
    this.zones = zones;
  }

  @Override
  public Iterator<Zone> iterator() {
    return zones.stream().map(this::listed).flatMap(Optional::stream).iterator();
  }

  /**
   * The zone if the server serves it, URL or not: the URL only says what the listing shows. One SOA
   * query, which reads the email and TTL too: {@link #iterateByNameWithoutSoa} is the same.
   */
  @Override
  public Iterator<Zone> iterateByName(String name) {
    return served(Names.absolute(name)).stream().iterator();
  }

  /** A zone's id is its name: one SOA query, as for a lookup by name. */
  @Override
  public Optional<Zone> byId(String id) {
    return Names.ifAbsolute(id).flatMap(this::served);
  }

  @Override
  public String put(Zone zone) {
    SOARecord soa;
    try {
      soa = endpoints.soa(zone.name());
    } catch (ZoneNotFoundException e) {
      throw new UnsupportedCapabilityException(
          Rfc2136Provider.NAME,
          "creating zone " + zone.name() + " (" + e.getMessage() + "; create it on the server)");
    }
    Update update = new Update(soa.getName());
    update.add(
        new SOARecord(
            soa.getName(),
            soa.getDClass(),
            zone.ttl().orElse((int) soa.getTTL()),
            soa.getHost(),
            zone.email()
                .map(e -> Name.fromConstantString(SoaMailbox.toRname(e)))
                .orElse(soa.getAdmin()),
            (soa.getSerial() + 1) & 0xFFFFFFFFL,
            soa.getRefresh(),
            soa.getRetry(),
            soa.getExpire(),
            soa.getMinimum()));
    endpoints.update(zone.name(), update);
    return zone.name();
  }

  @Override
  public void delete(String id) {
    throw new UnsupportedCapabilityException(
        Rfc2136Provider.NAME, "deleting zone " + id + " (RFC 2136 cannot delete zones)");
  }

  /** A zone of the URL; empty, with a warning, if the server does not serve it. */
  private Optional<Zone> listed(String name) {
    try {
      return Optional.of(read(name));
    } catch (ZoneNotFoundException e) {
      log.warn(
          "{}: zone {} is named in the URL's zones= but the server does not serve it: {}",
          Rfc2136Provider.NAME,
          name,
          e.getMessage());
      return Optional.empty();
    }
  }

  /** The zone if the server serves it. */
  private Optional<Zone> served(String name) {
    try {
      return Optional.of(read(name));
    } catch (ZoneNotFoundException e) {
      log.debug("{}", e.getMessage());
      return Optional.empty();
    }
  }

  /** The zone with email and TTL from its SOA, or {@link ZoneNotFoundException}. */
  private Zone read(String name) {
    SOARecord soa = endpoints.soa(name);
    String email =
        SoaMailbox.toEmail(soa.getAdmin().toString())
            .orElse("hostmaster@" + soa.getName().toString(true));
    return new Zone(name, name, email, (int) soa.getTTL());
  }
}
