package denominator.googledns;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.model.RecordSetKey;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Seeds a zone of the simulator the vendor's own way, as another tool would: one raw JSON change
 * adding what Denominator's model cannot express or must keep verbatim, so that fidelity tests can
 * check it is kept.
 *
 * <p>It adds, below the zone {@code Z}: {@code weighted.Z A} routed by a weighted round robin of 3
 * items (weights 50, 30, 20, one item of two addresses); {@code geo.Z A} routed by a geo policy
 * over the GCP regions {@code us-east1} and {@code europe-west1}, with fencing off; {@code long.Z
 * TXT} one value of 300 bytes as two character-strings (255 + 45); {@code Z MX} two exchanges;
 * {@code Z CAA} an issue and an iodef property.
 */
final class ForeignGoogleDns {
  private ForeignGoogleDns() {}

  /**
   * What was written: the zone's DNS name, each rrset as sent, keyed {@code "<name> <type>"} (name
   * lower-case) as {@link GoogleDnsSimulator#stateOf} keys them, and the keys of the record sets
   * the provider lists for them (wire page, Departures: {@code wrr} items qualified {@code "0"}…,
   * {@code geo} items by their location).
   */
  record Seeded(String dnsName, Map<String, String> written, Set<RecordSetKey> keys) {}

  /**
   * Seeds the zone labelled {@code zone} for {@code dnsName} (with its dot) through {@code vendor}.
   */
  static Seeded seed(RawGoogleDns vendor, String zone, String dnsName) {
    String domain = dnsName.substring(0, dnsName.length() - 1);
    Map<String, String> written = new LinkedHashMap<>();
    add(
        written,
        """
        {"name":"weighted.%s","type":"A","ttl":60,"routingPolicy":{"wrr":{"items":[
          {"weight":50.0,"rrdatas":["192.0.2.11","192.0.2.12"]},
          {"weight":30.0,"rrdatas":["192.0.2.13"]},
          {"weight":20.0,"rrdatas":["192.0.2.14"]}]}}}
        """
            .formatted(dnsName));
    add(
        written,
        """
        {"name":"geo.%s","type":"A","ttl":300,"routingPolicy":{"geo":{"items":[
          {"location":"us-east1","rrdatas":["192.0.2.21"]},
          {"location":"europe-west1","rrdatas":["192.0.2.22"]}],"enableFencing":false}}}
        """
            .formatted(dnsName));
    add(
        written,
        """
        {"name":"long.%s","type":"TXT","ttl":300,"rrdatas":["\\"%s\\" \\"%s\\""]}
        """
            .formatted(dnsName, "a".repeat(255), "b".repeat(45)));
    add(
        written,
        """
        {"name":"%1$s","type":"MX","ttl":3600,"rrdatas":["10 mx1.%1$s","20 mx2.%1$s"]}
        """
            .formatted(dnsName));
    add(
        written,
        """
        {"name":"%s","type":"CAA","ttl":3600,
         "rrdatas":["0 issue \\"letsencrypt.org\\"","128 iodef \\"mailto:security@%s\\""]}
        """
            .formatted(dnsName, domain));
    JsonArray additions = new JsonArray();
    written.values().forEach(rrset -> additions.add(JsonParser.parseString(rrset)));
    JsonObject change = new JsonObject();
    change.add("additions", additions);
    RawGoogleDns.Answer answer = vendor.change(zone, change.toString());
    if (answer.status() != 200) {
      throw new IllegalStateException(
          "seeding " + dnsName + " answered " + answer.status() + " " + answer.body());
    }
    return new Seeded(dnsName, Map.copyOf(written), keys(dnsName));
  }

  private static Set<RecordSetKey> keys(String dnsName) {
    return Set.of(
        RecordSetKey.of("weighted." + dnsName, "A", "0"),
        RecordSetKey.of("weighted." + dnsName, "A", "1"),
        RecordSetKey.of("weighted." + dnsName, "A", "2"),
        RecordSetKey.of("geo." + dnsName, "A", "us-east1"),
        RecordSetKey.of("geo." + dnsName, "A", "europe-west1"),
        RecordSetKey.of("long." + dnsName, "TXT"),
        RecordSetKey.of(dnsName, "MX"),
        RecordSetKey.of(dnsName, "CAA"));
  }

  private static void add(Map<String, String> written, String json) {
    JsonObject rrset = JsonParser.parseString(json).getAsJsonObject();
    String key =
        rrset.get("name").getAsString().toLowerCase(Locale.ROOT)
            + " "
            + rrset.get("type").getAsString();
    written.put(key, rrset.toString());
  }
}
