package denominator;

import denominator.Credentials.MapCredentials;
import denominator.http.HttpSettings;
import denominator.http.RequestBudget;
import denominator.http.RequestLimit;
import denominator.kit.Sleeper;
import denominator.mock.MockProvider;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * Opens a {@link DNSApiManager} for a provider.
 *
 * <pre>{@code
 * try (DNSApiManager manager = Denominator.create("mock")) {
 *   for (Zone zone : manager.api().zones()) { ... }
 * }
 * }</pre>
 *
 * <p>Providers are found with {@link ServiceLoader}; an unknown name fails with the list of known
 * ones. Credentials are checked against the provider's forms before anything is sent, and a plain
 * {@code http://} URL to a host that is not loopback is refused unless the caller opts in with
 * {@link Builder#allowInsecureHttp}.
 */
public final class Denominator {

  /** Opens the named provider at its default URL with these credentials. */
  public static DNSApiManager create(String provider, Credentials credentials) {
    return builder().provider(provider).credentials(credentials).build();
  }

  /** Opens the named provider at its default URL without credentials. */
  public static DNSApiManager create(String provider) {
    return create(provider, Credentials.anonymous());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every provider on the class path, sorted by name. */
  public static List<Provider> providers() {
    List<Provider> found = new ArrayList<>();
    ServiceLoader.load(Provider.class, Denominator.class.getClassLoader()).forEach(found::add);
    found.sort(Comparator.comparing(p -> p.metadata().name()));
    return found;
  }

  /**
   * The provider with this name, or a {@link ValidationException} listing the known ones. Stops at
   * the first match: the other providers are not loaded. The embedded {@code mock} is this
   * library's own and is made without a {@link ServiceLoader} scan, which opens every jar on the
   * class path (in the CLI's, ~10 ms of a command).
   */
  public static Provider provider(String name) {
    if (name.equals(MockProvider.NAME)) {
      return new MockProvider();
    }
    for (Provider provider :
        ServiceLoader.load(Provider.class, Denominator.class.getClassLoader())) {
      if (provider.metadata().name().equals(name)) {
        return provider;
      }
    }
    throw new ValidationException(
        "unknown provider",
        name,
        "one of "
            + providers().stream()
                .map(p -> p.metadata().name())
                .collect(Collectors.joining(", ", "[", "]")));
  }

  /** Chooses the provider, URL and credentials of a {@link DNSApiManager}. */
  public static final class Builder {
    private Provider provider;
    private String url;
    private Supplier<Credentials> credentials = Credentials::anonymous;
    private Clock clock = Clock.systemUTC();
    private HttpSettings http = HttpSettings.defaults();
    private Consumer<String> httpLog;
    private boolean insecureHttp;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private int maxChangesPerBatch = Integer.MAX_VALUE;
    private RequestLimit accountLimit;
    private RequestBudget budget;

    private Builder() {}

    public Builder provider(String name) {
      this.provider = Denominator.provider(name);
      return this;
    }

    public Builder provider(Provider provider) {
      this.provider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /** Overrides the provider's default endpoint, e.g. to point at a local simulator. */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    public Builder credentials(Credentials credentials) {
      Objects.requireNonNull(credentials, "credentials");
      this.credentials = () -> credentials;
      return this;
    }

    /** Credentials read again on every request, so that rotated secrets take effect. */
    public Builder credentials(Supplier<Credentials> credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How the library waits (between HTTP retries, while polling a change until the provider serves
     * it); tests pass one that advances their clock instead of sleeping.
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * At most this many changes per request, below the provider's own limit; by default the
     * provider's limit. Smaller batches make a change set take more requests, never change what it
     * does: ATOMIC stays all or nothing across them. The contract suite lowers it to prove that.
     */
    public Builder maxChangesPerBatch(int max) {
      if (max < 1) {
        throw new ValidationException("bad batch limit", Integer.toString(max), "at least 1");
      }
      this.maxChangesPerBatch = max;
      return this;
    }

    /**
     * The account's own request limit, in place of the one the provider declares (see {@link
     * ProviderMetadata#requestLimits()}): for an account whose vendor raised its limit, or a
     * self-hosted server with a limit of its own. The provider's per-endpoint limits still apply.
     */
    public Builder requestLimit(RequestLimit limit) {
      this.accountLimit = Objects.requireNonNull(limit, "limit");
      return this;
    }

    /**
     * Sends every request within {@code budget} instead of a budget of the manager's own: managers
     * of one account (one per thread, or one per region of a tool) share the account's limit so.
     */
    public Builder requestBudget(RequestBudget budget) {
      this.budget = Objects.requireNonNull(budget, "budget");
      return this;
    }

    /** Timeouts, retries and redaction of the HTTP client. */
    public Builder http(HttpSettings http) {
      this.http = Objects.requireNonNull(http, "http");
      return this;
    }

    /** Sends the HTTP log, redacted, to {@code sink} (for example stderr) instead of SLF4J. */
    public Builder httpLog(Consumer<String> sink) {
      this.httpLog = Objects.requireNonNull(sink, "sink");
      return this;
    }

    /**
     * Whether an {@code http://} URL to a host that is not loopback is allowed; by default it is
     * refused, because credentials (API keys, signed requests) would cross the network unencrypted.
     * Loopback hosts ({@code localhost}, 127.0.0.0/8, {@code ::1}) are always allowed; host names
     * are not resolved to decide. Only HTTP is concerned: RFC 2136's {@code dns://} URLs are not,
     * since TSIG signs each message and never sends the secret.
     */
    public Builder allowInsecureHttp(boolean allowed) {
      this.insecureHttp = allowed;
      return this;
    }

    /**
     * Validates the credentials against the provider's forms, and the URL (an HTTP provider's must
     * be an http or https URL) against the HTTPS rule (see {@link #allowInsecureHttp}), then opens
     * the provider; nothing is sent before.
     */
    public DNSApiManager build() {
      if (provider == null) {
        throw new ValidationException(
            "no provider chosen", "null", "a provider name such as mock or route53");
      }
      ProviderMetadata metadata = provider.metadata();
      Supplier<Credentials> source = credentials;
      source.get().resolve(metadata);
      Supplier<MapCredentials> resolved = () -> source.get().resolve(metadata);
      String endpoint = url != null ? url : metadata.defaultUrl();
      if (isHttp(metadata.defaultUrl()) && HttpUrl.parse(endpoint) == null) {
        throw new ValidationException(
            metadata.name() + ": bad url",
            ProviderConfig.withoutUserInfo(endpoint),
            "an http or https URL such as " + metadata.defaultUrl());
      }
      InsecureHttp.check(metadata.name(), endpoint, insecureHttp);
      ProviderConfig config =
          new ProviderConfig(endpoint, resolved, clock, http, httpLog)
              .withSleeper(sleeper)
              .withMaxChangesPerBatch(maxChangesPerBatch)
              .withBudget(budget != null ? budget : budget(metadata, accountLimit, clock, sleeper));
      return new DNSApiManager(provider, config, provider.open(config));
    }
  }

  /**
   * The budget a manager of this provider paces its requests by: the vendor's documented limits,
   * the account-wide one replaced by {@code accountLimit} when given.
   */
  private static RequestBudget budget(
      ProviderMetadata metadata, RequestLimit accountLimit, Clock clock, Sleeper sleeper) {
    List<RequestLimit> limits = new ArrayList<>();
    if (accountLimit != null) {
      limits.add(accountLimit);
    }
    metadata.requestLimits().stream()
        .filter(limit -> accountLimit == null || limit.endpoint().isPresent())
        .forEach(limits::add);
    return new RequestBudget(limits, metadata.remainingHeader(), clock, sleeper);
  }

  /** Whether a provider speaks HTTP; asked by scheme, so that others never load the HTTP client. */
  private static boolean isHttp(String defaultUrl) {
    return defaultUrl.regionMatches(true, 0, "http:", 0, 5)
        || defaultUrl.regionMatches(true, 0, "https:", 0, 6);
  }

  private Denominator() {}
}
