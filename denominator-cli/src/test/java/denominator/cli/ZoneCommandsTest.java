package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.json.ModelJson;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZoneCommandsTest {
  @TempDir Path home;

  @Test
  void firstRunSeedsTheDefaultFileStoreWithTheExampleZone() {
    CliProcess cli = new CliProcess(home);
    CliProcess.Result result = cli.run("zone", "list");

    assertThat(result.code()).isZero();
    assertThat(result.out().lines())
        .containsExactly(
            "ID            NAME          EMAIL                   TTL",
            "example.com.  example.com.  hostmaster@example.com  3600");
    assertThat(result.err()).contains("created file:~/.denominator/mock.json");
    assertThat(home.resolve(".denominator/mock.json")).exists();
  }

  @Test
  void zoneListAsJsonHasTheModelFields() {
    Zone[] zones =
        ModelJson.gson()
            .fromJson(new CliProcess(home).ok("-o", "json", "zone", "list"), Zone[].class);

    assertThat(zones)
        .containsExactly(new Zone("example.com.", "example.com.", "hostmaster@example.com", 3600));
  }

  @Test
  void addedZonePersistsAcrossInvocationsAndDeleteRemovesIt() {
    CliProcess cli = new CliProcess(home);
    cli.ok("zone", "add", "example.net", "--email", "ops@example.net", "--ttl", "600");

    Zone[] named =
        ModelJson.gson()
            .fromJson(cli.ok("zone", "list", "--name", "example.net.", "-o", "json"), Zone[].class);
    assertThat(named)
        .containsExactly(new Zone("example.net.", "example.net.", "ops@example.net", 600));

    cli.ok("zone", "delete", "example.net");
    assertThat(cli.ok("zone", "list")).doesNotContain("example.net.");
  }

  @Test
  void aSetAddedWithoutTtlShowsItsEffectiveTtlAndAnExportPlansNothing() throws Exception {
    CliProcess cli = new CliProcess(home);
    cli.ok(
        "record",
        "-z",
        "example.com",
        "add",
        "-n",
        "nottl.example.com.",
        "-t",
        "A",
        "-d",
        "192.0.2.77");
    ResourceRecordSet added =
        ModelJson.gson()
            .fromJson(
                cli.ok(
                    "-o",
                    "json",
                    "record",
                    "-z",
                    "example.com",
                    "get",
                    "-n",
                    "nottl.example.com.",
                    "-t",
                    "A"),
                ResourceRecordSet.class);
    assertThat(added.ttl()).hasValue(3600);

    Path export = home.resolve("export.zone");
    Files.writeString(export, cli.ok("zone", "export", "example.com"));

    assertThat(cli.ok("plan", "-z", "example.com", "--file", export.toString()))
        .contains("0 to create, 0 to update, 0 to delete");
    assertThat(cli.run("zone", "import", "example.com", "--file", export.toString()).err())
        .contains("nothing to change");
  }

  @Test
  void deletingAZoneThatHoldsRecordSetsNeedsForceDryRunOrNot() {
    CliProcess cli = new CliProcess(home);
    cli.ok("zone", "list"); // seeds the example zone

    CliProcess.Result refused = cli.run("zone", "delete", "example.com");
    CliProcess.Result dryRun = cli.run("zone", "delete", "example.com", "--dry-run");

    assertThat(refused.code()).isEqualTo(3);
    assertThat(refused.errLines())
        .singleElement()
        .asString()
        .contains("example.com. still holds", "--force");
    assertThat(dryRun.code()).isEqualTo(3);
    assertThat(cli.ok("zone", "list")).contains("example.com.");
    cli.ok("zone", "delete", "example.com", "--force");
    assertThat(cli.ok("zone", "list")).doesNotContain("example.com.");
  }

  @Test
  void dryRunZoneAddAndDeleteSendNothing() {
    CliProcess cli = new CliProcess(home);
    CliProcess.Result add = cli.run("zone", "add", "example.org.", "--dry-run");
    CliProcess.Result delete = cli.run("zone", "delete", "example.com", "--force", "--dry-run");

    assertThat(add.code()).isZero();
    assertThat(add.out()).contains("example.org.");
    assertThat(delete.code()).isZero();
    assertThat(cli.ok("zone", "list")).contains("example.com.").doesNotContain("example.org.");
  }

  @Test
  void exportWritesABindZoneFileWithGeoAndWeightedSetsAsComments() {
    String exported = new CliProcess(home).ok("zone", "export", "example.com");

    assertThat(exported)
        .contains("$ORIGIN example.com.")
        .containsPattern("www\\.example\\.com\\.\\s+300\\s+IN\\s+A\\s+192\\.0\\.2\\.1")
        .containsPattern("example\\.com\\.\\s+3600\\s+IN\\s+MX\\s+10 mail\\.example\\.com\\.")
        .contains("; geo set europe regions continent:EU")
        .contains("; weighted set blue weight 90");
  }

  @Test
  void exportThenImportIntoAnotherZoneCopiesThePlainSetsAtomically() throws Exception {
    CliProcess cli = new CliProcess(home);
    Path file = home.resolve("example.zone");
    cli.ok("zone", "export", "example.com.", "--file", file.toString());
    String zoneFile =
        Files.readString(file)
            .replace("$ORIGIN example.com.", "$ORIGIN copy.test.")
            .replace("example.com.", "copy.test.");
    Files.writeString(file, zoneFile);
    cli.ok("zone", "add", "copy.test.");

    String dryRun = cli.ok("zone", "import", "copy.test", "--file", file.toString(), "--dry-run");
    assertThat(dryRun).contains("would put www.copy.test. A");
    assertThat(cli.ok("record", "-z", "copy.test.", "list")).doesNotContain("www.copy.test.");

    cli.ok("zone", "import", "copy.test", "--file", file.toString());
    ResourceRecordSet[] www =
        ModelJson.gson()
            .fromJson(
                cli.ok("-o", "json", "record", "-z", "copy.test", "list", "-n", "www.copy.test."),
                ResourceRecordSet[].class);
    assertThat(www).hasSize(1);
    assertThat(www[0].ttl()).hasValue(300);
    assertThat(www[0].records())
        .extracting(Object::toString)
        .containsExactly("192.0.2.1", "192.0.2.2");
    assertThat(cli.ok("zone", "import", "copy.test", "--file", file.toString()))
        .as("second import changes nothing")
        .isEmpty();
  }

  @Test
  void importOfABadZoneFileIsAUsageErrorAndChangesNothing() throws Exception {
    CliProcess cli = new CliProcess(home);
    Path file = home.resolve("bad.zone");
    Files.writeString(file, "$ORIGIN example.com.\nnew 300 IN A 192.0.2.9\nbroken 300 IN MX\n");
    cli.ok("zone", "list"); // seeds the store, whose note would be a second stderr line

    CliProcess.Result result = cli.run("zone", "import", "example.com", "--file", file.toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.errLines()).singleElement().asString().startsWith("denominator: error:");
    assertThat(cli.ok("record", "-z", "example.com", "list")).doesNotContain("new.example.com.");
  }

  @Test
  void nameMatchingSeveralZonesIsAnErrorListingTheirIdsWhileAnIdWorks() {
    CliProcess cli = new CliProcess(home);
    CliProcess.Result ambiguous = cli.run("-p", "duplicates", "zone", "export", "example.com");

    assertThat(ambiguous.code()).isEqualTo(2);
    assertThat(ambiguous.errLines())
        .singleElement()
        .asString()
        .startsWith("denominator: error: zone name matches several zones: example.com")
        .contains("[z1, z2]");
    assertThat(cli.ok("-p", "duplicates", "zone", "export", "z2")).contains("(id z2)");
  }

  @Test
  void geoOnAProviderWithoutGeoIsAnUnsupportedCapability() {
    CliProcess.Result result =
        new CliProcess(home).run("-p", "duplicates", "geo", "-z", "z1", "list");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .isEqualTo("denominator: error: duplicates: unsupported: geo record sets");
  }
}
