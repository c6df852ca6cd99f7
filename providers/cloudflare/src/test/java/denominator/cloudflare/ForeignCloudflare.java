package denominator.cloudflare;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds a zone of the simulator the vendor's own way, as another tool would: raw JSON requests
 * writing what Denominator's model holds only as provider data, so that fidelity tests can check it
 * is kept.
 *
 * <p>It writes, below the zone: {@code www A} two proxied values (so TTL automatic); {@code tagged
 * AAAA} one value with a comment and two tags; {@code mixed A} two values with different comments
 * and TTLs (600 and 300); {@code long TXT} one value of 300 bytes as two character-strings (200 and
 * 100); the apex {@code MX} two plain values; {@code auto CNAME} a value with {@code ttl: 1}, not
 * proxied.
 */
final class ForeignCloudflare {
  private ForeignCloudflare() {}

  /**
   * What was written: the zone, its id, and each record's request body keyed as {@link
   * CloudflareSimulator#stateOf} keys it ({@code "<name> <type> <content> #<id>"}).
   */
  record Seeded(String zone, String zoneId, Map<String, String> written) {}

  /** Seeds {@code zone} (its id {@code zoneId}), which must exist, through {@code vendor}. */
  static Seeded seed(RawCloudflare vendor, String zone, String zoneId) {
    Map<String, String> written = new LinkedHashMap<>();
    List<String> bodies =
        List.of(
            record("www." + zone, "A", "\"content\":\"192.0.2.1\",\"proxied\":true,\"ttl\":1"),
            record("www." + zone, "A", "\"content\":\"192.0.2.2\",\"proxied\":true,\"ttl\":1"),
            record(
                "tagged." + zone,
                "AAAA",
                "\"content\":\"2001:db8::10\",\"ttl\":300,\"comment\":\"owned by web\","
                    + "\"tags\":[\"team:web\",\"env:prod\"]"),
            record(
                "mixed." + zone,
                "A",
                "\"content\":\"192.0.2.21\",\"ttl\":600,\"comment\":\"primary\""),
            record(
                "mixed." + zone,
                "A",
                "\"content\":\"192.0.2.22\",\"ttl\":300,\"comment\":\"backup\""),
            record(
                "long." + zone,
                "TXT",
                "\"content\":\"\\\""
                    + "a".repeat(200)
                    + "\\\" \\\""
                    + "b".repeat(100)
                    + "\\\"\",\"ttl\":300"),
            record(zone, "MX", "\"content\":\"mx1." + zone + "\",\"priority\":10,\"ttl\":3600"),
            record(zone, "MX", "\"content\":\"mx2." + zone + "\",\"priority\":20,\"ttl\":3600"),
            record(
                "auto." + zone,
                "CNAME",
                "\"content\":\"www." + zone + "\",\"ttl\":1,\"proxied\":false"));
    for (String body : bodies) {
      JsonObject created = vendor.createRecord(zoneId, body);
      written.put(
          created.get("name").getAsString()
              + " "
              + created.get("type").getAsString()
              + " "
              + created.get("content").getAsString()
              + " #"
              + created.get("id").getAsString(),
          body);
    }
    return new Seeded(zone, zoneId, Map.copyOf(written));
  }

  private static String record(String name, String type, String fields) {
    return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\"," + fields + "}";
  }
}
