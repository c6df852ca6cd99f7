package denominator.azure;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dagger.BindsInstance;
import dagger.Component;
import denominator.CredentialForm;
import denominator.DNSApi;
import denominator.Provider;
import denominator.ProviderConfig;
import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.http.RequestLimit;
import denominator.model.rdata.ProviderRData;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Azure DNS through Azure Resource Manager: name {@code azure}, default URL {@value #URL}.
 * Credentials: an Entra ID application's {@code tenantId}, {@code clientId} and {@code
 * clientSecret}, and the {@code subscriptionId} and {@code resourceGroup} that hold the zones;
 * optionally the {@code authority} that issues tokens ({@value AzureTokens#AUTHORITY} unless
 * given).
 *
 * <p>Record sets are Azure's one to one; no geo or weighted sets (those live in Traffic Manager).
 * Azure has no batches, so a change set is one request per set, made ATOMIC by the kit's engine
 * writing back what it read. Every write carries the etag read, so a concurrent change is refused,
 * never overwritten. Another tool's {@code metadata} and aliases ({@code targetResource}) are read,
 * shown and kept.
 *
 * <p>Every request, each retry included, takes its turn in the account's request budget ({@link
 * #REQUEST_LIMITS}): Azure Resource Manager's subscription reads (25 a second, bursts of 250), the
 * Microsoft.Network provider's writes and deletes (1,000 each per five minutes), and Azure DNS's
 * own per-zone limits per minute (record sets: 200 puts, 200 deletes, 2,000 gets, 60 listings;
 * zones: 40 puts, 40 deletes, 1,000 gets, 60 listings), each zone with a budget of its own ({@code
 * {zone}} in the endpoint). An answer whose {@code
 * x-ms-ratelimit-remaining-subscription-resource-requests} says none are left slows the budget as a
 * 429 does. Token requests are not limited.
 *
 * @see <a href="https://learn.microsoft.com/rest/api/dns/">Azure DNS REST API</a>
 */
public final class AzureProvider implements Provider {
  static final String NAME = "azure";
  static final String URL = "https://management.azure.com";

  /** The credentials of an Entra ID application and where its zones are. */
  private static final String[] FIELDS = {
    "tenantId", "clientId", "clientSecret", "subscriptionId", "resourceGroup"
  };

  static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  /** Under the resource group: {@code /subscriptions/{id}/resourceGroups/{group}/providers/..}. */
  private static final String NETWORK =
      "/subscriptions/*/resourceGroups/*/providers/Microsoft.Network";

  /**
   * The documented limits the budget paces by: Azure Resource Manager's subscription reads (a token
   * bucket), the Microsoft.Network resource provider's writes and deletes, then Azure DNS's
   * per-zone operation limits, by method and path.
   *
   * @see <a
   *     href="https://learn.microsoft.com/azure/azure-resource-manager/management/request-limits-and-throttling">ARM
   *     throttling</a>
   * @see <a
   *     href="https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits">Azure
   *     DNS limits</a>
   */
  public static final List<RequestLimit> REQUEST_LIMITS =
      List.of(
          RequestLimit.perEndpoint("GET /subscriptions/**", 25, Duration.ofSeconds(1))
              .withBurst(250),
          RequestLimit.perEndpoint("PUT " + NETWORK + "/**", 1000, Duration.ofMinutes(5)),
          RequestLimit.perEndpoint("DELETE " + NETWORK + "/**", 1000, Duration.ofMinutes(5)),
          perMinute("GET", "/dnsZones", 60),
          perMinute("GET", "/dnsZones/{zone}", 1000),
          perMinute("PUT", "/dnsZones/{zone}", 40),
          perMinute("DELETE", "/dnsZones/{zone}", 40),
          perMinute("GET", "/dnsZones/{zone}/recordsets", 60),
          perMinute("GET", "/dnsZones/{zone}/*/*", 2000),
          perMinute("PUT", "/dnsZones/{zone}/*/*", 200),
          perMinute("DELETE", "/dnsZones/{zone}/*/*", 200));

  /** The header in which Azure reports the requests left in a DNS operation's bucket. */
  static final String REMAINING = "x-ms-ratelimit-remaining-subscription-resource-requests";

  static final ProviderMetadata METADATA = describe();

  private static ProviderMetadata describe() {
    ProviderMetadata.Builder metadata =
        ProviderMetadata.builder(NAME)
            .defaultUrl(URL)
            .credentialForm(CredentialForm.of("clientSecret", FIELDS))
            .credentialForm(CredentialForm.of("clientSecretAtAuthority", withAuthority()))
            .recordTypes(RecordProfile.ROUND_ROBIN, AzureRecords.TYPES.toArray(String[]::new))
            .atomicChangeSets(false, 1)
            .remainingHeader(REMAINING);
    REQUEST_LIMITS.forEach(metadata::requestLimit);
    return metadata.build();
  }

  private static RequestLimit perMinute(String method, String path, int requests) {
    return RequestLimit.perEndpoint(method + " " + NETWORK + path, requests, Duration.ofMinutes(1));
  }

  private static String[] withAuthority() {
    String[] fields = Arrays.copyOf(FIELDS, FIELDS.length + 1);
    fields[FIELDS.length] = "authority";
    return fields;
  }

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  @Override
  public DNSApi open(ProviderConfig config) {
    return DaggerAzureProvider_Wiring.factory().create(config).api();
  }

  /**
   * Reads Azure's own values back from their text: {@code AZURE_ALIAS <id>}, {@code AZURE_EMPTY}.
   */
  @Override
  public Optional<ProviderRData> parseData(String type, String text) {
    return AzureData.parse(type, text).map(data -> data);
  }

  @Override
  public String toString() {
    return "AzureProvider";
  }

  /** Wires the API of one resource group from its configuration. */
  @Component
  interface Wiring {
    AzureDNSApi api();

    @Component.Factory
    interface Factory {
      Wiring create(@BindsInstance ProviderConfig config);
    }
  }
}
