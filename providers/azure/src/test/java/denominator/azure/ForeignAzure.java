package denominator.azure;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seeds a zone of the simulator the vendor's own way, as other tools (the Portal, PowerShell,
 * Terraform, octoDNS) would: raw JSON PUTs leaving what such tools leave (wire page, section 10),
 * so that fidelity tests can check it is kept.
 *
 * <p>It writes, in the zone: {@code www} a multi-value A with {@code metadata} (Terraform's {@code
 * tags}); {@code long} a 300-byte TXT as two strings of 255 and 45 characters (the SDKs' split); at
 * the apex an MX whose exchanges have no trailing dot (as the service stores what it is sent) and
 * metadata; {@code _sip._tcp} an SRV of two targets; {@code edge} an A alias to a Traffic Manager
 * profile ({@code targetResource}); {@code reserved} an empty TXT set (PowerShell's {@code
 * New-AzDnsRecordSet} without records).
 */
final class ForeignAzure {
  /** The TXT's two strings: 255 and 45 characters, 300 in all. */
  static final String TXT_FIRST = "a".repeat(200) + "b".repeat(55);

  static final String TXT_SECOND = "c".repeat(45);

  /** The alias target: an octoDNS-style Traffic Manager profile in the same resource group. */
  static final String TRAFFIC_MANAGER =
      "/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Network/trafficManagerProfiles/edge";

  private ForeignAzure() {}

  /**
   * What was written: the zone's name and each record set's request body keyed {@code "<name>
   * <type>"} as {@link AzureSimulator#stateOf} keys them.
   */
  record Seeded(String zone, Map<String, String> written) {}

  /** Seeds {@code zone} (a name without its dot, which must exist) through {@code vendor}. */
  static Seeded seed(RawAzure vendor, String zone) {
    Map<String, String> written = new LinkedHashMap<>();
    write(
        vendor,
        zone,
        written,
        "www",
        "A",
        """
        {"properties":{"TTL":300,"metadata":{"managed-by":"terraform","owner":"web"},
         "ARecords":[{"ipv4Address":"192.0.2.1"},{"ipv4Address":"192.0.2.2"},
         {"ipv4Address":"192.0.2.3"}]}}
        """);
    write(
        vendor,
        zone,
        written,
        "long",
        "TXT",
        """
        {"properties":{"TTL":3600,"TXTRecords":[{"value":["%s","%s"]}]}}
        """
            .formatted(TXT_FIRST, TXT_SECOND));
    write(
        vendor,
        zone,
        written,
        "@",
        "MX",
        """
        {"properties":{"TTL":3600,"metadata":{"note":"mail, written in the portal"},
         "MXRecords":[{"preference":10,"exchange":"mx1.%1$s"},
         {"preference":20,"exchange":"mx2.%1$s"}]}}
        """
            .formatted(zone));
    write(
        vendor,
        zone,
        written,
        "_sip._tcp",
        "SRV",
        """
        {"properties":{"TTL":600,"SRVRecords":[
         {"priority":10,"weight":60,"port":5060,"target":"sip1.%1$s."},
         {"priority":20,"weight":40,"port":5060,"target":"sip2.%1$s."}]}}
        """
            .formatted(zone));
    write(
        vendor,
        zone,
        written,
        "edge",
        "A",
        """
        {"properties":{"TTL":60,"metadata":{"octodns":"dynamic"},
         "targetResource":{"id":"%s"}}}
        """
            .formatted(TRAFFIC_MANAGER));
    write(
        vendor,
        zone,
        written,
        "reserved",
        "TXT",
        """
        {"properties":{"TTL":3600,"metadata":{"created-by":"powershell"}}}
        """);
    return new Seeded(zone, Map.copyOf(written));
  }

  private static void write(
      RawAzure vendor,
      String zone,
      Map<String, String> written,
      String name,
      String type,
      String body) {
    RawAzure.Answer answer =
        vendor.put(
            "/dnsZones/" + zone + "/" + type + "/" + name, body, Map.of("If-None-Match", "*"));
    if (answer.status() != 201) {
      throw new IllegalStateException("seeding " + name + " " + type + " answered " + answer);
    }
    written.put(name + " " + type, body);
  }
}
