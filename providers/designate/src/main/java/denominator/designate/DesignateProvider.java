package denominator.designate;

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
import denominator.ValidationException;
import denominator.model.rdata.ProviderRData;
import java.util.Optional;

/**
 * OpenStack Designate v2, through Keystone v3 tokens: name {@code designate}. The URL is the
 * cloud's Keystone v3 endpoint and must be given (there is no public default); its query may choose
 * the catalog's {@code interface} and {@code region} ({@code
 * ?interface=internal&region=RegionTwo}). Credentials: a password ({@code username}, {@code
 * password}, {@code projectName} or {@code projectId}, and {@code userDomainName}, {@code
 * projectDomainName} when not {@code Default}) or an application credential ({@code
 * applicationCredentialId}, {@code applicationCredentialSecret}).
 *
 * <p>Record sets are Designate's one to one, of its default types but SOA and CERT, which it
 * manages or the model cannot hold; no geo or weighted sets. Designate has no batches, so a change
 * set is one request per set, made ATOMIC by the kit's engine writing back what it read. Changes
 * are asynchronous: {@code ChangeResult.await} polls the zone until {@code ACTIVE}. There are no
 * preconditions: a concurrent change between a read and a write is overwritten.
 *
 * <p>Designate has no documented request limit (a cloud may put one in front of it); pace with
 * {@code Denominator.builder().requestLimit(..)} (CLI {@code --request-limit}).
 *
 * @see <a href="https://docs.openstack.org/api-ref/dns/">Designate v2 API</a>
 */
public final class DesignateProvider implements Provider {
  static final String NAME = "designate";

  /** Stands for "none given": Designate lives in private clouds, at no well-known address. */
  static final String NO_URL = "https://keystone.example.com:5000/v3";

  static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  static final ProviderMetadata METADATA =
      ProviderMetadata.builder(NAME)
          .defaultUrl(NO_URL)
          .credentialForm(CredentialForm.of("password", "username", "password", "projectName"))
          .credentialForm(
              CredentialForm.of(
                  "passwordInDomains",
                  "username",
                  "password",
                  "userDomainName",
                  "projectName",
                  "projectDomainName"))
          .credentialForm(
              CredentialForm.of("passwordForProjectId", "username", "password", "projectId"))
          .credentialForm(
              CredentialForm.of(
                  "passwordInDomainForProjectId",
                  "username",
                  "password",
                  "userDomainName",
                  "projectId"))
          .credentialForm(
              CredentialForm.of(
                  "applicationCredential",
                  "applicationCredentialId",
                  "applicationCredentialSecret"))
          .recordTypes(
              RecordProfile.ROUND_ROBIN,
              DesignateRecords.TYPES.stream().sorted().toArray(String[]::new))
          .atomicChangeSets(false, 1)
          .build();

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  /**
   * @throws ValidationException when no URL was given
   */
  @Override
  public DNSApi open(ProviderConfig config) {
    if (config.url().equals(NO_URL)) {
      throw new ValidationException(
          NAME + ": no URL given",
          config.url(),
          "your cloud's Keystone v3 endpoint, e.g. https://keystone.example.com:5000/v3"
              + " (Designate has no public default)");
    }
    return DaggerDesignateProvider_Wiring.factory().create(config).api();
  }

  /** Reads a {@code CERT} record string as Designate holds it. */
  @Override
  public Optional<ProviderRData> parseData(String type, String text) {
    return type.equalsIgnoreCase("CERT")
        ? Optional.of(new DesignateData("CERT", text))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return "DesignateProvider";
  }

  /** Wires the API of one project from its configuration. */
  @Component
  interface Wiring {
    DesignateDNSApi api();

    @Component.Factory
    interface Factory {
      Wiring create(@BindsInstance ProviderConfig config);
    }
  }
}
