package denominator.designate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seeds a zone of the simulator the vendor's own way, as another tool (Terraform, Horizon, {@code
 * openstack recordset create}) would: raw JSON requests leaving what such tools leave, so that
 * fidelity tests can check it is kept.
 *
 * <p>It writes, in the zone: {@code www} a multi-value A with a {@code description}; {@code long} a
 * 300-byte TXT as two quoted strings; at the apex an MX with {@code ttl} left {@code null} (the
 * zone's) and a description, and a CAA of an {@code issue} and an {@code iodef}; {@code _sip._tcp}
 * an SRV of two targets.
 */
final class ForeignDesignate {
  /** The TXT's two character-strings, 250 and 50 bytes: 300 in all. */
  static final String LONG_TXT =
      "\"" + "a".repeat(200) + "b".repeat(50) + "\" \"" + "c".repeat(50) + "\"";

  private ForeignDesignate() {}

  /**
   * What was written: the zone's id and name, and each record set's request body keyed {@code
   * "<name> <type>"} as {@link DesignateSimulator#stateOf} keys them.
   */
  record Seeded(String zoneId, String zone, Map<String, String> written) {}

  /** Seeds {@code zone} (a name with its dot, which must exist) through {@code vendor}. */
  static Seeded seed(RawDesignate vendor, String zoneId, String zone) {
    Map<String, String> written = new LinkedHashMap<>();
    String bare = zone.substring(0, zone.length() - 1);
    write(
        vendor,
        zoneId,
        written,
        "www." + zone,
        "A",
        """
        {"name":"www.%s","type":"A","ttl":300,"description":"web pool, managed by terraform",
         "records":["192.0.2.1","192.0.2.2","192.0.2.3"]}
        """
            .formatted(zone));
    write(
        vendor,
        zoneId,
        written,
        "long." + zone,
        "TXT",
        """
        {"name":"long.%s","type":"TXT","ttl":3600,"records":[%s]}
        """
            .formatted(zone, quoted(LONG_TXT)));
    write(
        vendor,
        zoneId,
        written,
        zone,
        "MX",
        """
        {"name":"%1$s","type":"MX","description":"mail, ttl left to the zone",
         "records":["10 mx1.%1$s","20 mx2.%1$s"]}
        """
            .formatted(zone));
    write(
        vendor,
        zoneId,
        written,
        "_sip._tcp." + zone,
        "SRV",
        """
        {"name":"_sip._tcp.%1$s","type":"SRV","ttl":600,
         "records":["10 60 5060 sip1.%1$s","20 40 5060 sip2.%1$s"]}
        """
            .formatted(zone));
    write(
        vendor,
        zoneId,
        written,
        zone,
        "CAA",
        """
        {"name":"%s","type":"CAA","ttl":3600,"description":"certificate authorities",
         "records":["0 issue letsencrypt.org","0 iodef mailto:security@%s"]}
        """
            .formatted(zone, bare));
    return new Seeded(zoneId, zone, Map.copyOf(written));
  }

  private static void write(
      RawDesignate vendor,
      String zoneId,
      Map<String, String> written,
      String name,
      String type,
      String body) {
    RawDesignate.Answer answer = vendor.post("/v2/zones/" + zoneId + "/recordsets", body);
    if (answer.status() != 202) {
      throw new IllegalStateException("seeding " + name + " " + type + " answered " + answer);
    }
    written.put(name + " " + type, body);
  }

  // a JSON string literal of the TXT value: its quotes escaped
  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
