package denominator.ns1;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seeds a zone of the simulator the vendor's own way, as another tool would: raw JSON requests
 * writing what Denominator's model cannot express, so that fidelity tests can check it is kept.
 *
 * <p>It writes, below the zone: {@code steered A} answers with {@code up} fed by a data feed,
 * notes, a {@code georegion} on a region with its own meta, country targets and a chain {@code up,
 * geotarget_country, select_first_n}; {@code failover A} answers in {@code priority} tiers under
 * {@code up, priority}; {@code long TXT} one 300-byte raw string; {@code mail MX} a plain MX.
 */
final class ForeignNs1 {
  private ForeignNs1() {}

  /**
   * What was written: the zone, and each record's request body keyed {@code "<domain> <type>"} as
   * {@link Ns1Simulator#stateOf} keys them.
   */
  record Seeded(String zone, Map<String, String> written) {}

  /** Seeds {@code zone}, which must exist, through {@code vendor}. */
  static Seeded seed(RawNs1 vendor, String zone) {
    Map<String, String> written = new LinkedHashMap<>();
    write(vendor, zone, written, "steered." + zone, "A", steered(zone));
    write(vendor, zone, written, "failover." + zone, "A", failover(zone));
    write(
        vendor,
        zone,
        written,
        "long." + zone,
        "TXT",
        """
        {"zone":"%s","domain":"long.%s","type":"TXT","ttl":300,
         "answers":[{"answer":["%s"]}]}
        """
            .formatted(zone, zone, "x".repeat(300)));
    write(
        vendor,
        zone,
        written,
        "mail." + zone,
        "MX",
        """
        {"zone":"%s","domain":"mail.%s","type":"MX","ttl":3600,
         "answers":[{"answer":[10,"mx1.%s"]},{"answer":["20","mx2.%s."]}]}
        """
            .formatted(zone, zone, zone, zone));
    return new Seeded(zone, Map.copyOf(written));
  }

  private static void write(
      RawNs1 vendor,
      String zone,
      Map<String, String> written,
      String domain,
      String type,
      String body) {
    RawNs1.Answer answer = vendor.put("/v1/zones/" + zone + "/" + domain + "/" + type, body);
    if (answer.status() != 200) {
      throw new IllegalStateException(
          "seeding " + domain + " " + type + " answered " + answer.status() + " " + answer.body());
    }
    written.put(domain + " " + type, body);
  }

  private static String steered(String zone) {
    return """
        {"zone":"%1$s","domain":"steered.%1$s","type":"A","ttl":60,"use_client_subnet":true,
         "meta":{"note":"managed by another tool"},
         "answers":[
          {"answer":["192.0.2.11"],"region":"americas",
           "meta":{"up":{"feed":"5e1f00000000000000000a01"},"country":["US","CA"],"note":"primary"}},
          {"answer":["192.0.2.12"],"region":"europe",
           "meta":{"up":true,"country":["FR","DE"]}},
          {"answer":["192.0.2.13"],"region":"europe","meta":{"up":false}}],
         "filters":[
          {"filter":"up","config":{}},
          {"filter":"geotarget_country","config":{}},
          {"filter":"select_first_n","config":{"N":1}}],
         "regions":{"americas":{"meta":{}},
          "europe":{"meta":{"georegion":["EUROPE"],"note":"eu pool"}}}}
        """
        .formatted(zone);
  }

  private static String failover(String zone) {
    return """
        {"zone":"%1$s","domain":"failover.%1$s","type":"A","ttl":30,
         "answers":[
          {"answer":["192.0.2.21"],"meta":{"priority":1,"up":{"feed":"5e1f00000000000000000a02"}}},
          {"answer":["192.0.2.22"],"meta":{"priority":2}},
          {"answer":["192.0.2.23"],"meta":{"priority":3,"note":"last resort"}}],
         "filters":[{"filter":"up","config":{}},{"filter":"priority","config":{"eliminate":"1"}}]}
        """
        .formatted(zone);
  }
}
