package denominator.powerdns;

import com.google.gson.annotations.SerializedName;
import denominator.kit.SoaMailbox;
import denominator.model.Names;
import denominator.model.Zone;
import denominator.model.rdata.SOAData;
import java.util.List;
import java.util.Optional;

/**
 * The API's JSON, mapped with Gson, and its translation to and from the model. Record {@code
 * content} is the zone-file presentation form (TXT with its quotes); {@link PowerDnsRecords} maps
 * records to and from the model. Comments are neither read nor sent, so a replaced set keeps the
 * comments it had.
 */
final class PowerDnsJson {
  /** The TTL of a set put without one: the usual PowerDNS default. */
  static final int DEFAULT_TTL = 3600;

  record ZoneJson(
      String id, String name, String kind, List<String> nameservers, List<RRSet> rrsets) {}

  record RRSet(String name, String type, Integer ttl, String changetype, List<Rec> records) {
    /** The records, none when the JSON has none. */
    List<Rec> recs() {
      return records == null ? List.of() : records;
    }
  }

  record Rec(String content, boolean disabled) {}

  /** One record found by {@code search-data}, disabled or not. */
  record Found(
      String name,
      String type,
      Integer ttl,
      String content,
      boolean disabled,
      @SerializedName("zone_id") String zoneId,
      @SerializedName("object_type") String objectType) {}

  record Patch(List<RRSet> rrsets) {}

  /** A zone as the model has it: email and TTL come from its SOA's first enabled record. */
  static Zone toZone(ZoneJson zone, RRSet soa) {
    Optional<String> email =
        soa.recs().stream()
            .filter(r -> !r.disabled())
            .findFirst()
            .flatMap(r -> SoaMailbox.toEmail(SOAData.parse(r.content()).rname()));
    if (email.isEmpty()) {
      return Zone.withoutSoa(zone.id(), Names.absolute(zone.name()));
    }
    return new Zone(zone.id(), Names.absolute(zone.name()), email.get(), soa.ttl());
  }

  /**
   * A new native zone with NS records naming {@code nameservers} (PowerDNS creates them from the
   * zone's {@code nameservers}) and an SOA whose primary is the first of them, carrying the zone's
   * email and TTL.
   */
  static ZoneJson newZone(Zone zone, List<String> nameservers) {
    int ttl = zone.ttl().orElse(DEFAULT_TTL);
    SOAData soa =
        new SOAData(
            nameservers.get(0),
            SoaMailbox.toRname(zone.email().orElse("hostmaster@" + zone.name())),
            0,
            10800,
            3600,
            604800,
            ttl);
    return new ZoneJson(
        null,
        zone.name(),
        "Native",
        nameservers,
        List.of(replace(zone.name(), "SOA", ttl, List.of(new Rec(soa.toString(), false)))));
  }

  /**
   * The change that gives the zone's {@code current} SOA the email and TTL (as TTL and negative
   * TTL) that {@code zone} has; the rest, such as the primary and the timers that another tool
   * chose, stays as it is. The server raises the serial as it edits the zone.
   */
  static RRSet soa(Zone zone, RRSet current) {
    Rec currentRec = current.records().get(0);
    SOAData now = SOAData.parse(currentRec.content());
    int ttl = zone.ttl().orElse(current.ttl());
    SOAData soa =
        new SOAData(
            now.mname(),
            zone.email().map(SoaMailbox::toRname).orElse(now.rname()),
            now.serial(),
            now.refresh(),
            now.retry(),
            now.expire(),
            zone.ttl().orElse(now.minimum()));
    return replace(
        zone.name(), "SOA", ttl, List.of(new Rec(soa.toString(), currentRec.disabled())));
  }

  /** A change that replaces the rrset of this name and API type with {@code records}. */
  static RRSet replace(String name, String type, int ttl, List<Rec> records) {
    return new RRSet(name, type, ttl, "REPLACE", records);
  }

  /** A change that deletes the rrset of this name and API type, which may not exist. */
  static RRSet delete(String name, String type) {
    return new RRSet(name, type, null, "DELETE", null);
  }

  private PowerDnsJson() {}
}
