package denominator.benchmarks.scenarios;

import denominator.Credentials;
import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.http.RequestBudget;
import denominator.model.Zone;
import denominator.route53.Route53Provider;
import denominator.route53.Route53Simulator;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.route53.Route53Client;

/**
 * A fresh Route53 simulator on a local MockWebServer, with a Denominator manager and a raw AWS SDK
 * client both pointed at it. Seeding runs without latency; {@link #startCounting} then sets the
 * latency and zeroes the request counters.
 */
final class SimulatorFixture implements AutoCloseable {
  final MockWebServer server = new MockWebServer();
  final Route53Simulator simulator = new Route53Simulator();
  final DNSApiManager manager;
  final Route53Client sdk;

  SimulatorFixture() throws IOException {
    server.setDispatcher(simulator);
    server.start();
    String url = server.url("/").toString();
    manager =
        Denominator.builder()
            .provider(new Route53Provider())
            .url(url)
            .credentials(Credentials.of("AKID", "SECRET"))
            // the simulator enforces no rate here: these scenarios count round trips
            .requestBudget(RequestBudget.unlimited())
            .build();
    sdk =
        Route53Client.builder()
            .endpointOverride(URI.create(url))
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "SECRET")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  DNSApi api() {
    return manager.api();
  }

  /** Creates the zone and fills it with one atomic change set; returns the zone id. */
  String seed(String zoneName, ChangeSet sets) {
    String zoneId = api().zones().put(Zone.create(zoneName, "hostmaster@" + zoneName, 3600));
    if (!api().apply(zoneId, sets, ApplyMode.ATOMIC).await(Duration.ofMinutes(5)).succeeded()) {
      throw new IllegalStateException("seeding " + zoneName + " failed");
    }
    return zoneId;
  }

  void startCounting(Duration latency) {
    simulator.latency(latency);
    simulator.resetCounts();
  }

  /** {@code 136 (100 ListResourceRecordSets, 18 ChangeResourceRecordSets, …)}. */
  String requestsCell() {
    StringBuilder cell = new StringBuilder().append(String.format("%,d", simulator.requests()));
    String sep = " (";
    for (var e : simulator.requestCounts().entrySet()) { // sorted by operation
      cell.append(sep).append(String.format("%,d", e.getValue())).append(' ').append(e.getKey());
      sep = ", ";
    }
    return cell.append(simulator.requests() > 0 ? ")" : "").toString();
  }

  @Override
  public void close() throws IOException {
    manager.close();
    sdk.close();
    server.close();
  }
}
