package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrafficCommandsTest {
  @TempDir Path home;

  @Test
  void aSavedPlanAppliesOnceAndIsRefusedWhenTheZoneChangedSince() throws Exception {
    CliProcess cli = new CliProcess(home);
    Path desired = home.resolve("desired.zone");
    Files.writeString(
        desired, cli.ok("zone", "export", "example.com").replace("192.0.2.1", "192.0.2.111"));
    Path plan = home.resolve("plan.json");

    String table =
        cli.ok("plan", "-z", "example.com", "--file", desired.toString(), "--out", plan.toString());
    assertThat(table)
        .contains(
            "0 to create, 1 to update, 0 to delete",
            "~ www.example.com. A",
            "[192.0.2.1, 192.0.2.2] -> [192.0.2.111, 192.0.2.2]");

    assertThat(cli.ok("apply", "--plan", plan.toString())).startsWith("APPLIED put www");
    CliProcess.Result again = cli.run("apply", "--plan", plan.toString());
    assertThat(again.code()).isEqualTo(3);
    assertThat(again.errLines())
        .singleElement()
        .asString()
        .startsWith("denominator: error: example.com. changed since the plan was made");
  }

  @Test
  void anEditedPlanIsRefused() throws Exception {
    CliProcess cli = new CliProcess(home);
    Path desired = home.resolve("desired.json");
    Files.writeString(
        desired,
        "[{\"name\":\"new.example.com.\",\"type\":\"A\"," + "\"records\":[\"192.0.2.50\"]}]");
    Path plan = home.resolve("plan.json");
    cli.ok("plan", "-z", "example.com", "--file", desired.toString(), "--out", plan.toString());
    Files.writeString(plan, Files.readString(plan).replace("192.0.2.50", "192.0.2.66"));

    CliProcess.Result edited = cli.run("apply", "--plan", plan.toString());

    assertThat(edited.code()).isEqualTo(2);
    assertThat(edited.err()).contains("checksum");
    assertThat(
            cli.run("record", "-z", "example.com", "get", "-n", "new.example.com", "-t", "A")
                .code())
        .isEqualTo(2);
  }

  @Test
  void aPlanDeletingMostOfTheZoneNeedsForce() throws Exception {
    CliProcess cli = new CliProcess(home);
    cli.ok("zone", "add", "big.example.");
    StringBuilder zone = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      zone.append("h").append(i).append(" 60 IN A 192.0.2.1\n");
    }
    Path full = home.resolve("full.zone");
    Files.writeString(full, zone.toString());
    cli.ok("zone", "import", "big.example.", "--file", full.toString());
    Path few = home.resolve("few.zone");
    Files.writeString(
        few,
        "$ORIGIN big.example.\n@ 86400 IN NS ns1.mock.denominator.io.\n"
            + "@ 86400 IN NS ns2.mock.denominator.io.\nh0 60 IN A 192.0.2.1\n");

    CliProcess.Result planned = cli.run("plan", "-z", "big.example.", "--file", few.toString());
    assertThat(planned.err()).contains("warning: apply will refuse this plan", "--force");
    CliProcess.Result refused = cli.run("apply", "-z", "big.example.", "--file", few.toString());
    assertThat(refused.code()).isEqualTo(3);
    assertThat(refused.err())
        .contains("updates or deletes 11 of 13 sets", "run again with --force");
    CliProcess.Result dryRun =
        cli.run("apply", "-z", "big.example.", "--file", few.toString(), "--dry-run");
    assertThat(dryRun.code()).as("a dry run refuses as the real run").isEqualTo(refused.code());
    assertThat(dryRun.errLines()).singleElement().asString().contains("11 of 13 sets");

    cli.ok("apply", "-z", "big.example.", "--file", few.toString(), "--force");
    assertThat(
            cli.run("record", "-z", "big.example.", "get", "-n", "h5.big.example", "-t", "A")
                .code())
        .isEqualTo(2);
  }

  @Test
  void evacuationSavesASnapshotThatRestoresExactly() throws Exception {
    CliProcess cli = new CliProcess(home);
    String before = cli.ok("-o", "json", "geo", "-z", "example.com", "list");
    Path snapshot = home.resolve("snapshot.json");

    assertThat(
            cli.ok(
                "geo",
                "-z",
                "example.com",
                "evacuate",
                "-q",
                "europe",
                "--to",
                "elsewhere",
                "--dry-run"))
        .contains("- api.example.com. A europe");
    assertThat(cli.ok("-o", "json", "geo", "-z", "example.com", "list")).isEqualTo(before);

    cli.ok(
        "geo",
        "-z",
        "example.com",
        "evacuate",
        "-q",
        "europe",
        "--to",
        "elsewhere",
        "--snapshot",
        snapshot.toString());
    assertThat(cli.ok("geo", "-z", "example.com", "list"))
        .contains("elsewhere  60   *,continent:EU")
        .doesNotContain("europe");
    assertThat(snapshot).exists();

    assertThat(cli.ok("geo", "restore", "--snapshot", snapshot.toString(), "--dry-run"))
        .contains("dry run: plan for example.com.");
    assertThat(cli.ok("geo", "-z", "example.com", "list")).doesNotContain("europe");
    cli.ok("geo", "restore", "--snapshot", snapshot.toString());
    assertThat(cli.ok("-o", "json", "geo", "-z", "example.com", "list")).isEqualTo(before);

    CliProcess.Result again = cli.run("geo", "restore", "--snapshot", snapshot.toString());
    assertThat(again.code()).isZero();
    assertThat(again.err()).contains("nothing to change");
  }

  @Test
  void anEvacuationInJsonNamesTheSnapshotAndEachChangeWithItsSetBeforeAndAfter() {
    CliProcess cli = new CliProcess(home);
    Path snapshot = home.resolve("snapshot.json");
    denominator.change.Plan planned =
        denominator.change.Plan.fromJson(
            cli.ok(
                    "-o",
                    "json",
                    "geo",
                    "-z",
                    "example.com",
                    "evacuate",
                    "-q",
                    "europe",
                    "--to",
                    "elsewhere",
                    "--dry-run")
                .strip());
    assertThat(planned.changes()).hasSize(2);

    List<com.google.gson.JsonObject> events =
        cli.ok(
                "-o",
                "json",
                "geo",
                "-z",
                "example.com",
                "evacuate",
                "-q",
                "europe",
                "--to",
                "elsewhere",
                "--snapshot",
                snapshot.toString())
            .lines()
            .map(l -> com.google.gson.JsonParser.parseString(l).getAsJsonObject())
            .toList();

    assertThat(events.get(0).get("event").getAsString()).isEqualTo("snapshot");
    assertThat(events.get(0).get("path").getAsString()).isEqualTo(snapshot.toString());
    assertThat(events.subList(1, events.size()))
        .allSatisfy(
            e -> {
              assertThat(e.get("event").getAsString()).isEqualTo("change");
              assertThat(e.get("status").getAsString()).isEqualTo("APPLIED");
              assertThat(e.get("name").getAsString()).isEqualTo("api.example.com.");
              assertThat(e.has("before")).isTrue();
            })
        .extracting(e -> e.get("action").getAsString() + " " + e.get("qualifier").getAsString())
        .containsExactlyInAnyOrder("delete europe", "put elsewhere");
  }

  @Test
  void evacuatingAQualifierNoSetHasOrToAMisspelledSaviourIsRefused() {
    CliProcess cli = new CliProcess(home);
    String before = cli.ok("-o", "json", "geo", "-z", "example.com", "list");

    CliProcess.Result typo =
        cli.run(
            "geo",
            "-z",
            "example.com",
            "evacuate",
            "-q",
            "eurpoe",
            "--to",
            "elsewhere",
            "--snapshot",
            home.resolve("typo.json").toString());
    CliProcess.Result saviour =
        cli.run(
            "geo",
            "-z",
            "example.com",
            "evacuate",
            "-q",
            "europe",
            "--to",
            "elsewhere,eslewhere",
            "--snapshot",
            home.resolve("typo.json").toString());

    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.errLines())
        .singleElement()
        .asString()
        .contains("eurpoe", "europe", "elsewhere");
    assertThat(saviour.code()).isEqualTo(2);
    assertThat(saviour.errLines()).singleElement().asString().contains("eslewhere");
    assertThat(home.resolve("typo.json")).doesNotExist();
    assertThat(cli.ok("-o", "json", "geo", "-z", "example.com", "list")).isEqualTo(before);
  }

  @Test
  void aWeightedRampReportsEachStepAsJsonEvents() {
    CliProcess cli = new CliProcess(home);

    String events =
        cli.ok(
            "-o",
            "json",
            "weighted",
            "-z",
            "example.com",
            "shift",
            "-n",
            "cdn.example.com",
            "-t",
            "A",
            "--from",
            "blue",
            "--to",
            "green",
            "--steps",
            "25,100");

    assertThat(
            events
                .lines()
                .map(
                    line ->
                        JsonParser.parseString(line).getAsJsonObject().get("toWeight").getAsInt()))
        .containsExactly(25, 100);
    assertThat(cli.ok("weighted", "-z", "example.com", "list"))
        .contains("blue       60   0 ", "green      60   100");
  }
}
