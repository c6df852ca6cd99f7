package denominator.designate;

import denominator.Credentials;
import denominator.Denominator;
import denominator.tck.ProviderUnderTest;
import denominator.tck.SimulatedVendor;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockWebServer;

/**
 * Opens managers to a Designate simulator (Keystone and Designate on one MockWebServer), with quick
 * retries. Registered as a static extension, serves a fresh simulator on loopback for the test
 * class.
 */
public final class SimulatedDesignate extends SimulatedVendor<DesignateSimulator> {
  public static final String USER = "demo";
  public static final String PASSWORD = "s3cret";
  public static final String PROJECT = "demo";
  public static final Credentials CREDENTIALS =
      Credentials.of(Map.of("username", USER, "password", PASSWORD, "projectName", PROJECT));
  static final Credentials BAD_CREDENTIALS =
      Credentials.of(Map.of("username", USER, "password", "wrong", "projectName", PROJECT));

  /**
   * Designate 15 refuses a TXT value of several short character-strings (their total at most 255
   * bytes): it takes one quoted string, or strings that each fill 255.
   */
  static final String SEVERAL_SHORT_STRINGS = "Designate refuses several short strings";

  /**
   * Designate's NAPTR fields are unquoted, so none can be empty (a SIP NAPTR's regexp often is).
   */
  static final String EMPTY_NAPTR_FIELD = "flags, services and regexp non-empty";

  /** The most items on a page of a roomy simulator's listings: few, so that listings page. */
  static final int PAGE_SIZE = 100;

  SimulatedDesignate() {
    this(roomy().build());
  }

  private SimulatedDesignate(DesignateSimulator simulator) {
    super(simulator, server -> target(server).withTokenExpiry(simulator::expireAllTokens));
  }

  /**
   * A simulator taking {@link #CREDENTIALS} whose quotas hold the contract's thousand-set change
   * sets and whose zones are active as soon as they are read after a write (propagation is tested
   * with a manual clock where it matters).
   */
  public static DesignateSimulator.Builder roomy() {
    return DesignateSimulator.builder()
        .user(USER, PASSWORD)
        .project(PROJECT)
        .propagationDelay(Duration.ZERO)
        .maxZones(10_000)
        .maxZoneRecordSets(100_000)
        .maxZoneRecords(100_000)
        .defaultLimit(20)
        .maxLimit(PAGE_SIZE);
  }

  /** The provider on the (roomy) simulator {@code server} serves, with a password it refuses. */
  public static ProviderUnderTest target(MockWebServer server) {
    return ProviderUnderTest.of(new DesignateProvider(), url(server), CREDENTIALS)
        .withBadCredentials(BAD_CREDENTIALS)
        .withFirstValueOnly("TXT", SEVERAL_SHORT_STRINGS)
        .withFirstValueOnly("NAPTR", EMPTY_NAPTR_FIELD)
        .with(b -> b.http(QUICK_RETRIES))
        .withZonePageSize(PAGE_SIZE); // the provider asks for 1,000: the simulator caps it
  }

  /** A manager's builder for the simulator, to set more (a fake clock, a batch size) on. */
  public static Denominator.Builder builder(MockWebServer server) {
    return Denominator.builder()
        .provider(new DesignateProvider())
        .url(url(server))
        .credentials(CREDENTIALS)
        .http(QUICK_RETRIES);
  }

  /** Keystone's v3 endpoint on the simulator: {@code http://127.0.0.1:PORT/identity/v3}. */
  public static String url(MockWebServer server) {
    return server.url("/identity/v3").toString();
  }
}
