package denominator.ultradns;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seeds a zone of the simulator the vendor's own way, as another tool would: raw JSON requests
 * writing what Denominator's model cannot express, so that fidelity tests can check it is kept.
 *
 * <p>It writes, below the zone: {@code geo} a directional pool with an IP group, a {@code
 * noResponse} group, a group of UltraDNS's continent code {@code EUR}, an account-level group and
 * {@code allNonConfigured}; {@code weighted} a traffic-controller pool with probes turned on and a
 * {@code backupRecord}; {@code rd} a round-robin (RD) pool; {@code sb} a SiteBacker (SB) pool; and
 * {@code long} a TXT of one 300-byte unquoted value. A directional entry pointing at a TC sub-pool
 * is not seeded: UltraDNS's clients (its Go SDK and Terraform provider) show directional rdata as
 * plain record data only, with no way to name a sub-pool.
 */
final class ForeignUltraDns {
  private static final String SCHEMAS = "http://schemas.ultradns.com/";

  private ForeignUltraDns() {}

  /**
   * What was written: the zone, and each rrset's request body keyed {@code owner type} as {@link
   * UltraDnsSimulator#stateOf} keys them.
   */
  record Seeded(String zone, Map<String, String> written) {}

  /** Seeds {@code zone}, which must exist, through {@code vendor}, which must be logged in. */
  static Seeded seed(RawUltraDns vendor, String zone) {
    Map<String, String> written = new LinkedHashMap<>();
    write(vendor, zone, written, "geo", "A", directional(zone));
    write(vendor, zone, written, "weighted", "A", trafficController(zone));
    write(vendor, zone, written, "rd", "A", roundRobin());
    write(vendor, zone, written, "sb", "A", siteBacker(zone));
    write(
        vendor,
        zone,
        written,
        "long",
        "TXT",
        "{\"ttl\":300,\"rdata\":[\"" + "x".repeat(300) + "\"]}");
    return new Seeded(zone, Map.copyOf(written));
  }

  private static void write(
      RawUltraDns vendor,
      String zone,
      Map<String, String> written,
      String label,
      String type,
      String body) {
    String owner = label + "." + zone;
    RawUltraDns.Answer answer =
        vendor.send("POST", "/v1/zones/" + zone + "/rrsets/" + type + "/" + owner, body);
    if (answer.status() != 201) {
      throw new IllegalStateException(
          "seeding " + owner + " " + type + " answered " + answer.status() + " " + answer.body());
    }
    written.put(owner + " " + type, body);
  }

  private static String directional(String zone) {
    return """
        {"ttl":300,"rdata":["192.0.2.10","192.0.2.1","192.0.2.2","192.0.2.3","192.0.2.4"],
         "profile":{"@context":"%sDirPool.jsonschema","description":"geo.%s",
          "conflictResolve":"GEO","ignoreECS":false,
          "rdataInfo":[
           {"ipInfo":{"name":"office","ips":[{"start":"10.0.0.1","end":"10.0.0.9"},
             {"cidr":"198.51.100.0/24"},{"address":"203.0.113.7"}]},"ttl":300,"allNonConfigured":false},
           {"geoInfo":{"name":"us-east","codes":["US-NY","US-NJ"]},"ttl":300,"allNonConfigured":false},
           {"geoInfo":{"name":"europe","codes":["EUR"]},"ttl":60,"allNonConfigured":false},
           {"geoInfo":{"name":"partners","codes":["JP","KR"],"isAccountLevel":true},"ttl":300,
             "allNonConfigured":false},
           {"allNonConfigured":true,"ttl":300}],
          "noResponse":{"geoInfo":{"name":"blocked","codes":["KP"]},"allNonConfigured":false}}}
        """
        .formatted(SCHEMAS, zone);
  }

  private static String trafficController(String zone) {
    return """
        {"ttl":60,"rdata":["192.0.2.21","192.0.2.22"],
         "profile":{"@context":"%sTCPool.jsonschema","description":"weighted.%s",
          "runProbes":true,"actOnProbes":true,"maxToLB":1,
          "rdataInfo":[
           {"state":"NORMAL","runProbes":true,"priority":1,"failoverDelay":2,"threshold":1,"weight":20},
           {"state":"NORMAL","runProbes":true,"priority":2,"failoverDelay":2,"threshold":1,"weight":80}],
          "backupRecord":{"rdata":"192.0.2.29","failoverDelay":5}}}
        """
        .formatted(SCHEMAS, zone);
  }

  private static String roundRobin() {
    return """
        {"ttl":120,"rdata":["192.0.2.31","192.0.2.32"],
         "profile":{"@context":"%sRDPool.jsonschema","order":"ROUND_ROBIN","description":"rd"}}
        """
        .formatted(SCHEMAS);
  }

  private static String siteBacker(String zone) {
    return """
        {"ttl":120,"rdata":["192.0.2.41","192.0.2.42"],
         "profile":{"@context":"%sSBPool.jsonschema","description":"sb.%s","order":"FIXED",
          "runProbes":true,"actOnProbes":true,"maxActive":1,"maxServed":1,"failureThreshold":1,
          "rdataInfo":[
           {"state":"NORMAL","runProbes":true,"priority":1,"failoverDelay":0,"threshold":1},
           {"state":"NORMAL","runProbes":true,"priority":2,"failoverDelay":0,"threshold":1}],
          "backupRecords":[{"rdata":"192.0.2.49","failoverDelay":0}]}}
        """
        .formatted(SCHEMAS, zone);
  }
}
