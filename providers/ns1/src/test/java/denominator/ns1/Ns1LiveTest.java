package denominator.ns1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Read-only checks against the real NS1, run only when {@code DENOMINATOR_NS1_API_KEY} and {@code
 * DENOMINATOR_NS1_ZONE} are set. Never runs in CI.
 */
class Ns1LiveTest {
  private static final String API_KEY = System.getenv("DENOMINATOR_NS1_API_KEY");
  private static final String ZONE = System.getenv("DENOMINATOR_NS1_ZONE");

  @Test
  void theTestZoneIsListedAndItsRecordSetsRead() {
    assumeTrue(
        API_KEY != null && ZONE != null,
        "set DENOMINATOR_NS1_API_KEY and DENOMINATOR_NS1_ZONE to run against NS1");
    try (DNSApiManager manager =
        Denominator.create("ns1", Credentials.of(Map.of("apiKey", API_KEY)))) {
      List<Zone> zones = new ArrayList<>();
      manager.api().zones().forEach(zones::add);
      String name = ZONE.endsWith(".") ? ZONE : ZONE + ".";
      Zone zone =
          zones.stream().filter(z -> z.name().equalsIgnoreCase(name)).findFirst().orElseThrow();

      List<ResourceRecordSet> sets = new ArrayList<>();
      manager.api().recordSets(zone.id()).forEach(sets::add);

      assertThat(sets).extracting(ResourceRecordSet::type).contains("SOA", "NS");
      assertThat(manager.api().recordSets(zone.id()).get(zone.name(), "SOA")).isPresent();
    }
  }
}
