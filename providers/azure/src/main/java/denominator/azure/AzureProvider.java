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
import denominator.model.rdata.ProviderRData;
import java.util.Arrays;
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

  static final ProviderMetadata METADATA =
      ProviderMetadata.builder(NAME)
          .defaultUrl(URL)
          .credentialForm(CredentialForm.of("clientSecret", FIELDS))
          .credentialForm(CredentialForm.of("clientSecretAtAuthority", withAuthority()))
          .recordTypes(RecordProfile.ROUND_ROBIN, AzureRecords.TYPES.toArray(String[]::new))
          .atomicChangeSets(false, 1)
          .build();

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
