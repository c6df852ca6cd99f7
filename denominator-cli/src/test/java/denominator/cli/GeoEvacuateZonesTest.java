package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.change.ApplyMode;
import denominator.change.Plan;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import denominator.traffic.SaviourPolicy;
import denominator.traffic.Snapshot;
import denominator.traffic.Target;
import denominator.traffic.Traffic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code geo evacuate --zones/--all-zones} and {@code geo restore} of their snapshots, run as the
 * built CLI on a mock store of four zones: a, b and c with geo sets {@code europe} and {@code
 * elsewhere}, d without geo sets.
 */
class GeoEvacuateZonesTest {
  private static final List<String> GEO_ZONES = List.of("a.example.", "b.example.", "c.example.");

  @TempDir Path home;
  private Path store;
  private CliProcess cli;

  @BeforeEach
  void seed() {
    store = home.resolve("mock.json");
    try (DNSApiManager manager = mock()) {
      DNSApi api = manager.api();
      for (String zone : GEO_ZONES) {
        String id = api.zones().put(Zone.create(zone, "hostmaster@" + zone, 3600));
        List<ResourceRecordSet> sets =
            List.of(
                geo(zone, "europe", "continent:EU", "192.0.2.1"),
                geo(zone, "elsewhere", "*", "192.0.2.2"),
                ResourceRecordSet.builder()
                    .name("mail." + zone)
                    .type("A")
                    .ttl(300)
                    .add("192.0.2.25")
                    .build());
        api.apply(id, Plan.between(zone, List.of(), sets), ApplyMode.ATOMIC);
      }
      String d = api.zones().put(Zone.create("d.example.", "hostmaster@d.example.", 3600));
      api.apply(
          d,
          Plan.between(
              "d.example.",
              List.of(),
              List.of(
                  ResourceRecordSet.builder()
                      .name("www.d.example.")
                      .type("A")
                      .ttl(300)
                      .add("192.0.2.4")
                      .build())),
          ApplyMode.ATOMIC);
    }
    cli = new CliProcess(home);
  }

  @Test
  void anEvacuationOfThreeZonesRestoresEachToItsExactSets() throws Exception {
    Map<String, List<ResourceRecordSet>> before = geoSets();
    Path snapshot = home.resolve("snapshot.json");

    CliProcess.Result evacuated =
        run(
            "geo",
            "evacuate",
            "--zones",
            "a.example,b.example.,c.example",
            "-q",
            "europe",
            "--to",
            "elsewhere",
            "--snapshot",
            snapshot.toString());

    assertThat(evacuated.code()).as(evacuated.toString()).isZero();
    assertThat(evacuated.out())
        .contains(
            "a.example. (id a.example.): changed",
            "  APPLIED delete www.b.example. A europe",
            "  APPLIED put www.c.example. A elsewhere ttl=60 geo=*,continent:EU [192.0.2.2]")
        .endsWith("3 zones: 3 changed, 0 unchanged, 0 rolled back, 0 failed\n");
    assertThat(evacuated.err()).contains("evacuated europe in 3 of 3 zones at mock");
    geoSets()
        .forEach(
            (zone, sets) ->
                assertThat(sets)
                    .as(zone)
                    .singleElement()
                    .satisfies(s -> assertThat(s.qualifier()).hasValue("elsewhere")));
    assertThat(Snapshot.fromJson(Files.readString(snapshot)).plans().keySet())
        .containsExactlyElementsOf(GEO_ZONES);

    CliProcess.Result restored = run("geo", "restore", "--snapshot", snapshot.toString());

    assertThat(restored.code()).as(restored.toString()).isZero();
    assertThat(restored.out())
        .endsWith("3 zones: 3 changed, 0 unchanged, 0 rolled back, 0 failed\n");
    assertThat(geoSets()).isEqualTo(before);
    CliProcess.Result again = run("geo", "restore", "--snapshot", snapshot.toString());
    assertThat(again.code()).isZero();
    assertThat(again.err()).contains("nothing to change: the 3 zones already hold");
  }

  @Test
  void allZonesEvacuatesEveryZoneWithTheQualifierAndRestoresOneWithZ() throws Exception {
    Map<String, List<ResourceRecordSet>> before = geoSets();

    CliProcess.Result evacuated =
        run("-o", "json", "geo", "evacuate", "--all-zones", "-q", "europe", "--to", "elsewhere");

    assertThat(evacuated.code()).as(evacuated.toString()).isZero();
    List<JsonObject> events =
        evacuated.out().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    assertThat(events.get(0).get("event").getAsString()).isEqualTo("snapshot");
    assertThat(events.subList(1, events.size() - 1))
        .hasSize(6)
        .allSatisfy(e -> assertThat(e.get("event").getAsString()).isEqualTo("change"))
        .extracting(e -> e.get("target").getAsString())
        .containsOnlyElementsOf(GEO_ZONES);
    JsonObject summary = events.get(events.size() - 1);
    assertThat(summary.toString())
        .isEqualTo(
            "{\"event\":\"summary\",\"zones\":4,\"changed\":3,\"unchanged\":1,"
                + "\"rolledBack\":0,\"failed\":0,\"skipped\":0}");
    Path snapshot = Path.of(events.get(0).get("path").getAsString());
    assertThat(snapshot.getParent()).isEqualTo(home.resolve(".denominator/snapshots"));
    assertThat(snapshot.getFileName().toString())
        .startsWith("evacuation-europe-")
        .endsWith(".json");
    assertThat(Snapshot.fromJson(Files.readString(snapshot)).plans())
        .containsOnlyKeys("a.example.", "b.example.", "c.example.", "d.example.")
        .hasEntrySatisfying("d.example.", plan -> assertThat(plan.isEmpty()).isTrue());

    CliProcess.Result one =
        run("geo", "-z", "b.example", "restore", "--snapshot", snapshot.toString());

    assertThat(one.code()).as(one.toString()).isZero();
    assertThat(one.out()).startsWith("APPLIED put www.b.example.").doesNotContain("zones:");
    Map<String, List<ResourceRecordSet>> after = geoSets();
    assertThat(after.get("b.example.")).isEqualTo(before.get("b.example."));
    assertThat(after.get("a.example.")).isNotEqualTo(before.get("a.example."));

    CliProcess.Result nothingLeft =
        run("geo", "evacuate", "--all-zones", "-q", "nowhere", "--to", "elsewhere");
    assertThat(nothingLeft.code()).isEqualTo(2);
    assertThat(nothingLeft.errLines())
        .singleElement()
        .asString()
        .contains("no geo set has the evacuate qualifier: nowhere");
  }

  @Test
  void aDryRunPrintsEveryZonesPlanAndSendsNothing() throws Exception {
    String stored = Files.readString(store);

    CliProcess.Result dryRun =
        run("geo", "evacuate", "--all-zones", "-q", "europe", "--to", "elsewhere", "--dry-run");

    assertThat(dryRun.code()).as(dryRun.toString()).isZero();
    assertThat(dryRun.out().lines().filter(l -> l.startsWith("dry run: plan for ")))
        .containsExactly(
            "dry run: plan for a.example.: 0 to create, 1 to update, 1 to delete",
            "dry run: plan for b.example.: 0 to create, 1 to update, 1 to delete",
            "dry run: plan for c.example.: 0 to create, 1 to update, 1 to delete");
    assertThat(dryRun.err()).contains("dry run: nothing sent; 3 zones would change");
    assertThat(Files.readString(store)).isEqualTo(stored);
    assertThat(home.resolve(".denominator/snapshots")).doesNotExist();

    CliProcess.Result refused =
        run("geo", "evacuate", "--all-zones", "-q", "europe", "--to", "nowhere", "--dry-run");
    assertThat(refused.code()).as("a dry run refuses as the real run does").isEqualTo(2);
    assertThat(refused.errLines()).singleElement().asString().contains("nowhere");
  }

  @Test
  void aZoneGivenTwiceOrUnknownOrNoneOrTooManyIsOneLineAndChangesNothing() throws Exception {
    String stored = Files.readString(store);
    List<String> evacuate = List.of("evacuate", "-q", "europe", "--to", "elsewhere");

    CliProcess.Result twice = run(geo(List.of("--zones", "a.example,a.example."), evacuate));
    CliProcess.Result unknown = run(geo(List.of("--zones", "a.example,nope.example"), evacuate));
    CliProcess.Result none = run(geo(List.of(), evacuate));
    CliProcess.Result both = run(geo(List.of("-z", "a.example", "--all-zones"), evacuate));
    CliProcess.Result parallel = run(geo(List.of("--all-zones", "--parallel", "0"), evacuate));
    CliProcess.Result notANumber = run(geo(List.of("--all-zones", "--parallel", "many"), evacuate));

    assertThat(twice.code()).isEqualTo(2);
    assertThat(twice.errLines())
        .singleElement()
        .asString()
        .contains("zone given twice", "a.example. (id a.example.)");
    assertThat(unknown.code()).isEqualTo(4);
    assertThat(unknown.errLines()).singleElement().asString().contains("nope.example");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.errLines()).singleElement().asString().contains("--zones", "--all-zones");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.errLines()).singleElement().asString().contains("only one of");
    assertThat(parallel.code()).isEqualTo(2);
    assertThat(parallel.errLines()).singleElement().asString().contains("--parallel: 0");
    assertThat(notANumber.code()).isEqualTo(2);
    assertThat(notANumber.errLines()).singleElement().asString().contains("'many'");
    assertThat(Files.readString(store)).isEqualTo(stored);
  }

  @Test
  void aZoneThatFailsRollsBackTheZonesThatAppliedAndSkipsTheRest() {
    try (DNSApiManager manager = mock()) {
      String id =
          manager.api().zones().put(Zone.create("fail.example.", "hostmaster@fail.example.", 60));
      manager
          .api()
          .apply(
              id,
              Plan.between(
                  "fail.example.",
                  List.of(),
                  List.of(
                      geo("fail.example.", "europe", "continent:EU", "192.0.2.1"),
                      geo("fail.example.", "elsewhere", "*", "192.0.2.2"))),
              ApplyMode.ATOMIC);
    }
    Map<String, List<ResourceRecordSet>> before = geoSets();

    CliProcess.Result failed =
        evacuateOneAtATime("a.example,fail.example,c.example", "-p", "failing");

    assertThat(failed.code()).as(failed.toString()).isEqualTo(1);
    assertThat(failed.out())
        .contains(
            "a.example. (id a.example.): rolled back\n  ROLLED_BACK ",
            "fail.example. (id fail.example.): failed\n  FAILED ",
            "c.example. (id c.example.): skipped\n  SKIPPED ")
        .endsWith("3 zones: 0 changed, 0 unchanged, 1 rolled back, 1 failed, 1 skipped\n");
    assertThat(failed.errLines().get(failed.errLines().size() - 1))
        .isEqualTo("denominator: error: the test provider refuses every change to fail.example.");
    assertThat(geoSets()).isEqualTo(before);
  }

  @Test
  void aZoneNameHeldTwiceIsRefusedNamingTheIds() {
    CliProcess.Result held =
        cli.run(
            "-p",
            "duplicates",
            "geo",
            "evacuate",
            "--all-zones",
            "-q",
            "europe",
            "--to",
            "elsewhere");

    assertThat(held.code()).isEqualTo(2);
    assertThat(held.errLines())
        .singleElement()
        .asString()
        .contains("zone name held by several zones: example.com.", "[z1, z2]", "-z ID");
  }

  @Test
  void progressCountsZonesOnStderrOnlyAndStdoutStaysJson() {
    cli.property("denominator.stderr.tty", "true");

    CliProcess.Result evacuated = evacuateOneAtATime("a.example,b.example,c.example", "-o", "json");

    assertThat(evacuated.code()).as(evacuated.toString()).isZero();
    assertThat(evacuated.err())
        .contains(
            "\rdenominator: find 1/3 zones…\rdenominator: find 2/3 zones…\r\033[K",
            "\rdenominator: read 1/3 zones…\rdenominator: read 2/3 zones…\r\033[K",
            "\rdenominator: apply 1/3 zones…\rdenominator: apply 2/3 zones…\r\033[K");
    // a note starts on a cleared line, never after a count
    assertThat(evacuated.err()).doesNotContain("…denominator: ", "zones…\n");
    assertThat(evacuated.out()).doesNotContain("zones…");
    assertThat(evacuated.out().lines())
        .hasSize(8)
        .allSatisfy(line -> assertThat(JsonParser.parseString(line).isJsonObject()).isTrue());

    CliProcess.Result quiet =
        run(
            "--quiet",
            "geo",
            "restore",
            "--snapshot",
            home.resolve("snapshot.json").toString(),
            "--parallel",
            "1");
    assertThat(quiet.code()).as(quiet.toString()).isZero();
    assertThat(quiet.err()).isEmpty();
  }

  @Test
  void aSnapshotNamedByTheProviderRestoresAsBefore() throws Exception {
    Map<String, List<ResourceRecordSet>> before = geoSets();
    Path legacy = home.resolve("legacy.json");
    Snapshot[] saved = new Snapshot[1];
    try (DNSApiManager manager = mock()) {
      Target target = new Target("mock", manager.api(), "b.example.", "b.example.");
      Traffic.evacuate(
          List.of(target),
          "europe",
          List.of("elsewhere"),
          SaviourPolicy.first(),
          ApplyMode.ATOMIC,
          snapshot -> saved[0] = snapshot);
    }
    Files.writeString(legacy, saved[0].toJson());
    assertThat(geoSets().get("b.example.")).isNotEqualTo(before.get("b.example."));

    CliProcess.Result elsewhere =
        run("geo", "-z", "a.example", "restore", "--snapshot", legacy.toString());
    assertThat(elsewhere.code()).isEqualTo(2);
    assertThat(elsewhere.errLines()).singleElement().asString().contains("b.example.");

    CliProcess.Result restored =
        run("geo", "-z", "b.example", "restore", "--snapshot", legacy.toString());
    assertThat(restored.code()).as(restored.toString()).isZero();
    assertThat(restored.out()).startsWith("APPLIED put www.b.example.");
    assertThat(restored.err()).contains("restored b.example. (id b.example.) at mock");
    assertThat(geoSets()).isEqualTo(before);
    assertThat(run("geo", "restore", "--snapshot", legacy.toString()).err())
        .contains("nothing to change: b.example. already holds the snapshot's state");
  }

  private CliProcess.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("-u", "file:" + store));
    all.addAll(List.of(args));
    return cli.run(all.toArray(String[]::new));
  }

  /** Evacuates europe to elsewhere in {@code zones}, one zone at a time, after {@code flags}. */
  private CliProcess.Result evacuateOneAtATime(String zones, String... flags) {
    List<String> args = new ArrayList<>(List.of(flags));
    args.addAll(
        List.of(
            "geo",
            "evacuate",
            "--zones",
            zones,
            "-q",
            "europe",
            "--to",
            "elsewhere",
            "--parallel",
            "1",
            "--snapshot",
            home.resolve("snapshot.json").toString()));
    return run(args);
  }

  private CliProcess.Result run(List<String> args) {
    return run(args.toArray(String[]::new));
  }

  private static List<String> geo(List<String> zones, List<String> command) {
    return Stream.of(
            List.of("geo"), command.subList(0, 1), zones, command.subList(1, command.size()))
        .flatMap(List::stream)
        .toList();
  }

  private DNSApiManager mock() {
    return Denominator.builder().provider("mock").url("file:" + store).build();
  }

  /** Every geo set of a, b and c, by zone, in the provider's order. */
  private Map<String, List<ResourceRecordSet>> geoSets() {
    Map<String, List<ResourceRecordSet>> sets = new LinkedHashMap<>();
    try (DNSApiManager manager = mock()) {
      for (String zone : GEO_ZONES) {
        List<ResourceRecordSet> geo = new ArrayList<>();
        manager.api().geoRecordSets(zone).orElseThrow().forEach(geo::add);
        sets.put(zone, geo);
      }
    }
    return sets;
  }

  private static ResourceRecordSet geo(String zone, String qualifier, String regions, String ip) {
    return ResourceRecordSet.builder()
        .name("www." + zone)
        .type("A")
        .ttl(60)
        .qualifier(qualifier)
        .geo(Geo.parse(regions))
        .add(ip)
        .build();
  }
}
