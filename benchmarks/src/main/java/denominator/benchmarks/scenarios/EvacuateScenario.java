package denominator.benchmarks.scenarios;

import denominator.DNSApi;
import denominator.ResourceRecordSetApi;
import denominator.change.ApplyMode;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Geo;
import denominator.traffic.OperationResult;
import denominator.traffic.SaviourPolicy;
import denominator.traffic.Target;
import denominator.traffic.Traffic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 1: evacuate us-east from a zone of N geo names on the Route53 simulator, with our {@code
 * Traffic.evacuate}, with a naive read-before-write loop, and with the hand-written SDK program of
 * {@link SdkEvacuation} (the floor).
 */
final class EvacuateScenario {
  private static final List<String> SAVIOURS = List.of("us-west", "eu-west");

  private final Settings settings;
  private SimulatorFixture fixture;
  private String zoneId;

  EvacuateScenario(Settings settings) {
    this.settings = settings;
  }

  String report() throws Exception {
    int n = settings.evacuateNames();
    int naive = settings.naiveNames();
    Result ours =
        measure(
            n,
            () -> {
              Target target = new Target("route53", fixture.api(), zoneId, GeoZone.ZONE);
              OperationResult result =
                  Traffic.evacuate(
                      List.of(target),
                      "us-east",
                      SAVIOURS,
                      SaviourPolicy.first(),
                      ApplyMode.ATOMIC,
                      snapshot -> {});
              check(result.await(Duration.ofMinutes(5)).succeeded(), "evacuate failed");
            });
    Result loop = measure(n, () -> naiveLoop(fixture.api(), zoneId, naive));
    Result sdk = measure(n, () -> SdkEvacuation.run(fixture.sdk, zoneId));
    double perName = (double) loop.requests / naive;
    double loopRequestsAtN = perName * n;
    double loopWallAtN = loop.timing.medianMs() * n / naive;

    boolean requestsMet = ours.requests <= sdk.requests;
    boolean wallMet = ours.timing.medianMs() <= 1.1 * sdk.timing.medianMs();
    boolean fewerMet = loopRequestsAtN / ours.requests >= 50;
    Table table =
        new Table(
            "variant",
            "N (names)",
            "requests",
            "wall: median (min–max)",
            "vs (c) SDK floor",
            "vs (b) naive");
    table.row(
        "(a) `Traffic.evacuate`",
        fmt(n),
        ours.cell,
        ours.timing.cell(),
        Timing.ratio(ours.timing.medianMs(), sdk.timing.medianMs())
            + " wall, "
            + Timing.ratio(ours.requests, sdk.requests)
            + " requests",
        String.format(
            "%.0f× fewer requests, %.0f× faster",
            loopRequestsAtN / ours.requests, loopWallAtN / ours.timing.medianMs()));
    table.row(
        "(b) naive get + put/delete per set",
        fmt(naive) + " measured",
        loop.cell,
        loop.timing.cell(),
        "",
        "");
    table.row(
        "(b) extrapolated to N",
        fmt(n),
        String.format("≈ %,.0f", loopRequestsAtN),
        "≈ " + Timing.ms(loopWallAtN),
        "",
        "");
    table.row(
        "(c) hand-written AWS SDK v2, 1,000-record batches",
        fmt(n),
        sdk.cell,
        sdk.timing.cell(),
        "1.00×",
        "");
    return "### 1. Evacuate a region (Route53 simulator)\n\n"
        + "A zone of N names, each with geo sets us-east, us-west and eu-west of ten countries"
        + " each (30 Route53 record sets per name, since Route53 allows one location per record"
        + " set); evacuate us-east to us-west. Injected latency "
        + settings.latency().toMillis()
        + " ms plus up to as much again per request. Each run starts from a freshly seeded"
        + " simulator; requests are the simulator's counts for one run, reads included. (b) reads"
        + " each set and then deletes us-east and puts us-west, name by name, through our"
        + " `ResourceRecordSetApi`; it is measured on the first "
        + fmt(naive)
        + " names only and"
        + " extrapolated linearly (it would take minutes at N). (c) lists the zone with the SDK"
        + " paginator, sends DELETE + CREATE of every moved location in batches of at most 1,000"
        + " records, then polls GetChange once per batch.\n\n"
        + table
        + "\n"
        + goal(
            "requests: ceil(changes / 1,000) writes plus the reads needed, i.e. no more than"
                + " (c)",
            requestsMet,
            ours.requests + " vs " + sdk.requests)
        + goal(
            "wall ≤ 1.1× (c)", wallMet, Timing.ratio(ours.timing.medianMs(), sdk.timing.medianMs()))
        + goal(
            "≥ 50× fewer requests than (b)",
            fewerMet,
            String.format("%.0f×", loopRequestsAtN / ours.requests))
        + "\n";
  }

  static String goal(String goal, boolean met, String actual) {
    return "- Goal " + goal + ": " + (met ? "**met**" : "**missed**") + " (" + actual + ").\n";
  }

  private record Result(int requests, String cell, Timing timing) {}

  private Result measure(int names, Timing.Trial variant) throws Exception {
    Timing timing =
        Timing.measure(
            settings.runs(),
            new Timing.Trial() {
              @Override
              public void prepare() throws Exception {
                if (fixture != null) {
                  fixture.close();
                }
                fixture = new SimulatorFixture();
                zoneId = fixture.seed(GeoZone.ZONE, GeoZone.sets(names));
                fixture.startCounting(settings.latency());
              }

              @Override
              public void run() throws Exception {
                variant.run();
              }
            });
    Result result = new Result(fixture.simulator.requests(), fixture.requestsCell(), timing);
    fixture.close();
    fixture = null;
    return result;
  }

  /** What older libraries did: read each set, then write it, one set at a time. */
  static void naiveLoop(DNSApi api, String zoneId, int names) {
    ResourceRecordSetApi sets = api.recordSets(zoneId);
    for (int i = 0; i < names; i++) {
      String name = GeoZone.name(i);
      ResourceRecordSet east = sets.get(name, "A", "us-east").orElseThrow();
      sets.delete(east.key()); // first, else Route53 refuses two sets for one location
      ResourceRecordSet west = sets.get(name, "A", "us-west").orElseThrow();
      List<String> codes = new ArrayList<>(west.geo().orElseThrow().codes());
      codes.addAll(east.geo().orElseThrow().codes());
      sets.put(west.toBuilder().geo(Geo.of(codes.toArray(String[]::new))).build());
    }
  }

  static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }

  static String fmt(int n) {
    return String.format("%,d", n);
  }
}
