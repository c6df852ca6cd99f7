package denominator.googledns;

import com.google.gson.JsonObject;
import denominator.UnknownOutcomeException;
import denominator.ZoneApi;
import denominator.ZoneNotFoundException;
import denominator.googledns.GoogleDnsJson.ManagedZone;
import denominator.googledns.GoogleDnsJson.RRSet;
import denominator.googledns.GoogleDnsWriter.Limits;
import denominator.kit.SoaMailbox;
import denominator.kit.ZoneLookup;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.rdata.SOAData;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Cloud DNS managed zones. A zone's id is its {@code name} label, which Cloud DNS requires and we
 * derive from the DNS name ({@link #label}); its name is the {@code dnsName}. A managed zone has no
 * mailbox or TTL of its own: they are its SOA rrset's RNAME and TTL, so listing every zone leaves
 * them out ({@link Zone#withoutSoa}), {@link #iterateByName} reads them, and {@link #put} writes
 * them by putting the SOA set. The lookups of one request leave them out: {@link
 * #iterateByNameWithoutSoa} ({@code GET managedZones?dnsName=}) and {@link #byId} ({@code GET
 * managedZones/{zone}}). Cloud DNS deletes only an empty zone, so {@link #delete} first deletes
 * every rrset but the apex SOA and NS.
 */
final class GoogleDnsZoneApi implements ZoneApi {
  private static final int MAX_LABEL = 63;

  /** What Cloud DNS takes as a zone's {@code name}. */
  private static final Pattern LABEL = Pattern.compile("[a-z]([-a-z0-9]{0,61}[a-z0-9])?");

  private final GoogleDnsEndpoints api;
  private final GoogleDnsDNSApi dns;
  private final Limits limits;

  GoogleDnsZoneApi(GoogleDnsEndpoints api, GoogleDnsDNSApi dns, Limits limits) {
    this.api = api;
    this.dns = dns;
    this.limits = limits;
  }

  @Override
  public Iterator<Zone> iterator() {
    return stream(api.zones()).map(GoogleDnsZoneApi::listed).iterator();
  }

  @Override
  public Iterator<Zone> iterateByName(String name) {
    return stream(api.zonesNamed(Names.absolute(name))).map(this::withSoa).iterator();
  }

  @Override
  public Iterator<Zone> iterateByNameWithoutSoa(String name) {
    return stream(api.zonesNamed(Names.absolute(name))).map(GoogleDnsZoneApi::listed).iterator();
  }

  /**
   * One {@code GET managedZones/{zone}}; without a request, empty for text that is no label (our
   * ids are labels; Cloud DNS would also take its numeric id there, which is not ours).
   */
  @Override
  public Optional<Zone> byId(String id) {
    if (!LABEL.matcher(id).matches()) {
      return Optional.empty();
    }
    return ZoneLookup.find(() -> listed(api.managedZone(id)));
  }

  /**
   * The zone of this name, else a new one (a zone of this name is the zone, whatever its label);
   * then its SOA gets the zone's mailbox and TTL where they differ.
   */
  @Override
  public String put(Zone zone) {
    String id = existing(zone).orElseGet(() -> create(zone.name()));
    writeSoa(id, zone);
    return id;
  }

  /** Empties the zone but for its apex SOA and NS, then deletes it; nothing when it is gone. */
  @Override
  public void delete(String id) {
    try {
      empty(id);
      api.deleteZone(id);
    } catch (ZoneNotFoundException absent) {
      // deleting nothing is a no-op
    }
  }

  /**
   * The label Cloud DNS requires as a zone's {@code name}: the DNS name without its trailing dot,
   * lower-case, each character outside {@code [a-z0-9-]} (dots included) a {@code -}; {@code z-}
   * before it unless it begins with a letter, {@code 0} after it if it ends with {@code -}; a label
   * over 63 characters keeps its first 54 and ends with {@code -} and 8 hex digits of the SHA-256
   * of the DNS name. {@code example.com.} is {@code example-com}.
   */
  static String label(String dnsName) {
    String name = Names.absolute(dnsName);
    String label = name.substring(0, name.length() - 1).replaceAll("[^a-z0-9-]", "-");
    if (!label.matches("[a-z].*")) {
      label = "z-" + label;
    }
    if (label.endsWith("-")) {
      label = label + "0";
    }
    if (label.length() > MAX_LABEL) {
      label = label.substring(0, 54) + "-" + sha256(name).substring(0, 8);
    }
    return label;
  }

  private Optional<String> existing(Zone zone) {
    List<ManagedZone> named = new ArrayList<>();
    api.zonesNamed(zone.name()).forEachRemaining(named::add);
    return named.stream()
        .filter(z -> z.name().equals(zone.id()))
        .findFirst()
        .or(() -> named.stream().findFirst())
        .map(ManagedZone::name);
  }

  // A create whose answer was lost may have created the zone: the listing says.
  private String create(String name) {
    try {
      return api.createZone(name).name();
    } catch (UnknownOutcomeException lost) {
      Iterator<ManagedZone> named = api.zonesNamed(name);
      if (named.hasNext()) {
        return named.next().name();
      }
      throw lost;
    }
  }

  private Zone withSoa(ManagedZone zone) {
    return soa(zone.name(), zone.dnsName())
        .flatMap(
            soa ->
                SoaMailbox.toEmail(((SOAData) soa.records().get(0)).rname())
                    .map(
                        email ->
                            new Zone(zone.name(), zone.dnsName(), email, soa.ttl().orElseThrow())))
        .orElse(listed(zone));
  }

  /** The zone as a listing shows it: without the SOA's mailbox and TTL. */
  private static Zone listed(ManagedZone zone) {
    return Zone.withoutSoa(zone.name(), zone.dnsName());
  }

  private Optional<ResourceRecordSet> soa(String id, String dnsName) {
    return dns.recordSets(id).get(Names.absolute(dnsName), "SOA");
  }

  // A put of the SOA with the new RNAME and TTL, the rest as read: nothing is sent if unchanged.
  private void writeSoa(String id, Zone zone) {
    if (zone.email().isEmpty() && zone.ttl().isEmpty()) {
      return;
    }
    ResourceRecordSet soa =
        soa(id, zone.name())
            .orElseThrow(() -> new ZoneNotFoundException(GoogleDnsProvider.NAME, id + " (no SOA)"));
    SOAData now = (SOAData) soa.records().get(0);
    String rname = zone.email().map(SoaMailbox::toRname).orElse(now.rname());
    ResourceRecordSet.Builder put =
        soa.toBuilder()
            .records(
                List.of(
                    new SOAData(
                        now.mname(),
                        rname,
                        now.serial(),
                        now.refresh(),
                        now.retry(),
                        now.expire(),
                        now.minimum())));
    zone.ttl().ifPresent(put::ttl);
    dns.recordSets(id).put(put.build());
  }

  // Changes deleting every rrset but the apex SOA and NS, within a change's limits.
  private void empty(String id) {
    List<RRSet> rrsets = new ArrayList<>();
    api.rrsets(id).forEachRemaining(rrsets::add);
    Optional<String> apex =
        rrsets.stream().filter(r -> r.type().equals("SOA")).map(RRSet::name).findFirst();
    List<JsonObject> batch = new ArrayList<>();
    long bytes = 0;
    for (RRSet rrset : rrsets) {
      boolean apexSoaOrNs =
          apex.filter(name -> name.equalsIgnoreCase(rrset.name())).isPresent()
              && (rrset.type().equals("SOA") || rrset.type().equals("NS"));
      if (apexSoaOrNs) {
        continue;
      }
      long size = GoogleDnsRecords.bytes(GoogleDnsRecords.sets(rrset));
      if (!batch.isEmpty()
          && (batch.size() == limits.rrsets() || bytes + size > limits.rrdataBytes())) {
        api.change(id, List.of(), batch);
        batch = new ArrayList<>();
        bytes = 0;
      }
      batch.add(rrset.raw());
      bytes += size;
    }
    if (!batch.isEmpty()) {
      api.change(id, List.of(), batch);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static <T> Stream<T> stream(Iterator<T> iterator) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
  }
}
