package denominator.route53;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.model.Zone;
import denominator.tck.LoopbackServers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The manager's HTTP log shows every Route53 request, retries included, and no secret. */
class Route53HttpLogTest {
  @StartStop final MockWebServer server = LoopbackServers.server();
  final Route53Simulator simulator = new Route53Simulator("AKID", 5);
  final List<String> log = new CopyOnWriteArrayList<>();

  @Test
  void logsRequestLinesStatusesAndRetries() {
    server.setDispatcher(simulator);
    try (DNSApiManager manager =
        Denominator.builder()
            .provider(new Route53Provider())
            .url(server.url("/").toString())
            .credentials(Credentials.of("AKID", "SECRET-not-logged", "TOKEN-not-logged"))
            .http(SimulatedRoute53.QUICK_RETRIES)
            .httpLog(log::add)
            .build()) {
      manager.api().zones().iterator().hasNext(); // request 1
      simulator.throttleEvery(2); // request 2 throttled, its retry not
      manager.api().zones().put(Zone.create("log.example.", "hostmaster@log.example", 3600));
      simulator.throttleEvery(0);
    }

    assertThat(log)
        .anyMatch(line -> line.matches("--> POST http://\\S+/2013-04-01/hostedzone"))
        .anyMatch(line -> line.matches("<-- 201 POST \\S+/2013-04-01/hostedzone \\(\\d+ ms\\)"))
        .anyMatch(line -> line.startsWith("<-- 400 ")); // the throttled attempt, then its retry
    assertThat(String.join("\n", log)).doesNotContain("SECRET-not-logged", "TOKEN-not-logged");
  }
}
