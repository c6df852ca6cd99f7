package denominator.cli;

import denominator.DNSApi;
import denominator.change.ApplyMode;
import denominator.change.Plan;
import denominator.change.PlanRefusedException;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import java.util.List;

/** The zone a fresh mock store starts with, so that the first {@code zone list} shows something. */
final class ExampleZone {
  static final String NAME = "example.com.";

  private ExampleZone() {}

  /**
   * Creates the zone and its sets. Two first runs at once both get here: the sets go in as a plan
   * from nothing, which the mock refuses as stale once the other run has written them, so the
   * second seed changes nothing.
   */
  static void seed(DNSApi api) {
    String id = api.zones().put(Zone.create(NAME, "hostmaster@example.com", 3600));
    List<ResourceRecordSet> sets =
        List.of(
            set("www.example.com.", "A", 300).add("192.0.2.1").add("192.0.2.2").build(),
            set(NAME, "MX", 3600).add("10 mail.example.com.").build(),
            set("mail.example.com.", "A", 3600).add("192.0.2.25").build(),
            set(NAME, "TXT", 3600).add("\"v=spf1 mx -all\"").build(),
            set("api.example.com.", "A", 60)
                .qualifier("europe")
                .geo(Geo.parse("continent:EU"))
                .add("198.51.100.10")
                .build(),
            set("api.example.com.", "A", 60)
                .qualifier("elsewhere")
                .geo(Geo.parse("*"))
                .add("198.51.100.20")
                .build(),
            set("cdn.example.com.", "A", 60)
                .qualifier("blue")
                .weighted(new Weighted(90))
                .add("203.0.113.10")
                .build(),
            set("cdn.example.com.", "A", 60)
                .qualifier("green")
                .weighted(new Weighted(10))
                .add("203.0.113.20")
                .build());
    try {
      api.apply(id, Plan.between(NAME, List.of(), sets), ApplyMode.ATOMIC);
    } catch (PlanRefusedException seededMeanwhile) {
      // another first run seeded the store between our look and this write
    }
  }

  private static ResourceRecordSet.Builder set(String name, String type, int ttl) {
    return ResourceRecordSet.builder().name(name).type(type).ttl(ttl);
  }
}
