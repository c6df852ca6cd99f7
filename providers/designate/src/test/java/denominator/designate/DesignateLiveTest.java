package denominator.designate;

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
 * Read-only checks against a real Designate, run only when {@code DENOMINATOR_DESIGNATE_URL} (the
 * Keystone v3 endpoint), {@code DENOMINATOR_DESIGNATE_APP_CREDENTIAL_ID}, {@code
 * DENOMINATOR_DESIGNATE_APP_CREDENTIAL_SECRET} and {@code DENOMINATOR_DESIGNATE_ZONE} are set.
 * Never runs in CI.
 */
class DesignateLiveTest {
  private static final String URL = System.getenv("DENOMINATOR_DESIGNATE_URL");
  private static final String ID = System.getenv("DENOMINATOR_DESIGNATE_APP_CREDENTIAL_ID");
  private static final String SECRET = System.getenv("DENOMINATOR_DESIGNATE_APP_CREDENTIAL_SECRET");
  private static final String ZONE = System.getenv("DENOMINATOR_DESIGNATE_ZONE");

  @Test
  void theTestZoneIsListedAndItsRecordSetsRead() {
    assumeTrue(
        URL != null && ID != null && SECRET != null && ZONE != null,
        "set DENOMINATOR_DESIGNATE_URL, _APP_CREDENTIAL_ID, _APP_CREDENTIAL_SECRET and _ZONE to"
            + " run against Designate");
    try (DNSApiManager manager =
        Denominator.builder()
            .provider("designate")
            .url(URL)
            .credentials(
                Credentials.of(
                    Map.of("applicationCredentialId", ID, "applicationCredentialSecret", SECRET)))
            .build()) {
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
