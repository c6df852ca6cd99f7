package denominator.googledns;

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
 * Read-only checks against the real Cloud DNS, run only when {@code DENOMINATOR_GOOGLEDNS_KEY_FILE}
 * (a service-account key file) and {@code DENOMINATOR_GOOGLEDNS_ZONE} are set. Never runs in CI.
 */
class GoogleDnsLiveTest {
  private static final String KEY_FILE = System.getenv("DENOMINATOR_GOOGLEDNS_KEY_FILE");
  private static final String ZONE = System.getenv("DENOMINATOR_GOOGLEDNS_ZONE");

  @Test
  void theTestZoneIsListedAndItsRecordSetsRead() {
    assumeTrue(
        KEY_FILE != null && ZONE != null,
        "set DENOMINATOR_GOOGLEDNS_KEY_FILE and DENOMINATOR_GOOGLEDNS_ZONE to run against Cloud"
            + " DNS");
    try (DNSApiManager manager =
        Denominator.create("googledns", Credentials.of(Map.of("serviceAccountKey", KEY_FILE)))) {
      String name = ZONE.endsWith(".") ? ZONE : ZONE + ".";
      List<Zone> zones = new ArrayList<>();
      manager.api().zones().iterateByName(name).forEachRemaining(zones::add);
      assertThat(zones).extracting(Zone::name).containsExactly(name);

      List<ResourceRecordSet> sets = new ArrayList<>();
      manager.api().recordSets(zones.get(0).id()).forEach(sets::add);

      assertThat(sets).extracting(ResourceRecordSet::type).contains("SOA", "NS");
    }
  }
}
