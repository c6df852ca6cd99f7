package denominator.clouddns;

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

/**
 * Rackspace Cloud DNS v1.0, through Rackspace Identity v2.0 tokens: name {@code clouddns}. The URL
 * is the identity service's, {@value #IDENTITY} by default ({@code
 * https://lon.identity.api.rackspacecloud.com/v2.0} for UK accounts); the DNS endpoint comes from
 * the token's catalog. Credentials: {@code username} and {@code apiKey}, or {@code username} and
 * {@code password}.
 *
 * <p>Records are the service's, one per value, grouped into sets of A, AAAA, CNAME, MX, NS, SRV and
 * TXT; no geo or weighted sets. SOA is the service's own: not listed, not written. A batch of up to
 * 100 records of each kind of write is made all or nothing by putting back what it changed when a
 * later part is refused, and the kit's engine makes ATOMIC hold across batches. Every write is a
 * job, awaited before the next batch. There are no preconditions: a concurrent change between a
 * read and a write is overwritten, unless it deleted a record being rewritten.
 *
 * @see <a href="https://docs.rackspace.com/docs/cloud-dns/v1/">Cloud DNS v1.0 API</a>
 */
public final class CloudDnsProvider implements Provider {
  static final String NAME = "clouddns";

  /** Rackspace Identity v2.0, for US accounts. */
  static final String IDENTITY = "https://identity.api.rackspacecloud.com/v2.0";

  static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  static final ProviderMetadata METADATA =
      ProviderMetadata.builder(NAME)
          .defaultUrl(IDENTITY)
          .credentialForm(CredentialForm.of("apiKey", "username", "apiKey"))
          .credentialForm(CredentialForm.of("password", "username", "password"))
          .recordTypes(
              RecordProfile.ROUND_ROBIN,
              CloudDnsRecords.TYPES.stream().sorted().toArray(String[]::new))
          .atomicChangeSets(true, CloudDnsWriter.MAX_RECORDS)
          .build();

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  @Override
  public DNSApi open(ProviderConfig config) {
    return DaggerCloudDnsProvider_Wiring.factory().create(config).api();
  }

  @Override
  public String toString() {
    return "CloudDnsProvider";
  }

  /** Wires the API of one account from its configuration. */
  @Component
  interface Wiring {
    CloudDnsDNSApi api();

    @Component.Factory
    interface Factory {
      Wiring create(@BindsInstance ProviderConfig config);
    }
  }
}
