package denominator.clouddns;

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
 * Read-only checks against the real Rackspace Cloud DNS, run only when {@code
 * DENOMINATOR_CLOUDDNS_USERNAME}, {@code DENOMINATOR_CLOUDDNS_API_KEY} and {@code
 * DENOMINATOR_CLOUDDNS_ZONE} are set. Never runs in CI.
 */
class CloudDnsLiveTest {
  private static final String USERNAME = System.getenv("DENOMINATOR_CLOUDDNS_USERNAME");
  private static final String API_KEY = System.getenv("DENOMINATOR_CLOUDDNS_API_KEY");
  private static final String ZONE = System.getenv("DENOMINATOR_CLOUDDNS_ZONE");

  @Test
  void theTestZoneIsListedAndItsRecordSetsRead() {
    assumeTrue(
        USERNAME != null && API_KEY != null && ZONE != null,
        "set DENOMINATOR_CLOUDDNS_USERNAME, _API_KEY and _ZONE to run against Rackspace Cloud DNS");
    try (DNSApiManager manager =
        Denominator.create(
            "clouddns", Credentials.of(Map.of("username", USERNAME, "apiKey", API_KEY)))) {
      String name = ZONE.endsWith(".") ? ZONE : ZONE + ".";
      List<Zone> zones = new ArrayList<>();
      manager.api().zones().iterateByName(name).forEachRemaining(zones::add);
      assertThat(zones).extracting(Zone::name).containsExactly(name);

      List<ResourceRecordSet> sets = new ArrayList<>();
      manager.api().recordSets(zones.get(0).id()).forEach(sets::add);

      assertThat(sets).allMatch(set -> set.name().endsWith(name));
    }
  }
}
