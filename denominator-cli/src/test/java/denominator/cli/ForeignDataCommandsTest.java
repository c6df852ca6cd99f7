package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.json.ModelJson;
import denominator.model.ResourceRecordSet;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI on a mock store that another program wrote: what the model has no field for is shown,
 * exported, kept by puts, and never silently skipped.
 */
class ForeignDataCommandsTest {
  private static final String STORE =
      """
      {"zones": [{"zone": {"id": "shared.example.", "name": "shared.example.",
          "email": "hostmaster@shared.example", "ttl": 3600},
        "recordSets": [
          {"name": "shared.example.", "type": "SOA", "ttl": 3600,
           "records": ["ns1.shared.example. hostmaster.shared.example. 1 3600 600 604800 3600"]},
          {"name": "www.shared.example.", "type": "A", "qualifier": "blue", "ttl": 60,
           "records": ["192.0.2.1"], "weight": 10,
           "providerData": {"healthCheckId": "hc-blue"}},
          {"name": "lat.shared.example.", "type": "A", "qualifier": "prod/eu", "ttl": 60,
           "records": ["192.0.2.3"],
           "providerData": {"routing": "latency region=eu-west-1"}},
          {"name": "txt.shared.example.", "type": "TXT", "ttl": 300,
           "records": ["\\"a\\\\255b\\""]}
        ]}]}
      """;

  @TempDir Path home;

  private CliProcess cli() {
    CliProcess cli = new CliProcess(home);
    cli.write(".denominator/mock.json", STORE);
    return cli;
  }

  @Test
  void listingsShowProviderDataAndProviderRoutedSets() {
    CliProcess cli = cli();

    String plain = cli.ok("record", "-z", "shared.example", "list");
    String weighted = cli.ok("weighted", "-z", "shared.example", "list");

    assertThat(plain)
        .contains(
            "lat.shared.example.", "prod/eu", "routing=[latency region=eu-west-1]", "\"a\\255b\"");
    assertThat(weighted).contains("blue", "healthCheckId=hc-blue");
  }

  @Test
  void aWeightedPutWithoutTheHealthCheckKeepsIt() {
    CliProcess cli = cli();

    cli.ok(
        "weighted",
        "-z",
        "shared.example",
        "put",
        "-n",
        "www.shared.example.",
        "-t",
        "A",
        "-q",
        "blue",
        "-w",
        "0",
        "-d",
        "192.0.2.1");

    ResourceRecordSet blue =
        ModelJson.gson()
            .fromJson(
                cli.ok(
                    "-o",
                    "json",
                    "weighted",
                    "-z",
                    "shared.example",
                    "get",
                    "-n",
                    "www.shared.example.",
                    "-t",
                    "A",
                    "-q",
                    "blue"),
                ResourceRecordSet.class);
    assertThat(blue.weighted().orElseThrow().weight()).isZero();
    assertThat(blue.providerData()).containsEntry("healthCheckId", "hc-blue");
  }

  @Test
  void deletingAProviderRoutedSetNeedsItsQualifier() {
    CliProcess cli = cli();

    CliProcess.Result refused =
        cli.run("record", "-z", "shared.example", "delete", "-n", "lat.shared.example.", "-t", "A");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.errLines()).singleElement().asString().contains("prod/eu", "-q");

    cli.ok(
        "record",
        "-z",
        "shared.example",
        "delete",
        "-n",
        "lat.shared.example.",
        "-t",
        "A",
        "-q",
        "prod/eu");
    assertThat(cli.ok("record", "-z", "shared.example", "list")).doesNotContain("lat.");
  }

  @Test
  void anExportIsWholeWithWhatHasNoZoneFileFormInComments() {
    String export = cli().ok("zone", "export", "shared.example");

    assertThat(export)
        .contains(
            "; provider-routed set prod/eu latency region=eu-west-1 (no zone-file form)",
            "; provider data: routing=latency region=eu-west-1",
            "; provider data: healthCheckId=hc-blue",
            "txt.shared.example.\t300\tIN\tTXT\t\"a\\255b\"");
  }
}
