package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.json.ModelJson;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.TXTData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordCommandsTest {
  @TempDir Path home;

  private ResourceRecordSet get(CliProcess cli, String name, String type) {
    return ModelJson.gson()
        .fromJson(
            cli.ok("-o", "json", "record", "-z", "example.com", "get", "-n", name, "-t", type),
            ResourceRecordSet.class);
  }

  private static List<String> values(ResourceRecordSet set) {
    return set.records().stream().map(Object::toString).toList();
  }

  @Test
  void listShowsPlainSetsAlignedAndNotGeoOrWeightedOnes() {
    String table = new CliProcess(home).ok("record", "-z", "example.com.", "list");

    assertThat(table.lines().findFirst().orElseThrow().split("  +"))
        .containsExactly("NAME", "TYPE", "QUALIFIER", "TTL", "DATA", "PROVIDER DATA");
    assertThat(table)
        .contains("www.example.com.   A                300    192.0.2.1\n")
        .doesNotContain("api.example.com.")
        .doesNotContain("cdn.example.com.");
  }

  @Test
  void listFiltersByNameAndTypeAndPrintsJson() {
    ResourceRecordSet[] sets =
        ModelJson.gson()
            .fromJson(
                new CliProcess(home)
                    .ok(
                        "-o",
                        "json",
                        "record",
                        "-z",
                        "example.com",
                        "list",
                        "-n",
                        "example.com.",
                        "-t",
                        "mx"),
                ResourceRecordSet[].class);

    assertThat(sets)
        .singleElement()
        .satisfies(
            set -> {
              assertThat(set.type()).isEqualTo("MX");
              assertThat(values(set)).containsExactly("10 mail.example.com.");
            });
  }

  @Test
  void addAppendsValuesAndPersists() {
    CliProcess cli = new CliProcess(home);
    cli.ok(
        "record",
        "-z",
        "example.com",
        "add",
        "-n",
        "www.example.com",
        "-t",
        "A",
        "-d",
        "192.0.2.3",
        "-d",
        "192.0.2.1");

    ResourceRecordSet www = get(cli, "www.example.com.", "A");
    assertThat(values(www)).containsExactly("192.0.2.1", "192.0.2.2", "192.0.2.3");
    assertThat(www.ttl()).hasValue(300);
  }

  @Test
  void addCreatesASetWithTtl() {
    CliProcess cli = new CliProcess(home);
    cli.ok(
        "record",
        "-z",
        "example.com",
        "add",
        "-n",
        "txt.example.com.",
        "-t",
        "TXT",
        "--ttl",
        "120",
        "-d",
        "\"hello world\"");

    ResourceRecordSet txt = get(cli, "txt.example.com", "TXT");
    assertThat(values(txt)).containsExactly("\"hello world\"");
    assertThat(txt.ttl()).hasValue(120);
  }

  @Test
  void unquotedTxtIsOneValueWithItsSemicolonsAndSpacesAndLongTextIsCut() {
    CliProcess cli = new CliProcess(home);
    String key = "MIIB" + "A".repeat(400);
    CliProcess.Result dkim =
        cli.run(
            "record",
            "-z",
            "example.com",
            "add",
            "-n",
            "sel._domainkey.example.com.",
            "-t",
            "TXT",
            "-d",
            "v=DKIM1; k=rsa; p=" + key);
    cli.ok(
        "record",
        "-z",
        "example.com",
        "add",
        "-n",
        "spf.example.com.",
        "-t",
        "TXT",
        "-d",
        "v=spf1 include:_spf.example.net -all");
    cli.ok(
        "record",
        "-z",
        "example.com",
        "add",
        "-n",
        "two.example.com.",
        "-t",
        "TXT",
        "-d",
        "\"a\" \"b\"");

    assertThat(dkim.code()).isZero();
    assertThat(dkim.err()).contains("cut into 2 strings of at most 255 bytes");
    TXTData stored = (TXTData) get(cli, "sel._domainkey.example.com.", "TXT").records().get(0);
    assertThat(String.join("", stored.strings())).isEqualTo("v=DKIM1; k=rsa; p=" + key);
    assertThat(stored.strings()).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(255));
    assertThat(values(get(cli, "spf.example.com.", "TXT")))
        .containsExactly("\"v=spf1 include:_spf.example.net -all\"");
    assertThat(values(get(cli, "two.example.com.", "TXT"))).containsExactly("\"a\" \"b\"");
  }

  @Test
  void aDryRunBesideACnameIsRefusedAsTheRealRunIs() {
    CliProcess cli = new CliProcess(home);
    cli.ok(
        "record",
        "-z",
        "example.com",
        "add",
        "-n",
        "alias.example.com.",
        "-t",
        "CNAME",
        "-d",
        "www.example.com.");

    CliProcess.Result real =
        cli.run(
            "record",
            "-z",
            "example.com",
            "add",
            "-n",
            "alias.example.com.",
            "-t",
            "A",
            "-d",
            "192.0.2.9");
    CliProcess.Result dryRun =
        cli.run(
            "record",
            "-z",
            "example.com",
            "add",
            "-n",
            "alias.example.com.",
            "-t",
            "A",
            "-d",
            "192.0.2.9",
            "--dry-run");

    assertThat(real.code()).isNotZero();
    assertThat(dryRun.code()).isEqualTo(real.code());
    assertThat(dryRun.errLines()).singleElement().asString().contains("CNAME and other data");
  }

  @Test
  void replaceMakesTheSetExactlyTheGivenValuesKeepingItsTtl() {
    CliProcess cli = new CliProcess(home);
    cli.ok(
        "record",
        "-z",
        "example.com",
        "replace",
        "-n",
        "www.example.com.",
        "-t",
        "A",
        "-d",
        "198.51.100.7");

    ResourceRecordSet www = get(cli, "www.example.com.", "A");
    assertThat(values(www)).containsExactly("198.51.100.7");
    assertThat(www.ttl()).hasValue(300);
  }

  @Test
  void removeDropsValuesAndTheLastOneDeletesTheSet() {
    CliProcess cli = new CliProcess(home);
    cli.ok(
        "record",
        "-z",
        "example.com",
        "remove",
        "-n",
        "www.example.com.",
        "-t",
        "A",
        "-d",
        "192.0.2.1");
    assertThat(values(get(cli, "www.example.com.", "A"))).containsExactly("192.0.2.2");

    cli.ok(
        "record",
        "-z",
        "example.com",
        "remove",
        "-n",
        "www.example.com.",
        "-t",
        "A",
        "-d",
        "192.0.2.2");
    CliProcess.Result gone =
        cli.run("record", "-z", "example.com", "get", "-n", "www.example.com.", "-t", "A");
    assertThat(gone.code()).isEqualTo(2);
    assertThat(gone.err()).startsWith("denominator: error: no such record set");
  }

  @Test
  void deleteRemovesTheWholeSet() {
    CliProcess cli = new CliProcess(home);
    cli.ok("record", "-z", "example.com", "delete", "-n", "mail.example.com.", "-t", "A");

    assertThat(cli.ok("record", "-z", "example.com", "list").lines())
        .noneMatch(line -> line.startsWith("mail.example.com."));
  }

  @Test
  void applyTtlChangesOnlyTheTtl() {
    CliProcess cli = new CliProcess(home);
    cli.ok(
        "record",
        "-z",
        "example.com",
        "applyttl",
        "-n",
        "www.example.com.",
        "-t",
        "A",
        "--ttl",
        "30");

    ResourceRecordSet www = get(cli, "www.example.com.", "A");
    assertThat(www.ttl()).hasValue(30);
    assertThat(values(www)).containsExactly("192.0.2.1", "192.0.2.2");
  }

  @Test
  void dryRunOfEveryMutationPrintsThePlanAndSendsNothing() {
    CliProcess cli = new CliProcess(home);
    String before = cli.ok("-o", "json", "record", "-z", "example.com", "list");
    String[][] commands = {
      {"add", "-n", "new.example.com.", "-t", "A", "-d", "192.0.2.9"},
      {"replace", "-n", "www.example.com.", "-t", "A", "-d", "192.0.2.9"},
      {"remove", "-n", "www.example.com.", "-t", "A", "-d", "192.0.2.1"},
      {"delete", "-n", "www.example.com.", "-t", "A"},
      {"applyttl", "-n", "www.example.com.", "-t", "A", "--ttl", "5"},
    };
    for (String[] command : commands) {
      List<String> args = new ArrayList<>(List.of("record", "-z", "example.com"));
      args.addAll(List.of(command));
      args.add("--dry-run");
      CliProcess.Result result = cli.run(args.toArray(String[]::new));
      assertThat(result.code()).as(result.toString()).isZero();
      assertThat(result.out()).as(result.toString()).startsWith("would ");
      assertThat(result.err()).contains("dry run");
    }
    assertThat(cli.ok("-o", "json", "record", "-z", "example.com", "list")).isEqualTo(before);
  }

  @Test
  void dryRunJsonDescribesTheChange() {
    String json =
        new CliProcess(home)
            .ok(
                "-o",
                "json",
                "record",
                "-z",
                "example.com",
                "add",
                "-n",
                "new.example.com.",
                "-t",
                "A",
                "-d",
                "192.0.2.9",
                "--dry-run");

    var root = com.google.gson.JsonParser.parseString(json).getAsJsonObject();
    assertThat(root.get("dryRun").getAsBoolean()).isTrue();
    var change = root.getAsJsonArray("changes").get(0).getAsJsonObject();
    assertThat(change.get("action").getAsString()).isEqualTo("put");
    assertThat(change.get("name").getAsString()).isEqualTo("new.example.com.");
    assertThat(change.get("type").getAsString()).isEqualTo("A");
    assertThat(change.has("before")).isFalse();
    ResourceRecordSet set = ModelJson.gson().fromJson(change.get("after"), ResourceRecordSet.class);
    assertThat(set.name()).isEqualTo("new.example.com.");
  }

  @Test
  void jsonChangesCarryTheSetBeforeAndErrorsAreJsonToo() {
    CliProcess cli = new CliProcess(home);
    String json =
        cli.ok(
            "-o",
            "json",
            "record",
            "-z",
            "example.com",
            "replace",
            "-n",
            "www.example.com.",
            "-t",
            "A",
            "-d",
            "192.0.2.9");

    var change =
        com.google.gson.JsonParser.parseString(json)
            .getAsJsonObject()
            .getAsJsonArray("changes")
            .get(0)
            .getAsJsonObject();
    assertThat(ModelJson.gson().fromJson(change.get("before"), ResourceRecordSet.class).records())
        .extracting(Object::toString)
        .containsExactly("192.0.2.1", "192.0.2.2");
    assertThat(ModelJson.gson().fromJson(change.get("after"), ResourceRecordSet.class).records())
        .extracting(Object::toString)
        .containsExactly("192.0.2.9");

    CliProcess.Result error = cli.run("-o", "json", "record", "-z", "nosuch.test", "list");
    assertThat(error.code()).isEqualTo(4);
    var object = com.google.gson.JsonParser.parseString(error.err()).getAsJsonObject();
    assertThat(object.get("error").getAsString()).contains("nosuch.test");
    assertThat(object.get("exitCode").getAsInt()).isEqualTo(4);
  }

  @Test
  void concurrentAddsToOneFileStoreLoseNoWrite() throws Exception {
    CliProcess cli = new CliProcess(home);
    cli.ok("zone", "list");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<CliProcess.Result>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String name = "host" + i + ".example.com.";
        runs.add(
            pool.submit(
                () ->
                    cli.run(
                        "record",
                        "-z",
                        "example.com",
                        "add",
                        "-n",
                        name,
                        "-t",
                        "A",
                        "-d",
                        "192.0.2." + (100 + Integer.parseInt(name.substring(4, 5))))));
      }
      for (Future<CliProcess.Result> run : runs) {
        assertThat(run.get().code()).as(run.get().toString()).isZero();
      }
    } finally {
      pool.shutdown();
    }
    String table = cli.ok("record", "-z", "example.com", "list", "-t", "A");
    for (int i = 0; i < 8; i++) {
      assertThat(table).contains("host" + i + ".example.com.");
    }
  }
}
