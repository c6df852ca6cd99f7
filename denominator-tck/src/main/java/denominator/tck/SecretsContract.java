package denominator.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import denominator.Credentials;
import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.Provider;
import denominator.ProviderConfig;
import denominator.ProviderMetadata;
import denominator.ResourceRecordSetApi;
import denominator.ValidationException;
import denominator.http.HttpSettings;
import denominator.http.RetryPolicy;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole contract suite run with recognisable secrets (the target's credentials, their values
 * registered with {@link LeakDetector#secret}), watched for leaks: no secret value may appear in
 * the HTTP log (at full detail, headers and bodies), in anything written to stdout or stderr (SLF4J
 * at TRACE included), in any exception that crosses the API (message, {@code toString()}, stack
 * trace with causes), or in the {@code toString()} of the manager, its APIs, credentials, config
 * and settings. Beyond the suites it walks the error paths: refused credentials, credentials of no
 * form, an unknown zone, and a change the provider refuses. The check runs once, after every test
 * of the class.
 *
 * <pre>{@code
 * class PowerDnsSecretsTest extends SecretsContract {
 *   static final LeakDetector leaks = new LeakDetector();
 *   static final String KEY = leaks.secret("powerdns-apiKey");
 *   ... leaks(), and target() with KEY as its credentials
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SecretsContract extends ProviderContract {
  /** Logs everything, and retries quickly so that throttling tests stay short. */
  static final HttpSettings LOG_EVERYTHING =
      HttpSettings.defaults()
          .withLogBodies(true)
          .withRetry(RetryPolicy.defaults().withBaseDelay(Duration.ofMillis(10)));

  private CapturedOutput output;
  private String name = "the provider"; // as it was connected: at the end its server may be gone

  /** Where the secrets given to the provider are registered and what was seen is recorded. */
  protected abstract LeakDetector leaks();

  @BeforeAll
  final void captureOutput() {
    output = CapturedOutput.start();
  }

  @AfterAll
  final void noSecretAppearedAnywhere() {
    output.close();
    leaks().saw("stdout and stderr", withoutKnownThirdPartyLeaks(output.text()));
    assertThat(leaks().texts()).as("texts recorded").isPositive();
    leaks().assertNoLeak();
    System.out.println(
        name
            + ": none of "
            + leaks().secrets()
            + " secrets in "
            + leaks().texts()
            + " texts checked");
  }

  /**
   * The target, watched: its HTTP log at full detail goes to {@link #leaks}, and every exception
   * thrown through its APIs, its config and its APIs' {@code toString()} are recorded there.
   */
  @Override
  protected final ProviderUnderTest connection() {
    return watched(target());
  }

  /** A watched manager to the target with its good credentials. */
  protected final DNSApiManager connect() {
    return connection().connect();
  }

  /** A watched manager to any provider under test, e.g. a simulator set to throttle. */
  protected final DNSApiManager open(ProviderUnderTest target) {
    return watched(target).connect();
  }

  private ProviderUnderTest watched(ProviderUnderTest target) {
    name = target.provider().metadata().name();
    Provider watched = new Watched(target.provider(), leaks());
    return target
        .with(builder -> builder.provider(watched).http(LOG_EVERYTHING))
        .withHttpLog(leaks().sink("HTTP log"));
  }

  /**
   * Removes, from what stdout and stderr got, log entries of a third-party library known to show a
   * secret at DEBUG or TRACE, which Denominator cannot prevent; the provider's documentation must
   * warn of each, and a test should pin it so that its removal is noticed. None by default.
   */
  protected String withoutKnownThirdPartyLeaks(String output) {
    return output;
  }

  /** What stdout and stderr got so far, SLF4J at TRACE included. */
  protected final String capturedOutput() {
    return output.text();
  }

  /** Whether SLF4J logs at TRACE into {@link #capturedOutput()}: true with slf4j-simple. */
  protected final boolean tracing() {
    return output.tracing();
  }

  /** The error paths and objects beyond the suites: each records what it saw. */
  @Nested
  class ErrorsAndObjects extends Contract {
    private Provider provider() {
      return target().provider();
    }

    private String url() {
      return target().url();
    }

    /** The values of the good credentials, by parameter name. */
    private Map<String, String> credentials() {
      Credentials credentials = target().credentials();
      return credentials == Credentials.anonymous()
          ? Map.of()
          : credentials.resolve(provider().metadata()).values();
    }

    @Test
    void refusedCredentialsAreReportedWithoutTheirValues() {
      Optional<DNSApiManager> bad = target().connectWithBadCredentials();
      assumeTrue(bad.isPresent(), provider().metadata().name() + " takes no credentials");
      try (DNSApiManager manager = bad.get()) {
        Throwable refused = catchThrowable(() -> list(manager.api().zones()));
        assertThat(refused).isNotNull();
        leaks().sawThrown("bad credentials", refused);
      }
    }

    @Test
    void credentialsOfNoFormAreRefusedWithoutTheirValues() {
      List<String> values = new ArrayList<>(credentials().values());
      values.addAll(
          List.of(
              leaks().secret("no-form-1"),
              leaks().secret("no-form-2"),
              leaks().secret("no-form-3"),
              leaks().secret("no-form-4"),
              leaks().secret("no-form-5")));
      Map<String, String> misnamed = Map.of("password", leaks().secret("misnamed-password"));
      for (Credentials wrong :
          List.of(Credentials.of(values.toArray(String[]::new)), Credentials.of(misnamed))) {
        leaks().sawToString("wrong credentials", wrong);
        leaks().saw("wrong credentials describe()", wrong.describe());
        Throwable refused =
            catchThrowable(
                () ->
                    Denominator.builder()
                        .provider(provider())
                        .url(url())
                        .credentials(wrong)
                        .build());
        assertThat(refused).isInstanceOf(ValidationException.class);
        leaks().sawThrown("credentials of no form", refused);
      }
    }

    @Test
    void anUnknownZoneIsReportedWithoutSecrets() {
      Throwable missing = catchThrowable(() -> list(api().recordSets("absent.denominator.test.")));
      assertThat(missing).isNotNull();
    }

    @Test
    void aChangeTheProviderRefusesIsReportedWithoutSecrets() {
      Zone zone = newZone();
      ResourceRecordSetApi sets = api().recordSets(zone.id());
      String name = "www." + zone.name();
      sets.put(RecordSetContract.a(name, 300, "192.0.2.1"));
      // a CNAME may not share its name with other data (RFC 1034 §3.6.2); some providers ignore it
      Throwable refused =
          catchThrowable(
              () ->
                  sets.put(
                      ResourceRecordSet.builder()
                          .name(name)
                          .type("CNAME")
                          .ttl(300)
                          .add("target.example.")
                          .build()));
      leaks().saw("refused change", refused == null ? "accepted" : refused.toString());
      leaks().sawToString("record sets", list(sets.iterator()));
    }

    @Test
    void noObjectShowsASecretInToString() {
      Credentials credentials = Credentials.of(credentials());
      ProviderMetadata metadata = provider().metadata();
      leaks().sawToString("credentials", credentials);
      leaks().sawToString("resolved credentials", credentials.resolve(metadata));
      leaks()
          .sawToString(
              "credential list", Credentials.of(credentials().values().toArray(String[]::new)));
      leaks().sawToString("provider", provider());
      leaks().sawToString("manager", manager());
      leaks().sawToString("metadata", metadata);
      leaks().sawToString("http settings", LOG_EVERYTHING);
      leaks()
          .sawToString(
              "provider config",
              new ProviderConfig(
                  url(),
                  () -> credentials.resolve(metadata),
                  Clock.systemUTC(),
                  LOG_EVERYTHING,
                  line -> {}));
      DNSApi api = api();
      leaks().sawToString("zones", api.zones());
      Zone zone = newZone();
      leaks().sawToString("zone", zone);
      leaks().sawToString("record sets", api.recordSets(zone.id()));
      api.geoRecordSets(zone.id()).ifPresent(geo -> leaks().sawToString("geo", geo));
      api.weightedRecordSets(zone.id()).ifPresent(w -> leaks().sawToString("weighted", w));
    }
  }

  /** A provider whose APIs record every exception thrown through them. */
  private record Watched(Provider delegate, LeakDetector leaks) implements Provider {
    @Override
    public ProviderMetadata metadata() {
      return delegate.metadata();
    }

    @Override
    public DNSApi open(ProviderConfig config) {
      leaks.sawToString("provider config", config);
      DNSApi api = delegate.open(config);
      leaks.sawToString("api", api);
      return ThrownRecorder.wrap(api, leaks);
    }

    @Override
    public String toString() {
      return delegate.toString();
    }
  }
}
