package denominator.route53;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Read-only checks against real Route53, run only when {@code AWS_ACCESS_KEY_ID} and {@code
 * DENOMINATOR_ROUTE53_TEST_ZONE} (a hosted zone id) are set; the SDK's default chain supplies the
 * credentials. Never runs in CI.
 */
class Route53LiveTest {
  private static final String ZONE = System.getenv("DENOMINATOR_ROUTE53_TEST_ZONE");

  @Test
  void theTestZoneIsListedAndItsRecordSetsRead() {
    assumeTrue(
        System.getenv("AWS_ACCESS_KEY_ID") != null && ZONE != null,
        "set AWS_ACCESS_KEY_ID and DENOMINATOR_ROUTE53_TEST_ZONE to run against Route53");
    try (DNSApiManager manager = Denominator.create("route53")) {
      List<Zone> zones = new ArrayList<>();
      manager.api().zones().forEach(zones::add);
      assertThat(zones).extracting(Zone::id).contains(ZONE);
      Zone zone = zones.stream().filter(z -> z.id().equals(ZONE)).findFirst().orElseThrow();

      List<ResourceRecordSet> sets = new ArrayList<>();
      manager.api().recordSets(ZONE).forEach(sets::add);

      assertThat(sets).extracting(ResourceRecordSet::type).contains("SOA", "NS");
      assertThat(manager.api().recordSets(ZONE).get(zone.name(), "SOA")).isPresent();
    }
  }
}
