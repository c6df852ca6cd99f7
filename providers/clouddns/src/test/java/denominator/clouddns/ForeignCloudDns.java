package denominator.clouddns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds a domain of the simulator the vendor's own way, as another tool (the control panel, pyrax,
 * libcloud, octoDNS) would: raw JSON requests leaving what such tools leave, so that fidelity tests
 * can check it is kept.
 *
 * <p>It writes, in two jobs so that the values of a set are not consecutive in id order: {@code
 * www} a multi-value A whose records carry a {@code comment}, its TTL sent as a decimal string (as
 * the Netflix client did); {@code long} a TXT of one 300-byte value; at the apex an MX of two
 * preferences, one with a comment; {@code _sip._tcp} an SRV of two targets with TTLs 600 and 300.
 * It also gives the domain a {@code comment}. Cloud DNS has no aliases or other metadata. The
 * simulator must run jobs at once (no job delay): each write is polled once.
 */
final class ForeignCloudDns {
  /** The TXT's one value: 300 bytes, no quotes (the service would strip them). */
  static final String LONG_TXT = "v=foreign1; " + "a".repeat(200) + "b".repeat(88);

  static final String DOMAIN_COMMENT = "zone of the web team, managed by octodns";

  private ForeignCloudDns() {}

  /**
   * What was written: the domain's id and name (as the vendor writes it, no dot), and each set's
   * record objects as sent, keyed {@code "<name> <type>"} as {@link CloudDnsSimulator#stateOf} keys
   * them.
   */
  record Seeded(String zoneId, String zone, Map<String, List<String>> written) {}

  /** Seeds {@code zone} (a name without its dot, which must exist as {@code zoneId}). */
  static Seeded seed(RawCloudDns vendor, String zoneId, String zone) {
    Map<String, List<String>> written = new LinkedHashMap<>();
    String www = "www." + zone;
    String sip = "_sip._tcp." + zone;
    String first =
        add(
            written,
            www,
            "A",
            """
            {"name":"%s","type":"A","data":"192.0.2.1","ttl":"600",\
            "comment":"web pool, managed by terraform"}"""
                .formatted(www));
    String mx1 =
        add(
            written,
            zone,
            "MX",
            """
            {"name":"%1$s","type":"MX","data":"mx1.%1$s","priority":10,"ttl":3600}"""
                .formatted(zone));
    String txt =
        add(
            written,
            "long." + zone,
            "TXT",
            """
            {"name":"long.%s","type":"TXT","data":"%s","ttl":3600}"""
                .formatted(zone, LONG_TXT));
    write(vendor, zoneId, List.of(first, mx1, txt));
    List<String> second = new ArrayList<>();
    for (String address : List.of("192.0.2.2", "192.0.2.3")) {
      second.add(
          add(
              written,
              www,
              "A",
              """
              {"name":"%s","type":"A","data":"%s","ttl":"600",\
              "comment":"web pool, managed by terraform"}"""
                  .formatted(www, address)));
    }
    second.add(
        add(
            written,
            sip,
            "SRV",
            """
            {"name":"%s","type":"SRV","data":"60 5060 sip1.%s","priority":10,"ttl":600}"""
                .formatted(sip, zone)));
    second.add(
        add(
            written,
            sip,
            "SRV",
            """
            {"name":"%s","type":"SRV","data":"40 5060 sip2.%s","priority":20,"ttl":300}"""
                .formatted(sip, zone)));
    second.add(
        add(
            written,
            zone,
            "MX",
            """
            {"name":"%1$s","type":"MX","data":"mx2.%1$s","priority":20,"ttl":3600,\
            "comment":"backup mail"}"""
                .formatted(zone)));
    write(vendor, zoneId, second);
    RawCloudDns.Answer commented =
        vendor.finish(vendor.put("/domains/" + zoneId, "{\"comment\":\"" + DOMAIN_COMMENT + "\"}"));
    if (!commented.string("status").equals("COMPLETED")) {
      throw new IllegalStateException("commenting " + zone + " ended " + commented);
    }
    return new Seeded(zoneId, zone, Map.copyOf(written));
  }

  private static String add(
      Map<String, List<String>> written, String name, String type, String record) {
    written.computeIfAbsent(name + " " + type, key -> new ArrayList<>()).add(record);
    return record;
  }

  private static void write(RawCloudDns vendor, String zoneId, List<String> records) {
    RawCloudDns.Answer done =
        vendor.finish(
            vendor.post(
                "/domains/" + zoneId + "/records",
                "{\"records\":[" + String.join(",", records) + "]}"));
    if (!done.string("status").equals("COMPLETED")) {
      throw new IllegalStateException("seeding " + records + " ended " + done);
    }
  }
}
