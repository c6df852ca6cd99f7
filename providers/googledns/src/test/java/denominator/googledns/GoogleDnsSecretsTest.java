package denominator.googledns;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import denominator.DNSApiManager;
import denominator.tck.LeakDetector;
import denominator.tck.LoopbackServers;
import denominator.tck.ProviderUnderTest;
import denominator.tck.SecretsContract;
import java.io.IOException;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract suite against the simulator with a service-account key of its own, whose private key
 * is the secret watched for (its first line of base64, which the key file and any echo of it would
 * hold).
 */
class GoogleDnsSecretsTest extends SecretsContract {
  static final LeakDetector leaks = new LeakDetector();
  static final ServiceAccounts.Account ACCOUNT =
      ServiceAccounts.create("secrets@denominator-test.iam.gserviceaccount.com");
  static final MockWebServer server = LoopbackServers.server();

  @BeforeAll
  static void start() throws IOException {
    server.setDispatcher(SimulatedGoogleDns.roomy().serviceAccount(ACCOUNT).build());
    server.start();
    String pem =
        JsonParser.parseString(ACCOUNT.keyJson("http://unused", SimulatedGoogleDns.PROJECT))
            .getAsJsonObject()
            .get("private_key")
            .getAsString();
    leaks.secret("private key", pem.lines().skip(1).findFirst().orElseThrow());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Override
  protected LeakDetector leaks() {
    return leaks;
  }

  @Override
  protected ProviderUnderTest target() {
    return ProviderUnderTest.of(
            new GoogleDnsProvider(),
            SimulatedGoogleDns.url(server),
            SimulatedGoogleDns.key(server, ACCOUNT))
        .withBadCredentials(SimulatedGoogleDns.key(server, ACCOUNT.withOtherKey()))
        .withQualifiersByPosition(SimulatedGoogleDns.POSITIONAL)
        .with(b -> b.http(SimulatedGoogleDns.QUICK_RETRIES));
  }

  @Test
  void theHttpLogShowsTheBearerTokenRedacted() {
    try (DNSApiManager manager = connect()) {
      manager.api().zones().iterator().hasNext();
    }
    assertThat(leaks.seen("HTTP log")).contains("Authorization: ██");
  }
}
