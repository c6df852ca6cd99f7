package denominator.cloudflare;

import dagger.BindsInstance;
import dagger.Component;
import denominator.CredentialForm;
import denominator.DNSApi;
import denominator.Provider;
import denominator.ProviderConfig;
import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.ValidationException;
import denominator.http.RequestLimit;
import java.time.Duration;

/**
 * Cloudflare, through its API v4: name {@code cloudflare}, URL {@code
 * https://api.cloudflare.com/client/v4} unless given. Credentials are an API token ({@code
 * apiToken}, sent as {@code Authorization: Bearer}) or the legacy global key ({@code email} and
 * {@code apiKey}), either with {@code accountId}, which creating a zone needs.
 *
 * <p>Cloudflare holds one record per value; a record set is every record of a name and type, and
 * Cloudflare's {@code proxied}, {@code comment} and {@code tags} are its provider data. A change
 * set is written in {@code /batch} requests, each applied all or nothing, of at most 200 record
 * operations (Cloudflare's Free plan); other plans take 3,500: {@code new CloudflareProvider(3500)}
 * given to {@code Denominator.builder().provider(..)}. The kit's engine makes ATOMIC hold across
 * batches. No geo or weighted sets: those are Cloudflare Load Balancing, a separate product. No SOA
 * set: Cloudflare serves its own, without a serial; a zone's email and TTL are its SOA's.
 *
 * <p>Every request, each retry included, takes its turn in the account's request budget ({@link
 * #REQUEST_LIMIT}): Cloudflare's documented 1,200 requests per five minutes per user, over every
 * route, one each 250 ms and no burst, since Cloudflare blocks every call for five minutes once
 * past it. An account whose limit Cloudflare raised paces with {@code
 * Denominator.builder().requestLimit(..)} (CLI {@code --request-limit}). Cloudflare's {@code
 * Ratelimit} header is a structured list, not a count, and is not read.
 *
 * @see <a href="https://developers.cloudflare.com/api/">Cloudflare API v4</a>
 */
public final class CloudflareProvider implements Provider {
  static final String NAME = "cloudflare";

  /** Record operations per {@code /batch} request on Cloudflare's Free plan. */
  public static final int FREE_PLAN_BATCH = 200;

  /**
   * Cloudflare's global API limit, 1,200 requests per five minutes per user (API token or global
   * key), cumulative over every route.
   *
   * @see <a href="https://developers.cloudflare.com/fundamentals/api/reference/limits/">Rate
   *     limits</a>
   */
  public static final RequestLimit REQUEST_LIMIT =
      RequestLimit.perAccount(1200, Duration.ofMinutes(5));

  private final ProviderMetadata metadata;

  /** Batches of {@value #FREE_PLAN_BATCH} record operations, which every plan accepts. */
  public CloudflareProvider() {
    this(FREE_PLAN_BATCH);
  }

  /**
   * Batches of up to {@code recordsPerBatch} record operations (deletes, patches and posts): 3,500
   * on Cloudflare's paid plans.
   */
  public CloudflareProvider(int recordsPerBatch) {
    if (recordsPerBatch < 1) {
      throw new ValidationException(
          NAME + ": bad batch size", Integer.toString(recordsPerBatch), "at least 1 record");
    }
    this.metadata =
        ProviderMetadata.builder(NAME)
            .defaultUrl("https://api.cloudflare.com/client/v4")
            .credentialForm(CredentialForm.of("apiToken", "apiToken"))
            .credentialForm(CredentialForm.of("apiKey", "email", "apiKey"))
            .credentialForm(CredentialForm.of("apiTokenInAccount", "apiToken", "accountId"))
            .credentialForm(CredentialForm.of("apiKeyInAccount", "email", "apiKey", "accountId"))
            .recordTypes(RecordProfile.ROUND_ROBIN, CloudflareRecords.TYPES.toArray(String[]::new))
            .atomicChangeSets(true, recordsPerBatch)
            .requestLimit(REQUEST_LIMIT)
            .build();
  }

  @Override
  public ProviderMetadata metadata() {
    return metadata;
  }

  @Override
  public DNSApi open(ProviderConfig config) {
    return DaggerCloudflareProvider_Wiring.factory().create(config, metadata).api();
  }

  @Override
  public String toString() {
    return "CloudflareProvider";
  }

  /** Wires the API of one account from its configuration. */
  @Component
  interface Wiring {
    CloudflareDNSApi api();

    @Component.Factory
    interface Factory {
      Wiring create(@BindsInstance ProviderConfig config, @BindsInstance ProviderMetadata metadata);
    }
  }
}
