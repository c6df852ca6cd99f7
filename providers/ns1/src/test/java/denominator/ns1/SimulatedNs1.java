package denominator.ns1;

import denominator.Credentials;
import denominator.Denominator;
import denominator.tck.ProviderUnderTest;
import denominator.tck.SimulatedVendor;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockWebServer;

/**
 * Opens managers to an NS1 simulator served by a MockWebServer, with quick retries. Registered as a
 * static extension, serves a fresh simulator on loopback for the test class.
 */
public final class SimulatedNs1 extends SimulatedVendor<Ns1Simulator> {
  public static final String API_KEY = "ns1-test-key";
  public static final Credentials CREDENTIALS = Credentials.of(Map.of("apiKey", API_KEY));
  static final Credentials BAD_CREDENTIALS = Credentials.of(Map.of("apiKey", "wrong-key"));

  /** NS1 keeps a TXT answer as one raw string: a value of several strings is refused. */
  static final String SINGLE_STRING = "several character-strings";

  SimulatedNs1() {
    super(roomy().build(), SimulatedNs1::target);
  }

  /**
   * A simulator taking {@link #API_KEY} whose rate-limit buckets are large enough that the
   * contract's thousand-set change sets are not paced: pacing has its own tests and benchmark.
   */
  public static Ns1Simulator.Builder roomy() {
    return Ns1Simulator.builder()
        .apiKey(API_KEY)
        .readLimit(1_000_000, Duration.ofSeconds(1))
        .writeLimit(1_000_000, Duration.ofSeconds(1));
  }

  /** The provider on the simulator {@code server} serves, with a key it refuses. */
  public static ProviderUnderTest target(MockWebServer server) {
    return ProviderUnderTest.of(new Ns1Provider(), url(server), CREDENTIALS)
        .withBadCredentials(BAD_CREDENTIALS)
        .withFirstValueOnly("TXT", SINGLE_STRING)
        .with(b -> b.http(QUICK_RETRIES))
        .withZonePageSize(1000); // the simulator's default: NS1's, an ASSUMPTION (README)
  }

  /** A manager's builder for the simulator, to set more (a fake clock, a batch size) on. */
  public static Denominator.Builder builder(MockWebServer server) {
    return Denominator.builder()
        .provider(new Ns1Provider())
        .url(url(server))
        .credentials(CREDENTIALS)
        .http(QUICK_RETRIES);
  }

  /** The simulator's base URL, as NS1's: {@code http://127.0.0.1:PORT/v1}. */
  public static String url(MockWebServer server) {
    return server.url("/v1").toString();
  }
}
