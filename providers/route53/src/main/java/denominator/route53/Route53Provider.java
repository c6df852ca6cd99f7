package denominator.route53;

import dagger.BindsInstance;
import dagger.Component;
import dagger.Module;
import dagger.Provides;
import denominator.CredentialForm;
import denominator.Credentials.MapCredentials;
import denominator.DNSApi;
import denominator.Provider;
import denominator.ProviderConfig;
import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.http.RequestLimit;
import denominator.http.RetryPolicy;
import denominator.model.geo.RegionKind;
import denominator.model.rdata.ProviderRData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.route53.Route53Client;

/**
 * Amazon Route53, through the AWS SDK for Java v2: hosted zones, every record type Route53 serves,
 * weighted sets (0..255), geolocation sets (one Route53 set per region, see {@code Route53Geo}),
 * aliases ({@link AliasTarget}) and change sets as atomic batches whose results await {@code
 * INSYNC}.
 *
 * <p>Credentials: {@code accessKey}+{@code secretKey}, the same with {@code sessionToken}, or none
 * for the SDK's default chain (environment, profile, container or instance metadata); they are read
 * again for every request. The URL overrides the endpoint (e.g. a local simulator); requests are
 * signed for {@code us-east-1}. Throttling and {@code PriorRequestNotComplete} are retried by the
 * SDK's standard strategy within the manager's retry policy, then fail as throttled. Every request,
 * each retry included, takes its turn in the account's request budget ({@link Route53Budget}): five
 * requests a second per account and two {@code CreateHostedZone} a second, Route53's documented
 * floor, slowed further while Route53 throttles.
 *
 * <p>The SDK logs through SLF4J, and Denominator cannot redact what it logs. Its SigV4 signer logs
 * each canonical request at DEBUG (logger {@code
 * software.amazon.awssdk.http.auth.aws.internal.signer}), and with session credentials that
 * includes the session token; keep that logger at INFO or above wherever logs are kept.
 */
public final class Route53Provider implements Provider {
  static final String NAME = "route53";
  static final ProviderMetadata METADATA =
      ProviderMetadata.builder(NAME)
          .defaultUrl("https://route53.amazonaws.com")
          .credentialForm(CredentialForm.of("accessKey", "accessKey", "secretKey"))
          .credentialForm(CredentialForm.of("session", "accessKey", "secretKey", "sessionToken"))
          .credentialForm(CredentialForm.anonymous())
          .recordTypes(RecordProfile.ROUND_ROBIN, Route53Records.TYPES)
          .recordTypes(RecordProfile.GEO, Route53Records.QUALIFIED_TYPES)
          .recordTypes(RecordProfile.WEIGHTED, Route53Records.QUALIFIED_TYPES)
          .duplicateZoneNames(true)
          .atomicChangeSets(true, Route53Batches.MAX_RECORDS)
          .geoRegionKinds(RegionKind.values())
          .weights(0, 255)
          // Route53's long-documented floor; accounts on its newer limits raise it with
          // Denominator.builder().requestLimit(...) (CLI: --request-limit)
          .requestLimit(RequestLimit.perAccount(5, Duration.ofSeconds(1)).withBurst(5))
          .requestLimit(
              RequestLimit.perEndpoint("POST /2013-04-01/hostedzone", 2, Duration.ofSeconds(1))
                  .withBurst(2))
          .build();

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  @Override
  public DNSApi open(ProviderConfig config) {
    return DaggerRoute53Provider_Wiring.factory().create(config).api();
  }

  /** Reads {@code alias HOSTED_ZONE_ID DNS_NAME [true|false]}: see {@link AliasTarget}. */
  @Override
  public Optional<ProviderRData> parseData(String type, String text) {
    return AliasTarget.parse(type, text).map(ProviderRData.class::cast);
  }

  @Override
  public String toString() {
    return "Route53Provider";
  }

  /** Wires one account's API from the manager's config. */
  @Component(modules = Client.class)
  interface Wiring {
    Route53DNSApi api();

    @Component.Factory
    interface Factory {
      Wiring create(@BindsInstance ProviderConfig config);
    }
  }

  /** The SDK client, configured from the manager's config. */
  @Module
  static final class Client {
    @Provides
    static Route53Endpoints api(ProviderConfig config) {
      RetryPolicy retry = config.http().retry();
      BackoffStrategy backoff =
          BackoffStrategy.exponentialDelay(retry.baseDelay(), retry.maxDelay());
      return new Route53Endpoints(
          Route53Client.builder()
              .endpointOverride(URI.create(config.url()))
              .region(Region.US_EAST_1)
              .credentialsProvider(credentials(config))
              .httpClient(httpClient(config))
              .overrideConfiguration(
                  c -> {
                    c.retryStrategy(
                        AwsRetryStrategy.standardRetryStrategy().toBuilder()
                            .maxAttempts(retry.maxAttempts())
                            .backoffStrategy(backoff)
                            .throttlingBackoffStrategy(backoff)
                            .circuitBreakerEnabled(false)
                            // an answer cut off or mangled on the way is retried like a lost one;
                            // writes sent twice are recognised by Route53Batches
                            .retryOnExceptionInstanceOf(SdkClientException.class)
                            .build());
                    // one call, retries included, within the call timeout or else the retry budget
                    Duration budget =
                        config.http().callTimeout().isZero()
                            ? retry.maxTotal()
                            : config.http().callTimeout();
                    if (!budget.isZero()) {
                      c.apiCallTimeout(budget);
                    }
                    c.putAdvancedOption(
                        SdkAdvancedClientOption.USER_AGENT_SUFFIX, config.http().userAgent());
                    c.addExecutionInterceptor(new Route53HttpLog(config.httpLog()));
                    c.addExecutionInterceptor(new Route53SetIdentifiers());
                  })
              .build());
    }

    private static SdkHttpClient httpClient(ProviderConfig config) {
      Duration connect = config.http().connectTimeout(); // zero means no limit, in both APIs
      Duration read = config.http().readTimeout();
      if (config.url().regionMatches(true, 0, "http:", 0, 5)) {
        // plain HTTP (a simulator on loopback, or --insecure-http) has no TLS to set up: a
        // connection factory of our own skips loading the TLS provider and the trust store
        return new Route53Budget(
            UrlConnectionHttpClient.create(uri -> plainConnection(uri, connect, read)),
            config.budget());
      }
      UrlConnectionHttpClient.Builder http = UrlConnectionHttpClient.builder();
      if (!connect.isZero()) {
        http.connectionTimeout(connect);
      }
      if (!read.isZero()) {
        http.socketTimeout(read);
      }
      return new Route53Budget(http.build(), config.budget());
    }

    private static HttpURLConnection plainConnection(URI uri, Duration connect, Duration read) {
      try {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout((int) connect.toMillis());
        connection.setReadTimeout((int) read.toMillis());
        return connection;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Reads the manager's credentials on every request; none means the SDK's default chain. */
    static AwsCredentialsProvider credentials(ProviderConfig config) {
      AtomicReference<AwsCredentialsProvider> chain = new AtomicReference<>();
      return () -> {
        MapCredentials given = config.credentials();
        Optional<String> accessKey = given.get("accessKey");
        if (accessKey.isEmpty()) {
          return chain
              .updateAndGet(c -> c != null ? c : DefaultCredentialsProvider.builder().build())
              .resolveCredentials();
        }
        String secretKey = given.get("secretKey").orElseThrow();
        return given
            .get("sessionToken")
            .<AwsCredentials>map(
                token -> AwsSessionCredentials.create(accessKey.get(), secretKey, token))
            .orElseGet(() -> AwsBasicCredentials.create(accessKey.get(), secretKey));
      };
    }

    private Client() {}
  }
}
