package denominator.azure;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Read-only checks against the real Azure DNS, run only when {@code DENOMINATOR_AZURE_TENANT_ID},
 * {@code _CLIENT_ID}, {@code _CLIENT_SECRET}, {@code _SUBSCRIPTION_ID}, {@code _RESOURCE_GROUP} and
 * {@code _ZONE} are set. Never runs in CI.
 */
class AzureLiveTest {
  private static final String TENANT = System.getenv("DENOMINATOR_AZURE_TENANT_ID");
  private static final String CLIENT = System.getenv("DENOMINATOR_AZURE_CLIENT_ID");
  private static final String SECRET = System.getenv("DENOMINATOR_AZURE_CLIENT_SECRET");
  private static final String SUBSCRIPTION = System.getenv("DENOMINATOR_AZURE_SUBSCRIPTION_ID");
  private static final String GROUP = System.getenv("DENOMINATOR_AZURE_RESOURCE_GROUP");
  private static final String ZONE = System.getenv("DENOMINATOR_AZURE_ZONE");

  @Test
  void theTestZoneIsListedAndItsRecordSetsRead() {
    assumeTrue(
        Stream.of(TENANT, CLIENT, SECRET, SUBSCRIPTION, GROUP, ZONE).allMatch(v -> v != null),
        "set DENOMINATOR_AZURE_TENANT_ID, _CLIENT_ID, _CLIENT_SECRET, _SUBSCRIPTION_ID,"
            + " _RESOURCE_GROUP and _ZONE to run against Azure DNS");
    try (DNSApiManager manager =
        Denominator.create(
            "azure",
            Credentials.of(
                Map.of(
                    "tenantId", TENANT,
                    "clientId", CLIENT,
                    "clientSecret", SECRET,
                    "subscriptionId", SUBSCRIPTION,
                    "resourceGroup", GROUP)))) {
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
