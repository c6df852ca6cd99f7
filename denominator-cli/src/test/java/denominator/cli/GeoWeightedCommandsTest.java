package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import denominator.json.ModelJson;
import denominator.model.ResourceRecordSet;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoWeightedCommandsTest {
  @TempDir Path home;

  @Test
  void geoRegionsListsCodesByKind() {
    CliProcess cli = new CliProcess(home);
    String continents = cli.ok("geo", "-z", "example.com", "regions", "--kind", "continent");
    assertThat(continents).contains("continent:EU  continent  Europe").doesNotContain("US-CA");

    JsonArray subdivisions =
        JsonParser.parseString(
                cli.ok(
                    "-o", "json", "geo", "-z", "example.com", "regions", "--kind", "subdivision"))
            .getAsJsonArray();
    assertThat(subdivisions)
        .anySatisfy(
            r -> assertThat(r.getAsJsonObject().get("code").getAsString()).isEqualTo("US-CA"));
  }

  @Test
  void geoListShowsTheExampleGeoSets() {
    String table = new CliProcess(home).ok("geo", "-z", "example.com", "list");

    assertThat(table.lines())
        .containsExactly(
            "NAME              TYPE  QUALIFIER  TTL  REGIONS       DATA           PROVIDER DATA",
            "api.example.com.  A     elsewhere  60   *             198.51.100.20",
            "api.example.com.  A     europe     60   continent:EU  198.51.100.10");
  }

  @Test
  void geoPutGetAndDeleteRoundTrip() {
    CliProcess cli = new CliProcess(home);
    cli.ok(
        "geo",
        "-z",
        "example.com",
        "put",
        "-n",
        "api.example.com.",
        "-t",
        "A",
        "-q",
        "asia",
        "-r",
        "continent:AS,US-CA",
        "--ttl",
        "30",
        "-d",
        "203.0.113.1",
        "-d",
        "203.0.113.2");

    ResourceRecordSet asia =
        ModelJson.gson()
            .fromJson(
                cli.ok(
                    "-o",
                    "json",
                    "geo",
                    "-z",
                    "example.com",
                    "get",
                    "-n",
                    "api.example.com.",
                    "-t",
                    "A",
                    "-q",
                    "asia"),
                ResourceRecordSet.class);
    assertThat(asia.geo().orElseThrow().codes()).containsExactly("continent:AS", "US-CA");
    assertThat(asia.ttl()).hasValue(30);
    assertThat(asia.records()).hasSize(2);

    assertThat(
            cli.ok(
                "geo",
                "-z",
                "example.com",
                "delete",
                "-n",
                "api.example.com.",
                "-t",
                "A",
                "-q",
                "asia",
                "--dry-run"))
        .startsWith("would delete");
    cli.ok("geo", "-z", "example.com", "delete", "-n", "api.example.com.", "-t", "A", "-q", "asia");
    assertThat(
            cli.run(
                    "geo",
                    "-z",
                    "example.com",
                    "get",
                    "-n",
                    "api.example.com.",
                    "-t",
                    "A",
                    "-q",
                    "asia")
                .code())
        .isEqualTo(2);
  }

  @Test
  void geoPutOfARegionAnotherQualifierServesIsAProviderRejection() {
    CliProcess cli = new CliProcess(home);
    CliProcess.Result result =
        cli.run(
            "geo",
            "-z",
            "example.com",
            "put",
            "-n",
            "api.example.com.",
            "-t",
            "A",
            "-q",
            "asia",
            "-r",
            "DE",
            "-d",
            "203.0.113.1");

    // DE is inside continent:EU only by containment, so the mock accepts it
    assertThat(result.code()).as(result.toString()).isZero();
    CliProcess.Result clash =
        cli.run(
            "geo",
            "-z",
            "example.com",
            "put",
            "-n",
            "api.example.com.",
            "-t",
            "A",
            "-q",
            "other",
            "-r",
            "DE",
            "-d",
            "203.0.113.1");
    assertThat(clash.code()).isEqualTo(1);
    assertThat(clash.errLines())
        .singleElement()
        .asString()
        .startsWith("denominator: error: mock: invalid change:");

    CliProcess.Result dryRun =
        cli.run(
            "geo",
            "-z",
            "example.com",
            "put",
            "-n",
            "api.example.com.",
            "-t",
            "A",
            "-q",
            "other",
            "-r",
            "DE",
            "-d",
            "203.0.113.1",
            "--dry-run");
    assertThat(dryRun.code()).as("a dry run refuses as the real run").isEqualTo(1);
    assertThat(dryRun.errLines())
        .singleElement()
        .asString()
        .contains("claims regions DE already served by qualifier asia");
    assertThat(dryRun.out()).doesNotContain("would");
  }

  @Test
  void weightedListShowsTheExampleWeightedSets() {
    ResourceRecordSet[] sets =
        ModelJson.gson()
            .fromJson(
                new CliProcess(home).ok("-o", "json", "weighted", "-z", "example.com", "list"),
                ResourceRecordSet[].class);

    assertThat(sets)
        .extracting(s -> s.qualifier().orElseThrow() + "=" + s.weighted().orElseThrow().weight())
        .containsExactly("blue=90", "green=10");
  }

  @Test
  void weightedPutGetAndDeleteRoundTrip() {
    CliProcess cli = new CliProcess(home);
    CliProcess.Result put =
        cli.run(
            "weighted",
            "-z",
            "example.com",
            "put",
            "-n",
            "cdn.example.com.",
            "-t",
            "A",
            "-q",
            "red",
            "--weight",
            "5",
            "-d",
            "203.0.113.30");
    assertThat(put.code()).isZero();
    assertThat(put.err())
        .contains(
            "no TTL given: cdn.example.com. A red has the provider's" + " default TTL",
            "warning: a geo or weighted set without --ttl");

    String table =
        cli.ok(
            "weighted",
            "-z",
            "example.com",
            "get",
            "-n",
            "cdn.example.com.",
            "-t",
            "A",
            "-q",
            "red");
    // no --ttl: the zone's TTL, shown as the effective TTL, with a warning that it is long
    assertThat(table)
        .containsPattern("cdn\\.example\\.com\\.\\s+A\\s+red\\s+3600\\s+5\\s+203\\.0\\.113\\.30");

    cli.ok(
        "weighted",
        "-z",
        "example.com",
        "delete",
        "-n",
        "cdn.example.com.",
        "-t",
        "A",
        "-q",
        "red");
    assertThat(cli.ok("weighted", "-z", "example.com", "list")).doesNotContain("red");
  }
}
