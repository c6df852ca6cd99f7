package denominator.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.InvalidChangeException;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneRulesTest {

  @Test
  void aCheckRefusesWhatTheApplyWouldAndSendsNothing() {
    try (DNSApiManager manager = Denominator.create("mock")) {
      String zone = manager.api().zones().put(Zone.create("rules.test.", "h@rules.test", 300));
      manager
          .api()
          .recordSets(zone)
          .put(
              ResourceRecordSet.builder()
                  .name("www.rules.test.")
                  .type("CNAME")
                  .add("elsewhere.test.")
                  .build());
      manager
          .api()
          .apply(zone, ChangeSet.builder().put(geo("eu", "continent:EU")).build(), ApplyMode.ATOMIC)
          .orThrow();
      List<ResourceRecordSet> before = sets(manager, zone);

      assertThatThrownBy(
              () ->
                  ZoneRules.check(
                      manager.api(),
                      "mock",
                      zone,
                      "rules.test.",
                      ChangeSet.builder()
                          .put(
                              ResourceRecordSet.builder()
                                  .name("www.rules.test.")
                                  .type("A")
                                  .add("192.0.2.1")
                                  .build())
                          .build()))
          .isInstanceOf(InvalidChangeException.class)
          .hasMessageContaining("CNAME");
      assertThatThrownBy(
              () ->
                  ZoneRules.check(
                      manager.api(),
                      "mock",
                      zone,
                      "rules.test.",
                      ChangeSet.builder().put(geo("other", "DE,continent:EU")).build()))
          .isInstanceOf(InvalidChangeException.class)
          .hasMessageContaining("qualifier eu");
      ZoneRules.check(
          manager.api(),
          "mock",
          zone,
          "rules.test.",
          ChangeSet.builder()
              .delete(RecordSetKey.of("api.rules.test.", "A", "eu"))
              .put(geo("other", "continent:EU"))
              .build()); // the delete frees the region first

      assertThat(sets(manager, zone)).isEqualTo(before);
    }
  }

  private static ResourceRecordSet geo(String qualifier, String regions) {
    return ResourceRecordSet.builder()
        .name("api.rules.test.")
        .type("A")
        .qualifier(qualifier)
        .ttl(60)
        .geo(Geo.parse(regions))
        .add("192.0.2.2")
        .build();
  }

  private static List<ResourceRecordSet> sets(DNSApiManager manager, String zone) {
    List<ResourceRecordSet> sets = new ArrayList<>();
    manager.api().recordSets(zone).forEach(sets::add);
    return sets;
  }
}
