package denominator.ultradns;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Pool bodies for tests, written as the vendor's JSON: directional and traffic-controller pools.
 */
final class PoolJson {
  static final String DIR = "http://schemas.ultradns.com/DirPool.jsonschema";
  static final String TC = "http://schemas.ultradns.com/TCPool.jsonschema";

  private PoolJson() {}

  /** One rdata of a pool with its rdataInfo entry. */
  record Entry(String info, String rdata) {}

  static Entry entry(String info, String rdata) {
    return new Entry(info, rdata);
  }

  /** An entry of the geo group {@code name} with these codes. */
  static Entry group(String name, String rdata, String... codes) {
    return entry(
        "{\"geoInfo\":{\"name\":\""
            + name
            + "\",\"codes\":"
            + quoted(List.of(codes))
            + "},"
            + "\"ttl\":300,\"allNonConfigured\":false}",
        rdata);
  }

  static Entry allNonConfigured(String rdata) {
    return entry("{\"allNonConfigured\":true,\"ttl\":300}", rdata);
  }

  /** A directional pool of these entries, conflicts resolved by geo. */
  static String dir(Entry... entries) {
    return dir("GEO", null, entries);
  }

  /** A directional pool of these entries whose {@code noResponse} group has this code. */
  static String dirWithNoResponse(String code, Entry... entries) {
    return dir(
        "GEO",
        "{\"geoInfo\":{\"name\":\"blocked\",\"codes\":[\""
            + code
            + "\"]},\"allNonConfigured\":false}",
        entries);
  }

  static String dir(String conflictResolve, String noResponse, Entry... entries) {
    List<Entry> list = Arrays.asList(entries);
    return "{\"ttl\":300,\"rdata\":"
        + quoted(list.stream().map(Entry::rdata).toList())
        + ",\"profile\":{\"@context\":\""
        + DIR
        + "\",\"description\":\"test\",\"conflictResolve\":\""
        + conflictResolve
        + "\",\"rdataInfo\":["
        + list.stream().map(Entry::info).collect(Collectors.joining(","))
        + "]"
        + (noResponse == null ? "" : ",\"noResponse\":" + noResponse)
        + "}}";
  }

  /** A directional pool with two rdata and one rdataInfo entry. */
  static String misaligned() {
    return "{\"ttl\":300,\"rdata\":[\"192.0.2.1\",\"192.0.2.2\"],\"profile\":{\"@context\":\""
        + DIR
        + "\",\"rdataInfo\":["
        + group("east", "192.0.2.1", "US-NY").info()
        + "]}}";
  }

  /** A traffic-controller pool of two addresses with these weights. */
  static String tc(int first, int second) {
    return "{\"ttl\":60,\"rdata\":[\"192.0.2.1\",\"192.0.2.2\"],\"profile\":{\"@context\":\""
        + TC
        + "\",\"runProbes\":false,\"actOnProbes\":false,\"maxToLB\":1,\"rdataInfo\":["
        + tcEntry(1, first)
        + ","
        + tcEntry(2, second)
        + "]}}";
  }

  private static String tcEntry(int priority, int weight) {
    return "{\"state\":\"NORMAL\",\"runProbes\":false,\"priority\":"
        + priority
        + ",\"failoverDelay\":0,\"threshold\":1,\"weight\":"
        + weight
        + "}";
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
  }
}
