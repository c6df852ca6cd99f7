package denominator.benchmarks.scenarios;

import denominator.change.ChangeSet;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Geo;
import java.util.List;
import java.util.Map;

/**
 * The zone of the evacuation scenario: N names, each with geo sets us-east, us-west and eu-west
 * covering ten countries each (so 30 Route53 record sets per name).
 */
final class GeoZone {
  static final String ZONE = "evac.example.";
  static final Map<String, List<String>> REGIONS =
      Map.of(
          "us-east", List.of("US", "CA", "MX", "BR", "AR", "CL", "CO", "PE", "VE", "UY"),
          "us-west", List.of("JP", "KR", "CN", "AU", "NZ", "IN", "SG", "TW", "PH", "ID"),
          "eu-west", List.of("GB", "FR", "DE", "ES", "IT", "NL", "BE", "PT", "IE", "SE"));
  static final List<String> QUALIFIERS = List.of("us-east", "us-west", "eu-west");

  static String name(int i) {
    return "app-" + i + "." + ZONE;
  }

  static ChangeSet sets(int names) {
    return sets(ZONE, names);
  }

  /** The sets of {@code names} names in {@code zone}: {@code app-0.<zone>}, {@code app-1...}. */
  static ChangeSet sets(String zone, int names) {
    ChangeSet.Builder sets = ChangeSet.builder();
    for (int i = 0; i < names; i++) {
      for (int q = 0; q < QUALIFIERS.size(); q++) {
        String qualifier = QUALIFIERS.get(q);
        sets.put(
            ResourceRecordSet.builder()
                .name("app-" + i + "." + zone)
                .type("A")
                .qualifier(qualifier)
                .ttl(60)
                .geo(Geo.of(REGIONS.get(qualifier).toArray(String[]::new)))
                .add("192.0." + (q + 2) + "." + (i % 250 + 1))
                .build());
      }
    }
    return sets.build();
  }

  private GeoZone() {}
}
