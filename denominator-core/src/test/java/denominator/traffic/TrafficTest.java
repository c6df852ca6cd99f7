package denominator.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.AcrossZones;
import denominator.DNSApi;
import denominator.Denominator;
import denominator.GeoResourceRecordSetApi;
import denominator.InvalidChangeException;
import denominator.ResourceRecordSetApi;
import denominator.ValidationException;
import denominator.WeightedResourceRecordSetApi;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome.Status;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.change.PlanRefusedException;
import denominator.change.ZoneRead;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TrafficTest {
  final Target east = target("aws-like");
  final Target west = target("pdns-like");
  final List<Snapshot> saved = new ArrayList<>();

  static Target target(String name) {
    return target(name, Denominator.create("mock").api(), "example.com.");
  }

  /** A target whose zone {@code zone} has www and api with geo sets us-east, us-west, eu-west. */
  static Target target(String name, DNSApi api, String zone) {
    String id = api.zones().put(Zone.create(zone, "h@" + zone, 300));
    for (String host : List.of("www", "api")) {
      GeoResourceRecordSetApi geo = api.geoRecordSets(id).orElseThrow();
      geo.put(geo(host + "." + zone, "us-east", "US,CA,BR", "192.0.2.1"));
      geo.put(geo(host + "." + zone, "us-west", "US-WA,US-OR", "192.0.2.2"));
      geo.put(geo(host + "." + zone, "eu-west", "continent:EU,*", "192.0.2.3"));
    }
    return new Target(name, api, id, zone);
  }

  static ResourceRecordSet geo(String host, String qualifier, String regions, String address) {
    return ResourceRecordSet.builder()
        .name(host.endsWith(".") ? host : host + ".example.com.")
        .type("A")
        .ttl(60)
        .qualifier(qualifier)
        .geo(Geo.parse(regions))
        .add(address)
        .build();
  }

  static List<ResourceRecordSet> sets(Target target) {
    List<ResourceRecordSet> sets = new ArrayList<>();
    target.api().recordSets(target.zoneId()).forEach(sets::add);
    return sets;
  }

  OperationResult evacuateUsEast(List<Target> targets) {
    return Traffic.evacuate(
        targets,
        "us-east",
        List.of("us-west", "eu-west"),
        SaviourPolicy.nearestByContinent(),
        ApplyMode.ATOMIC,
        saved::add);
  }

  @Test
  void evacuationMovesEveryRegionToTheNearestSaviourAtEveryTarget() {
    List<ResourceRecordSet> before = sets(east);

    OperationResult result = evacuateUsEast(List.of(east, west));

    assertThat(result.succeeded()).isTrue();
    for (Target target : List.of(east, west)) {
      ResourceRecordSetApi sets = target.api().recordSets(target.zoneId());
      assertThat(sets.get("www.example.com.", "A", "us-east")).isEmpty();
      assertThat(sets.get("www.example.com.", "A", "us-west").orElseThrow().geo())
          .contains(Geo.parse("US-WA,US-OR,US,CA,BR"));
      assertThat(sets.get("api.example.com.", "A", "eu-west").orElseThrow().geo())
          .contains(Geo.parse("continent:EU,*"));
    }
    assertThat(saved).hasSize(1);
    assertThat(saved.get(0).plans().get("aws-like").changes()).hasSize(4);
    assertThat(
            saved.get(0).plans().get("aws-like").changes().stream()
                .map(c -> c.before().orElseThrow()))
        .isSubsetOf(before);
  }

  @Test
  void theSnapshotIsSavedBeforeAnythingChanges() {
    List<ResourceRecordSet> before = sets(east);

    assertThatThrownBy(
            () ->
                Traffic.evacuate(
                    List.of(east),
                    "us-east",
                    List.of("us-west"),
                    SaviourPolicy.first(),
                    ApplyMode.ATOMIC,
                    snapshot -> {
                      assertThat(sets(east)).containsExactlyInAnyOrderElementsOf(before);
                      throw new IllegalStateException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(sets(east)).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void restoreReturnsEverySetToExactlyItsSnapshotState() {
    List<ResourceRecordSet> before = sets(east);
    evacuateUsEast(List.of(east, west));
    Snapshot snapshot = Snapshot.fromJson(saved.get(0).toJson());

    OperationResult restored =
        Traffic.restore(List.of(east, west), snapshot, false, ApplyMode.ATOMIC);

    assertThat(restored.succeeded()).isTrue();
    assertThat(sets(east)).containsExactlyInAnyOrderElementsOf(before);
    assertThat(sets(west)).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void restoreRefusesSetsChangedSinceUnlessForced() {
    List<ResourceRecordSet> before = sets(east);
    evacuateUsEast(List.of(east));
    ResourceRecordSet edited = geo("www", "us-west", "US-WA,US-OR,US,CA,BR", "192.0.2.99");
    east.api().recordSets(east.zoneId()).put(edited);

    assertThatThrownBy(() -> Traffic.restore(List.of(east), saved.get(0), false, ApplyMode.ATOMIC))
        .isInstanceOfSatisfying(
            PlanRefusedException.class, e -> assertThat(e.keys()).containsExactly(edited.key()));
    assertThat(east.api().recordSets(east.zoneId()).get(edited.key())).contains(edited);

    assertThat(Traffic.restore(List.of(east), saved.get(0), true, ApplyMode.ATOMIC).succeeded())
        .isTrue();
    assertThat(sets(east)).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void aFailureAtTheSecondProviderRollsBackTheFirst() {
    List<ResourceRecordSet> before = sets(east);
    Target failing =
        new Target("failing", new RefusingApi(west.api()), west.zoneId(), "example.com.");

    OperationResult result = evacuateUsEast(List.of(east, failing));

    assertThat(result.succeeded()).isFalse();
    assertThat(result.targets().get(0).result().outcomes())
        .extracting(o -> o.status())
        .containsOnly(Status.ROLLED_BACK);
    assertThat(result.targets().get(1).result().outcomes())
        .extracting(o -> o.status())
        .containsOnly(Status.FAILED);
    assertThat(sets(east)).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void stopOnFirstKeepsTheFirstProviderAndSkipsTheRest() {
    Target failing =
        new Target("failing", new RefusingApi(west.api()), west.zoneId(), "example.com.");
    Target third = target("third");

    OperationResult result =
        Traffic.evacuate(
            List.of(east, failing, third),
            "us-east",
            List.of("us-west"),
            SaviourPolicy.first(),
            ApplyMode.STOP_ON_FIRST,
            saved::add,
            AcrossZones.SEQUENTIAL);

    assertThat(result.targets())
        .extracting(t -> t.result().outcomes().get(0).status())
        .containsExactly(Status.APPLIED, Status.FAILED, Status.SKIPPED);
    assertThat(east.api().recordSets(east.zoneId()).get("www.example.com.", "A", "us-east"))
        .isEmpty();
  }

  @Test
  void targetsRunSideBySideTellingTheirProgressAndEndAsOneAfterAnotherWould() {
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      targets.add(target("t" + i));
    }
    List<String> progress = Collections.synchronizedList(new ArrayList<>());
    AcrossZones fourAtOnce =
        AcrossZones.inParallel(4)
            .withProgress((step, done, total) -> progress.add(step + " " + done + "/" + total));

    OperationResult result =
        Traffic.evacuate(
            targets,
            "us-east",
            List.of("us-west", "eu-west"),
            SaviourPolicy.nearestByContinent(),
            ApplyMode.ATOMIC,
            saved::add,
            fourAtOnce);

    assertThat(result.succeeded()).isTrue();
    assertThat(result.targets())
        .extracting(TargetResult::target)
        .containsExactlyElementsOf(targets);
    List<String> expected = new ArrayList<>();
    for (String step : List.of("read", "apply")) {
      for (int done = 1; done <= 12; done++) {
        expected.add(step + " " + done + "/12");
      }
    }
    assertThat(progress).containsExactlyInAnyOrderElementsOf(expected);
    for (Target target : targets) {
      assertThat(target.api().recordSets(target.zoneId()).get("www.example.com.", "A", "us-east"))
          .isEmpty();
    }
  }

  @Test
  void targetsOfSeveralProvidersTakeTurnsAndResultsKeepTheCallersOrder() {
    List<String> applied = Collections.synchronizedList(new ArrayList<>());
    DNSApi aws = new HeldApi(Denominator.create("mock").api(), () -> applied.add("aws"));
    DNSApi pdns = new HeldApi(Denominator.create("mock").api(), () -> applied.add("pdns"));
    List<Target> targets =
        List.of(
            target("aws-1", aws, "one.example."),
            target("aws-2", aws, "two.example."),
            target("aws-3", aws, "three.example."),
            target("pdns-1", pdns, "one.example."),
            target("pdns-2", pdns, "two.example."));

    OperationResult result =
        Traffic.evacuate(
            targets,
            "us-east",
            List.of("us-west"),
            SaviourPolicy.first(),
            ApplyMode.ATOMIC,
            saved::add,
            AcrossZones.SEQUENTIAL);

    assertThat(applied).containsExactly("aws", "pdns", "aws", "pdns", "aws");
    assertThat(result.targets())
        .extracting(TargetResult::target)
        .containsExactlyElementsOf(targets);
    assertThat(saved.get(0).plans().keySet())
        .containsExactly("aws-1", "aws-2", "aws-3", "pdns-1", "pdns-2");
  }

  /**
   * The slow provider's targets come first and outnumber the threads; each waits, as a request
   * limit would hold it, until the fast provider has applied a target. Taken in the callers' order,
   * every thread would wait on a slow target while the fast ones queue behind them.
   */
  @Test
  void aProviderHeldByItsRequestLimitDoesNotHoldTheOthers() throws InterruptedException {
    CountDownLatch fastApplied = new CountDownLatch(1);
    AtomicInteger heldInVain = new AtomicInteger();
    DNSApi slow =
        new HeldApi(
            Denominator.create("mock").api(),
            () -> {
              try {
                if (!fastApplied.await(5, TimeUnit.SECONDS)) {
                  heldInVain.incrementAndGet();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    DNSApi fast = new HeldApi(Denominator.create("mock").api(), fastApplied::countDown);
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      targets.add(target("slow-" + i, slow, "zone-" + i + ".example."));
    }
    for (int i = 0; i < 4; i++) {
      targets.add(target("fast-" + i, fast, "zone-" + i + ".example."));
    }

    OperationResult result =
        Traffic.evacuate(
            targets,
            "us-east",
            List.of("us-west"),
            SaviourPolicy.first(),
            ApplyMode.ATOMIC,
            saved::add,
            AcrossZones.inParallel(2));

    assertThat(result.succeeded()).isTrue();
    assertThat(heldInVain).as("slow targets that waited for a fast one in vain").hasValue(0);
  }

  @Test
  void anEvacuationAppliesEachPlanFromTheReadItWasMadeFromAndASavedSnapshotFromNone() {
    ReadWatchingApi api = new ReadWatchingApi(Denominator.create("mock").api());
    Target target = target("watched", api, "example.com.");

    assertThat(evacuateUsEast(List.of(target)).succeeded()).isTrue();

    assertThat(api.madeFrom).singleElement().isSameAs(api.reads.get(0));
    Snapshot restore = new Snapshot(Traffic.planRestore(List.of(target), saved.get(0), false));
    assertThat(Traffic.apply(List.of(target), restore, ApplyMode.ATOMIC).succeeded()).isTrue();
    assertThat(api.madeFrom).hasSize(1);
  }

  @Test
  void aFailureAmongTargetsRunningSideBySideRollsBackEveryTargetThatApplied() {
    List<Target> targets = new ArrayList<>();
    List<List<ResourceRecordSet>> before = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Target target = target("t" + i);
      before.add(sets(target));
      targets.add(
          i == 3
              ? new Target(
                  "failing", new RefusingApi(target.api()), target.zoneId(), "example.com.")
              : target);
    }

    OperationResult result =
        Traffic.evacuate(
            targets,
            "us-east",
            List.of("us-west", "eu-west"),
            SaviourPolicy.nearestByContinent(),
            ApplyMode.ATOMIC,
            saved::add,
            AcrossZones.inParallel(3));

    assertThat(result.succeeded()).isFalse();
    for (int i = 0; i < 8; i++) {
      assertThat(result.targets().get(i).result().outcomes())
          .extracting(o -> o.status())
          .isNotEmpty()
          .isSubsetOf(i == 3 ? Status.FAILED : Status.ROLLED_BACK, Status.SKIPPED);
      assertThat(sets(targets.get(i))).containsExactlyInAnyOrderElementsOf(before.get(i));
    }
  }

  @Test
  void aNameWithoutASaviourFailsBeforeAnyChange() {
    east.api()
        .geoRecordSets(east.zoneId())
        .orElseThrow()
        .put(geo("lonely", "us-east", "US", "192.0.2.7"));
    List<ResourceRecordSet> before = sets(east);

    assertThatThrownBy(() -> evacuateUsEast(List.of(east)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.getMessage()).contains("lonely.example.com. A"));
    assertThat(sets(east)).containsExactlyInAnyOrderElementsOf(before);
    assertThat(saved).isEmpty();
  }

  @Test
  void aFixedMappingSendsRegionsWhereTheOperatorSaid() {
    Traffic.evacuate(
        List.of(east),
        "us-east",
        List.of("us-west", "eu-west"),
        SaviourPolicy.fixed(Map.of("continent:SA", "eu-west", "US", "us-west")),
        ApplyMode.ATOMIC,
        saved::add);

    ResourceRecordSetApi sets = east.api().recordSets(east.zoneId());
    assertThat(
            sets.get("www.example.com.", "A", "eu-west").orElseThrow().geo().orElseThrow().codes())
        .contains("BR");
    assertThat(
            sets.get("www.example.com.", "A", "us-west").orElseThrow().geo().orElseThrow().codes())
        .contains("US", "CA");
  }

  /**
   * A provider's API, its reads and change sets passed on; plans and whole-zone reads take {@link
   * DNSApi}'s defaults, so that they go through {@link #apply(String, ChangeSet, ApplyMode)} and
   * {@link #recordSets} of the test APIs below.
   */
  abstract static class ForwardingApi implements DNSApi {
    final DNSApi delegate;

    ForwardingApi(DNSApi delegate) {
      this.delegate = delegate;
    }

    @Override
    public ZoneApi zones() {
      return delegate.zones();
    }

    @Override
    public ResourceRecordSetApi recordSets(String zoneId) {
      return delegate.recordSets(zoneId);
    }

    @Override
    public Optional<GeoResourceRecordSetApi> geoRecordSets(String zoneId) {
      return delegate.geoRecordSets(zoneId);
    }

    @Override
    public Optional<WeightedResourceRecordSetApi> weightedRecordSets(String zoneId) {
      return delegate.weightedRecordSets(zoneId);
    }

    @Override
    public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
      return delegate.apply(zoneId, changes, mode);
    }
  }

  /** Delegates to a provider, first running {@code beforeApply} for each change set. */
  static final class HeldApi extends ForwardingApi {
    final Runnable beforeApply;

    HeldApi(DNSApi delegate, Runnable beforeApply) {
      super(delegate);
      this.beforeApply = beforeApply;
    }

    @Override
    public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
      beforeApply.run();
      return delegate.apply(zoneId, changes, mode);
    }
  }

  /** Delegates to a provider, keeping the zones it read whole and those plans were applied from. */
  static final class ReadWatchingApi extends ForwardingApi {
    final List<ZoneRead> reads = Collections.synchronizedList(new ArrayList<>());
    final List<ZoneRead> madeFrom = Collections.synchronizedList(new ArrayList<>());

    ReadWatchingApi(DNSApi delegate) {
      super(delegate);
    }

    @Override
    public ZoneRead read(String zoneId) {
      ZoneRead read = delegate.read(zoneId);
      reads.add(read);
      return read;
    }

    @Override
    public ChangeResult apply(String zoneId, Plan plan, ApplyMode mode, ZoneRead madeFrom) {
      this.madeFrom.add(madeFrom);
      return delegate.apply(zoneId, plan, mode, madeFrom);
    }
  }

  /** Delegates reads, refuses every change set, as a provider rejecting a batch would. */
  static final class RefusingApi extends ForwardingApi {
    RefusingApi(DNSApi delegate) {
      super(delegate);
    }

    @Override
    public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
      throw new InvalidChangeException("refusing", List.of("Throttled batch refused"));
    }
  }

  @Test
  void aQualifierNoSetHasIsATypoNamedWithTheOnesThatExist() {
    List<ResourceRecordSet> before = sets(east);

    assertThatThrownBy(
            () ->
                Traffic.evacuate(
                    List.of(east, west),
                    "us-eats",
                    List.of("us-west"),
                    SaviourPolicy.first(),
                    ApplyMode.ATOMIC,
                    saved::add))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.value()).isEqualTo("us-eats");
              assertThat(e.expected()).contains("us-east", "us-west", "eu-west");
            });
    assertThatThrownBy(
            () ->
                Traffic.evacuate(
                    List.of(east, west),
                    "us-east",
                    List.of("us-west", "eu-wset"),
                    SaviourPolicy.first(),
                    ApplyMode.ATOMIC,
                    saved::add))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("eu-wset"));
    assertThat(saved).isEmpty();
    assertThat(sets(east)).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void restoringTwiceFindsNothingLeftToDo() {
    List<ResourceRecordSet> before = sets(east);
    evacuateUsEast(List.of(east, west));
    Snapshot snapshot = saved.get(0);
    assertThat(Traffic.restore(List.of(east, west), snapshot, false, ApplyMode.ATOMIC).succeeded())
        .isTrue();

    OperationResult again = Traffic.restore(List.of(east, west), snapshot, false, ApplyMode.ATOMIC);

    assertThat(again.succeeded()).isTrue();
    assertThat(sets(east)).containsExactlyInAnyOrderElementsOf(before);
  }
}
