package denominator.ultradns;

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
 * Read-only checks against the real UltraDNS, run only when {@code DENOMINATOR_ULTRADNS_USERNAME},
 * {@code DENOMINATOR_ULTRADNS_PASSWORD} and {@code DENOMINATOR_ULTRADNS_ZONE} are set. Never runs
 * in CI.
 */
class UltraDnsLiveTest {
  private static final String USERNAME = System.getenv("DENOMINATOR_ULTRADNS_USERNAME");
  private static final String PASSWORD = System.getenv("DENOMINATOR_ULTRADNS_PASSWORD");
  private static final String ZONE = System.getenv("DENOMINATOR_ULTRADNS_ZONE");

  @Test
  void theTestZoneIsListedAndItsRecordSetsRead() {
    assumeTrue(
        USERNAME != null && PASSWORD != null && ZONE != null,
        "set DENOMINATOR_ULTRADNS_USERNAME, _PASSWORD and _ZONE to run against UltraDNS");
    Credentials credentials = Credentials.of(Map.of("username", USERNAME, "password", PASSWORD));
    try (DNSApiManager manager = Denominator.create("ultradns", credentials)) {
      List<Zone> zones = new ArrayList<>();
      manager.api().zones().forEach(zones::add);
      Zone zone =
          zones.stream().filter(z -> z.name().equalsIgnoreCase(ZONE)).findFirst().orElseThrow();

      List<ResourceRecordSet> sets = new ArrayList<>();
      manager.api().recordSets(zone.id()).forEach(sets::add);
      manager.api().geoRecordSets(zone.id()).orElseThrow().forEach(sets::add);

      assertThat(sets).extracting(ResourceRecordSet::type).contains("SOA", "NS");
      assertThat(manager.api().recordSets(zone.id()).get(zone.name(), "SOA")).isPresent();
    }
  }
}
