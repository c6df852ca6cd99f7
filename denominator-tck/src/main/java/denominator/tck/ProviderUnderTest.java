package denominator.tck;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.Provider;
import denominator.http.RequestBudget;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * How the contract suites reach one provider under test: the provider, its URL on the test server,
 * credentials it accepts and, where it takes any, credentials of the right form that it refuses;
 * where the tests get their zones; any settings and HTTP log every manager gets; and how many zones
 * a request of its zone listing returns, where it pages them. Suites open managers from {@link
 * #builder()}, to which they may add their own settings ({@code .maxChangesPerBatch(2)}, {@code
 * .http(..)}, {@code .sleeper(..)}).
 *
 * <pre>{@code
 * ProviderUnderTest.of("powerdns", server.apiUrl(), Credentials.of(Map.of("apiKey", key)))
 *     .withBadCredentials(Credentials.of(Map.of("apiKey", "not-the-key")));
 * }</pre>
 */
public record ProviderUnderTest(
    Provider provider,
    String url,
    Credentials credentials,
    Optional<Credentials> badCredentials,
    TestZones testZones,
    UnaryOperator<Denominator.Builder> settings,
    Optional<Consumer<String>> httpLog,
    Map<String, String> firstValueOnly,
    Optional<String> qualifiersByPosition,
    Optional<Runnable> expireTokens,
    OptionalInt zonePageSize) {

  public ProviderUnderTest {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(badCredentials, "badCredentials");
    Objects.requireNonNull(testZones, "testZones");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(httpLog, "httpLog");
    firstValueOnly = Map.copyOf(firstValueOnly);
    Objects.requireNonNull(qualifiersByPosition, "qualifiersByPosition");
    Objects.requireNonNull(expireTokens, "expireTokens");
    Objects.requireNonNull(zonePageSize, "zonePageSize");
  }

  /**
   * {@code provider} at {@code url} with {@code credentials}, no bad credentials, zones created and
   * deleted per test.
   */
  public static ProviderUnderTest of(Provider provider, String url, Credentials credentials) {
    return new ProviderUnderTest(
        provider,
        url,
        credentials,
        Optional.empty(),
        TestZones.CREATE_AND_DELETE,
        UnaryOperator.identity(),
        Optional.empty(),
        Map.of(),
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty());
  }

  /** As {@link #of(Provider, String, Credentials)}, the provider found by its name. */
  public static ProviderUnderTest of(String provider, String url, Credentials credentials) {
    return of(Denominator.provider(provider), url, credentials);
  }

  /** The provider named {@code provider} at its default URL, taking no credentials. */
  public static ProviderUnderTest of(String provider) {
    Provider found = Denominator.provider(provider);
    return of(found, found.metadata().defaultUrl(), Credentials.anonymous());
  }

  /** The same, with credentials of the right form that the provider refuses. */
  public ProviderUnderTest withBadCredentials(Credentials bad) {
    return new ProviderUnderTest(
        provider,
        url,
        credentials,
        Optional.of(bad),
        testZones,
        settings,
        httpLog,
        firstValueOnly,
        qualifiersByPosition,
        expireTokens,
        zonePageSize);
  }

  /** The same, the tests getting their zones from {@code zones}. */
  public ProviderUnderTest withTestZones(TestZones zones) {
    return new ProviderUnderTest(
        provider,
        url,
        credentials,
        badCredentials,
        zones,
        settings,
        httpLog,
        firstValueOnly,
        qualifiersByPosition,
        expireTokens,
        zonePageSize);
  }

  /** The same, every manager getting {@code more} settings after those it had. */
  public ProviderUnderTest with(UnaryOperator<Denominator.Builder> more) {
    UnaryOperator<Denominator.Builder> before = settings;
    return new ProviderUnderTest(
        provider,
        url,
        credentials,
        badCredentials,
        testZones,
        b -> more.apply(before.apply(b)),
        httpLog,
        firstValueOnly,
        qualifiersByPosition,
        expireTokens,
        zonePageSize);
  }

  /**
   * The same, the HTTP log of every manager also going to {@code sink}: sinks add up, so that a
   * suite counting requests does not take the log from a contract watching it.
   */
  public ProviderUnderTest withHttpLog(Consumer<String> sink) {
    Consumer<String> all = httpLog.map(before -> before.andThen(sink)).orElse(sink);
    return new ProviderUnderTest(
        provider,
        url,
        credentials,
        badCredentials,
        testZones,
        settings,
        Optional.of(all),
        firstValueOnly,
        qualifiersByPosition,
        expireTokens,
        zonePageSize);
  }

  /**
   * The same, the round trip of {@code type} using only the first of the TCK's stock values, which
   * the vendor can hold, because it cannot hold the other one: {@code why} says which rule refuses
   * it, and the test checks that rule.
   */
  public ProviderUnderTest withFirstValueOnly(String type, String why) {
    Map<String, String> more = new HashMap<>(firstValueOnly);
    more.put(type, why);
    return new ProviderUnderTest(
        provider,
        url,
        credentials,
        badCredentials,
        testZones,
        settings,
        httpLog,
        more,
        qualifiersByPosition,
        expireTokens,
        zonePageSize);
  }

  /**
   * The same, for a vendor that keeps a name's weighted sets as a list without names: the weighted
   * contract names its sets {@code "0"}, {@code "1"}, ... (their positions) and checks that another
   * qualifier is refused before any request, for the reason {@code why}.
   */
  public ProviderUnderTest withQualifiersByPosition(String why) {
    return new ProviderUnderTest(
        provider,
        url,
        credentials,
        badCredentials,
        testZones,
        settings,
        httpLog,
        firstValueOnly,
        Optional.of(why),
        expireTokens,
        zonePageSize);
  }

  /**
   * The same, for a vendor that trades credentials for short-lived tokens: {@code expire} makes the
   * vendor refuse every token issued so far, and the change-set suite checks that a manager holding
   * one gets a new one and carries on.
   */
  public ProviderUnderTest withTokenExpiry(Runnable expire) {
    return new ProviderUnderTest(
        provider,
        url,
        credentials,
        badCredentials,
        testZones,
        settings,
        httpLog,
        firstValueOnly,
        qualifiersByPosition,
        Optional.of(expire),
        zonePageSize);
  }

  /**
   * The same, for a provider whose zone listing returns at most {@code zones} zones a request (its
   * page size): the zone suite checks that a lookup among more zones than that still takes a
   * request or two, counted in the HTTP log.
   */
  public ProviderUnderTest withZonePageSize(int zones) {
    return new ProviderUnderTest(
        provider,
        url,
        credentials,
        badCredentials,
        testZones,
        settings,
        httpLog,
        firstValueOnly,
        qualifiersByPosition,
        expireTokens,
        OptionalInt.of(zones));
  }

  /** A builder for a manager to the provider with the good credentials and every setting. */
  public Denominator.Builder builder() {
    return builder(credentials);
  }

  /**
   * A builder for a manager to the provider with {@code these} credentials and every setting. On
   * loopback (a simulator or a local server) requests are not paced by the vendor's documented
   * limits: the simulators enforce none unless a test asks them to, and pacing would only slow the
   * suites; a live vendor keeps them.
   */
  public Denominator.Builder builder(Credentials these) {
    Denominator.Builder builder =
        Denominator.builder().provider(provider).url(url).credentials(these);
    if (LoopbackServers.isLoopback(url)) {
      builder.requestBudget(RequestBudget.unlimited());
    }
    builder = settings.apply(builder);
    httpLog.ifPresent(builder::httpLog);
    return builder;
  }

  /** A manager to the provider with the good credentials. */
  public DNSApiManager connect() {
    return builder().build();
  }

  /** A manager whose credentials the provider refuses; empty if it takes none. */
  public Optional<DNSApiManager> connectWithBadCredentials() {
    return badCredentials.map(bad -> builder(bad).build());
  }
}
