package denominator.cloudflare;

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
 * Read-only checks against the real Cloudflare, run only when {@code
 * DENOMINATOR_CLOUDFLARE_API_TOKEN} and {@code DENOMINATOR_CLOUDFLARE_ZONE} are set. Never runs in
 * CI.
 */
class CloudflareLiveTest {
  private static final String TOKEN = System.getenv("DENOMINATOR_CLOUDFLARE_API_TOKEN");
  private static final String ZONE = System.getenv("DENOMINATOR_CLOUDFLARE_ZONE");

  @Test
  void theTestZoneIsListedAndItsRecordSetsRead() {
    assumeTrue(
        TOKEN != null && ZONE != null,
        "set DENOMINATOR_CLOUDFLARE_API_TOKEN and DENOMINATOR_CLOUDFLARE_ZONE to run against"
            + " Cloudflare");
    try (DNSApiManager manager =
        Denominator.create("cloudflare", Credentials.of(Map.of("apiToken", TOKEN)))) {
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
