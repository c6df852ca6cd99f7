package denominator.googledns;

import dagger.BindsInstance;
import dagger.Component;
import denominator.CredentialForm;
import denominator.DNSApi;
import denominator.Provider;
import denominator.ProviderConfig;
import denominator.ProviderMetadata;
import denominator.RecordProfile;

/**
 * Google Cloud DNS, through its REST API v1: name {@code googledns}, URL {@code
 * https://dns.googleapis.com/dns/v1} unless given (paths go on with {@code /projects/<project>}).
 *
 * <p>Credentials: {@code serviceAccountKey} (a service account key's JSON, or a path to its file),
 * with {@code project} unless the key's {@code project_id} is the project; or {@code project}
 * alone, authenticating with Application Default Credentials. google-auth-library turns them into
 * access tokens of scope {@code ndev.clouddns.readwrite}.
 *
 * <p>A name and type is one rrset. A change set is applied as Cloud DNS changes, each all or
 * nothing (1,000 rrsets added and 1,000 deleted, 100,000 rrdata bytes at most), the kit's engine
 * undoing earlier changes when a later one fails. Weighted sets are the items of a {@code wrr}
 * routing policy, qualified by position ({@code "0"}...), weights 0..1000. Cloud DNS's {@code geo}
 * policy routes by GCP region, not by country or continent: such sets are listed as provider
 * routing and not written, and no geo is declared.
 *
 * <p>Cloud DNS has no documented request limit (its per-project quota of requests per minute has no
 * published value, only the console's); pace with {@code Denominator.builder().requestLimit(..)}
 * (CLI {@code --request-limit}).
 *
 * @see <a href="https://cloud.google.com/dns/docs/reference/rest/v1">Cloud DNS API v1</a>
 */
public final class GoogleDnsProvider implements Provider {
  static final String NAME = "googledns";

  static final ProviderMetadata METADATA =
      ProviderMetadata.builder(NAME)
          .defaultUrl("https://dns.googleapis.com/dns/v1")
          .credentialForm(CredentialForm.of("serviceAccountKey", GoogleDnsCredentials.KEY))
          .credentialForm(
              CredentialForm.of(
                  "serviceAccountKeyInProject",
                  GoogleDnsCredentials.KEY,
                  GoogleDnsCredentials.PROJECT))
          .credentialForm(CredentialForm.of("applicationDefault", GoogleDnsCredentials.PROJECT))
          .recordTypes(RecordProfile.ROUND_ROBIN, GoogleDnsRecords.TYPES.toArray(String[]::new))
          .recordTypes(
              RecordProfile.WEIGHTED, GoogleDnsRecords.WEIGHTED_TYPES.toArray(String[]::new))
          .weights(GoogleDnsWeights.MIN_WEIGHT, GoogleDnsWeights.MAX_WEIGHT)
          .atomicChangeSets(true, GoogleDnsWriter.Limits.CLOUD_DNS.rrsets())
          .build();

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  @Override
  public DNSApi open(ProviderConfig config) {
    return DaggerGoogleDnsProvider_Wiring.factory().create(config).api();
  }

  @Override
  public String toString() {
    return "GoogleDnsProvider";
  }

  /** Wires the API of one project from its configuration. */
  @Component
  interface Wiring {
    GoogleDnsDNSApi api();

    @Component.Factory
    interface Factory {
      Wiring create(@BindsInstance ProviderConfig config);
    }
  }
}
