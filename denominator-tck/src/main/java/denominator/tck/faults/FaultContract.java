package denominator.tck.faults;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.Credentials;
import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.DenominatorException;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeOutcome.Status;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.http.HttpSettings;
import denominator.http.RetryPolicy;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.tck.ProviderUnderTest;
import denominator.tck.TestZones;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fault matrix for one provider: for each {@link Fault}, a change set of 55 to 59 changes is
 * applied in ATOMIC mode through a {@link FaultProxy}, then the zone is read without faults.
 *
 * <p>Whatever happened, the zone must agree with what {@code apply} reported: every change reported
 * applied is in effect, every change failed, skipped or rolled back is not, and a change reported
 * unknown is one or the other; when {@code apply} throws, nothing changed. No set may end in a
 * third state (a change applied twice, or half). Retries must stop within the policy. And the
 * outcome must be the one {@code docs/RELIABILITY.md} gives for this provider: the table there is
 * this test's expectation, so it cannot drift from what the code does.
 */
public abstract class FaultContract {
  /** A short read timeout, so that {@link Fault#READ_TIMEOUT} is quick. */
  protected static final Duration READ_TIMEOUT = Duration.ofSeconds(1);

  /** Four attempts in at most eight seconds per call. */
  protected static final RetryPolicy RETRY =
      RetryPolicy.defaults()
          .withMaxAttempts(4)
          .withBaseDelay(Duration.ofMillis(20))
          .withMaxDelay(Duration.ofMillis(200))
          .withMaxTotal(Duration.ofSeconds(8));

  protected static final HttpSettings HTTP =
      HttpSettings.defaults().withReadTimeout(READ_TIMEOUT).withRetry(RETRY);

  /** How many changes each request carries under {@link Fault#LATER_BATCH_REFUSED}. */
  static final int BATCH_UNDER_REFUSAL = 20;

  /** This provider's column in {@code docs/RELIABILITY.md}. */
  protected abstract String column();

  /**
   * The provider under test: its URL is the upstream the injector stands in front of, its bad
   * credentials are those that expire mid-run, and the runs take their zones from its {@link
   * TestZones}.
   */
  protected abstract ProviderUnderTest target();

  /**
   * The most requests one call may send under a fault that never ends: by default {@link
   * RetryPolicy#maxAttempts}; more only where the HTTP client retries on its own.
   */
  protected int maxRequestsPerCall() {
    return RETRY.maxAttempts();
  }

  /** A throttled answer as this vendor sends it; by default HTTP 429. */
  protected MockResponse throttled(int request, boolean retryAfter) {
    return FaultProxy.tooManyRequests(request, retryAfter);
  }

  /**
   * A change refused as this vendor refuses an invalid change; by default HTTP 422 with a JSON
   * {@code error}, as PowerDNS answers.
   */
  protected MockResponse refused(int request) {
    return FaultProxy.unprocessable(request);
  }

  /** The injector between the provider and {@code upstream}; by default an HTTP proxy. */
  protected FaultInjector injector(String upstream) {
    return new FaultProxy(upstream, this::throttled, this::refused, READ_TIMEOUT);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Fault.class)
  void theZoneAgreesWithWhatApplyReported(Fault fault) {
    Outcome expected = Reliability.expected(fault, column());
    ProviderUnderTest target = target();
    try (FaultInjector injector = injector(target.url());
        DNSApiManager direct = target.connect()) {
      DNSApi api = direct.api();
      Zone zone = target.testZones().take(api);
      try {
        Map<RecordSetKey, ResourceRecordSet> given = read(api, zone); // SOA, NS, any glue
        FaultScenario scenario =
            FaultScenario.in(
                zone.name(),
                api.geoRecordSets(zone.id()).isPresent(),
                api.weightedRecordSets(zone.id()).isPresent(),
                direct.provider().metadata().weights(),
                target.qualifiersByPosition().isPresent());
        ChangeSet.Builder seed = ChangeSet.builder();
        scenario.before().forEach(seed::put);
        assertThat(api.apply(zone.id(), seed.build(), ApplyMode.ATOMIC).succeeded()).isTrue();

        Run run = applyThrough(target, injector, fault, zone.id(), scenario.changes());
        Map<RecordSetKey, ResourceRecordSet> after = read(api, zone);
        after.keySet().removeAll(given.keySet()); // SOA serials move on
        if (fault == Fault.LATER_BATCH_REFUSED) { // else the row tests nothing
          assertThat(run.hitAWrite())
              .as(
                  "write %d was refused: %d changes at most %d a request take several; %s",
                  Fault.REFUSED_WRITE,
                  scenario.changes().changes().size(),
                  BATCH_UNDER_REFUSAL,
                  run)
              .isTrue();
        }

        Outcome outcome = judge(scenario, run, after);
        System.out.printf(
            "fault matrix | %s | %s | %s | %s%n", column(), fault.label(), outcome, run);
        assertThat(outcome).as("%s at %s: %s", fault.label(), column(), run).isEqualTo(expected);
        assertRetriesStopped(fault, run);
      } finally {
        target.testZones().giveBack(api, zone);
      }
    }
  }

  /** What the call did: its result or the exception it threw, and how long it took. */
  record Run(
      Optional<ChangeResult> result,
      Optional<DenominatorException> thrown,
      Duration took,
      int requests,
      List<String> hit,
      boolean hitAWrite) {
    @Override
    public String toString() {
      return thrown.map(e -> "threw " + e).orElseGet(this::outcomes)
          + " in "
          + took.toMillis()
          + " ms, "
          + requests
          + " requests, fault hit "
          + hit;
    }

    private String outcomes() {
      Map<Status, Long> counts = new EnumMap<>(Status.class);
      result.get().outcomes().forEach(o -> counts.merge(o.status(), 1L, Long::sum));
      return counts
          + result.get().failures().stream().findFirst().map(f -> " e.g. " + f).orElse("");
    }
  }

  private Run applyThrough(
      ProviderUnderTest target,
      FaultInjector proxy,
      Fault fault,
      String zoneId,
      ChangeSet changes) {
    Credentials good = target.credentials();
    Supplier<Credentials> credentials = () -> good;
    if (fault == Fault.CREDENTIALS_EXPIRE) {
      Credentials expired =
          target
              .badCredentials()
              .orElseThrow(() -> new AssertionError("no bad credentials to expire into"));
      credentials = () -> proxy.received() >= 1 ? expired : good;
    }
    Denominator.Builder builder =
        target.builder().url(proxy.url()).credentials(credentials).http(HTTP);
    if (fault == Fault.LATER_BATCH_REFUSED) { // several writes, so that a later one is refused
      builder.maxChangesPerBatch(BATCH_UNDER_REFUSAL);
    }
    try (DNSApiManager faulty = builder.build()) {
      proxy.inject(fault);
      long start = System.nanoTime();
      Optional<ChangeResult> result = Optional.empty();
      Optional<DenominatorException> thrown = Optional.empty();
      try {
        result = Optional.of(faulty.api().apply(zoneId, changes, ApplyMode.ATOMIC));
      } catch (DenominatorException e) {
        thrown = Optional.of(e);
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      Run run = new Run(result, thrown, took, proxy.received(), proxy.hit(), proxy.hitAWrite());
      proxy.inject(null);
      return run;
    }
  }

  /**
   * Checks that the zone agrees with the report, then names the outcome: DESIRED when all was
   * applied, REFUSED when nothing was, UNKNOWN when some changes were reported unknown, PARTIAL
   * otherwise.
   */
  private static Outcome judge(
      FaultScenario scenario, Run run, Map<RecordSetKey, ResourceRecordSet> after) {
    Set<RecordSetKey> keys = new HashSet<>(scenario.initial().keySet());
    keys.addAll(scenario.desired().keySet());
    assertThat(keys).as("sets nobody wrote").containsAll(after.keySet());
    for (RecordSetKey key : keys) { // never a third state
      assertThat(Optional.ofNullable(after.get(key)))
          .as(key.toString())
          .isIn(scenario.initial(key), scenario.desired(key));
    }
    if (run.thrown().isPresent()) {
      assertThat(after)
          .as("apply threw %s, yet changed the zone", run.thrown().get())
          .isEqualTo(scenario.initial());
      return Outcome.REFUSED;
    }
    ChangeResult result = run.result().get();
    for (ChangeOutcome outcome : result.outcomes()) {
      RecordSetKey key = outcome.change().key();
      Optional<ResourceRecordSet> now = Optional.ofNullable(after.get(key));
      switch (outcome.status()) {
        case APPLIED ->
            assertThat(now).as("%s reported applied", key).isEqualTo(scenario.desired(key));
        case FAILED, SKIPPED, ROLLED_BACK ->
            assertThat(now)
                .as("%s reported %s", key, outcome.status())
                .isEqualTo(scenario.initial(key));
        case UNKNOWN -> assertThat(outcome.error()).isPresent();
      }
    }
    if (result.succeeded()) {
      return Outcome.DESIRED;
    }
    if (!result.withStatus(Status.UNKNOWN).isEmpty()) {
      return Outcome.UNKNOWN;
    }
    return result.withStatus(Status.APPLIED).isEmpty() ? Outcome.REFUSED : Outcome.PARTIAL;
  }

  /**
   * Under a fault that never ends, the call stops after at most {@link #maxRequestsPerCall}
   * requests and within its time budget; a fault that drops or delays answers must have hit a write
   * at least once, or the dangerous case was not tested.
   */
  private void assertRetriesStopped(Fault fault, Run run) {
    if (fault == Fault.ALWAYS_THROTTLED || fault == Fault.ALWAYS_DROPPED) {
      assertThat(run.requests()).as(run.toString()).isLessThanOrEqualTo(maxRequestsPerCall());
      assertThat(run.took())
          .as(run.toString())
          .isLessThan(RETRY.maxTotal().plus(READ_TIMEOUT.multipliedBy(2)));
    } else {
      // each request may wait out a read timeout and a back-off: a vendor without batches makes
      // one request per change, so its bound grows with the requests it made, not with time
      Duration perRequest = READ_TIMEOUT.plus(RETRY.maxDelay());
      assertThat(run.took())
          .as(run.toString())
          .isLessThan(Duration.ofSeconds(30).plus(perRequest.multipliedBy(run.requests())));
    }
    if (fault == Fault.DROPPED_AFTER_REQUEST
        || fault == Fault.READ_TIMEOUT
        || fault == Fault.WRITES_DROPPED
        || fault == Fault.DROPPED_FROM_FIRST_WRITE
        || fault == Fault.LATER_BATCH_REFUSED) {
      assertThat(run.hitAWrite()).as("a write met the fault: %s", run).isTrue();
    }
  }

  private static Map<RecordSetKey, ResourceRecordSet> read(DNSApi api, Zone zone) {
    Map<RecordSetKey, ResourceRecordSet> sets = new TreeMap<>();
    api.recordSets(zone.id()).forEach(set -> sets.put(set.key(), set));
    return sets;
  }

  /** How a run under a fault ended; the words of {@code docs/RELIABILITY.md}. */
  public enum Outcome {
    /** Every change applied; the zone is as desired. */
    DESIRED,
    /** Nothing applied; the call said so (failed outcomes, or an exception). */
    REFUSED,
    /** Some changes applied and the others reported failed, skipped or rolled back. */
    PARTIAL,
    /** Some changes reported unknown: the answer was lost and reading did not settle it. */
    UNKNOWN
  }
}
