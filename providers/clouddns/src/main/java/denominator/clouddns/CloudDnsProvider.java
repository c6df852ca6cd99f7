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
import denominator.http.RequestLimit;
import java.time.Duration;
import java.util.List;

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
 * <p>Every request, each retry included, takes its turn in the account's request budget: Cloud
 * DNS's documented default rate limits ({@link #REQUEST_LIMITS}), by method over {@code /status*}
 * and {@code /domains*} (records included), each request spaced evenly, since Rackspace counts them
 * in windows: job polls 15 a second; reads 300, creates 75, updates 150 and deletes 150 a minute;
 * searches 20 a minute. Rackspace raises them on request; an account whose limits were raised paces
 * with its own {@code Denominator.builder().requestBudget(..)}, since these are per endpoint.
 * Identity requests are not limited.
 *
 * @see <a href="https://docs.rackspace.com/docs/cloud-dns/v1/">Cloud DNS v1.0 API</a>
 */
public final class CloudDnsProvider implements Provider {
  static final String NAME = "clouddns";

  /** Rackspace Identity v2.0, for US accounts. */
  static final String IDENTITY = "https://identity.api.rackspacecloud.com/v2.0";

  static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  /**
   * Cloud DNS's default rate limits per account, by method and path under the catalog's {@code
   * /v1.0/{tenant}}; a limit on {@code /domains} covers every path under it, as Rackspace's {@code
   * .../domains.*} does.
   *
   * @see <a href="https://docs.rackspace.com/reference/cloud-dns-limits">Limits</a>
   */
  public static final List<RequestLimit> REQUEST_LIMITS =
      List.of(
          RequestLimit.perEndpoint("GET /v1.0/*/status/**", 15, Duration.ofSeconds(1)),
          RequestLimit.perEndpoint("GET /v1.0/*/domains/search", 20, Duration.ofMinutes(1)),
          RequestLimit.perEndpoint("GET /v1.0/*/domains/**", 300, Duration.ofMinutes(1)),
          RequestLimit.perEndpoint("POST /v1.0/*/domains/**", 75, Duration.ofMinutes(1)),
          RequestLimit.perEndpoint("PUT /v1.0/*/domains/**", 150, Duration.ofMinutes(1)),
          RequestLimit.perEndpoint("DELETE /v1.0/*/domains/**", 150, Duration.ofMinutes(1)));

  static final ProviderMetadata METADATA = describe();

  private static ProviderMetadata describe() {
    ProviderMetadata.Builder metadata =
        ProviderMetadata.builder(NAME)
            .defaultUrl(IDENTITY)
            .credentialForm(CredentialForm.of("apiKey", "username", "apiKey"))
            .credentialForm(CredentialForm.of("password", "username", "password"))
            .recordTypes(
                RecordProfile.ROUND_ROBIN,
                CloudDnsRecords.TYPES.stream().sorted().toArray(String[]::new))
            .atomicChangeSets(true, CloudDnsWriter.MAX_RECORDS);
    REQUEST_LIMITS.forEach(metadata::requestLimit);
    return metadata.build();
  }

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
