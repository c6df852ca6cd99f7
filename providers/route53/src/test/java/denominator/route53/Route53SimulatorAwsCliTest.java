package denominator.route53;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import denominator.tck.LoopbackServers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's wire format checked by another client: the AWS CLI (botocore), which parses
 * responses strictly by the service model. Skipped where {@code aws} is not installed.
 */
class Route53SimulatorAwsCliTest {
  @StartStop final MockWebServer server = LoopbackServers.server();
  @TempDir Path home;

  @BeforeEach
  void serve() {
    server.setDispatcher(new Route53Simulator());
    assumeTrue(run("--version").exit() == 0, "the AWS CLI is not installed");
  }

  @Test
  void theAwsCliCreatesAZoneChangesPagesAndWaitsOnTheSimulator() throws IOException {
    Result created =
        run(
            "route53",
            "create-hosted-zone",
            "--name",
            "cli.example.",
            "--caller-reference",
            "r1",
            "--query",
            "HostedZone.Id",
            "--output",
            "text");
    assertThat(created.exit()).as(created.err()).isZero();
    String zoneId = created.out().strip().replace("/hostedzone/", "");
    Path batch = home.resolve("batch.json");
    Files.writeString(
        batch,
        """
        {"Changes": [
          {"Action": "CREATE", "ResourceRecordSet": {"Name": "www.cli.example.", "Type": "A",
            "SetIdentifier": "eu@continent:EU", "GeoLocation": {"ContinentCode": "EU"},
            "TTL": 60, "ResourceRecords": [{"Value": "192.0.2.1"}]}},
          {"Action": "CREATE", "ResourceRecordSet": {"Name": "www.cli.example.", "Type": "A",
            "SetIdentifier": "us@US-CA", "GeoLocation": {"CountryCode": "US",
            "SubdivisionCode": "CA"}, "TTL": 60, "ResourceRecords": [{"Value": "192.0.2.2"}]}},
          {"Action": "UPSERT", "ResourceRecordSet": {"Name": "api.cli.example.", "Type": "A",
            "SetIdentifier": "blue", "Weight": 10, "TTL": 60,
            "ResourceRecords": [{"Value": "192.0.2.3"}]}},
          {"Action": "CREATE", "ResourceRecordSet": {"Name": "txt.cli.example.", "Type": "TXT",
            "TTL": 60, "ResourceRecords": [{"Value": "\\"hello\\" \\"world\\""}]}}
        ]}""");

    Result changed =
        run(
            "route53",
            "change-resource-record-sets",
            "--hosted-zone-id",
            zoneId,
            "--change-batch",
            "file://" + batch,
            "--query",
            "ChangeInfo.Id",
            "--output",
            "text");
    Result listed =
        run(
            "route53",
            "list-resource-record-sets",
            "--hosted-zone-id",
            zoneId,
            "--page-size",
            "1",
            "--query",
            "ResourceRecordSets[].[Name,Type,SetIdentifier]",
            "--output",
            "text");
    Result waited =
        run("route53", "wait", "resource-record-sets-changed", "--id", changed.out().strip());
    Result refused =
        run(
            "route53",
            "change-resource-record-sets",
            "--hosted-zone-id",
            zoneId,
            "--change-batch",
            "file://" + batch);

    assertThat(changed.exit()).as(changed.err()).isZero();
    assertThat(listed.exit()).as(listed.err()).isZero();
    assertThat(listed.out().lines().map(String::strip))
        .containsExactly(
            "cli.example.\tNS\tNone", // labels reversed: example.cli. sorts first
            "cli.example.\tSOA\tNone",
            "api.cli.example.\tA\tblue",
            "txt.cli.example.\tTXT\tNone",
            "www.cli.example.\tA\teu@continent:EU",
            "www.cli.example.\tA\tus@US-CA");
    assertThat(waited.exit()).as(waited.err()).isZero();
    assertThat(refused.exit()).isNotZero();
    assertThat(refused.err()).contains("InvalidChangeBatch", "but it already exists");
  }

  private record Result(int exit, String out, String err) {}

  private Result run(String... args) {
    List<String> command = new ArrayList<>(List.of("aws"));
    command.addAll(List.of(args));
    if (args.length > 1) {
      command.addAll(List.of("--endpoint-url", server.url("/").toString()));
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("AWS_ACCESS_KEY_ID", "AKID");
    env.put("AWS_SECRET_ACCESS_KEY", "SECRET");
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.put("AWS_PAGER", "");
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      byte[] err = process.getErrorStream().readAllBytes();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Result(-1, "", "timed out");
      }
      return new Result(
          process.exitValue(),
          new String(out, StandardCharsets.UTF_8),
          new String(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Result(-1, "", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-1, "", e.toString());
    }
  }
}
