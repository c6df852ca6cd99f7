package denominator.ns1;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.DNSApiManager;
import denominator.model.Zone;
import denominator.tck.LoopbackServers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * A zone create at NS1 is sent once: NS1 answers a second copy {@code 400 zone already exists}, so
 * a copy sent again after a lost answer would turn the first copy's success into a refusal. What
 * the create did is then read.
 */
class Ns1ZoneCreateTest {
  @StartStop final MockWebServer server = LoopbackServers.server();
  final Ns1Simulator ns1 = SimulatedNs1.roomy().build();
  final List<String> writes = new CopyOnWriteArrayList<>();

  @Test
  void aCreateWhoseAnswerIsLostIsFoundNotSentAgain() {
    server.setDispatcher(
        writesThrough(
            (request, answer) ->
                writes.size() == 1
                    ? answer
                        .newBuilder()
                        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                        .build()
                    : answer));

    Zone made = put(Zone.create("lost.example.", "ops@lost.example.", 600));

    assertThat(made.email()).hasValue("ops@lost.example.");
    assertThat(made.ttl()).hasValue(600);
    assertThat(writes).containsExactly("PUT /v1/zones/lost.example", "POST /v1/zones/lost.example");
  }

  @Test
  void aZoneAnotherClientCreatedFirstIsTaken() {
    server.setDispatcher(
        writesThrough(
            (request, answer) ->
                writes.size() == 1 ? ns1.dispatch(request) : answer)); // a second copy: 400

    Zone made = put(Zone.create("raced.example.", "ops@raced.example.", 600));

    assertThat(made.email()).hasValue("ops@raced.example.");
    assertThat(writes)
        .containsExactly("PUT /v1/zones/raced.example", "POST /v1/zones/raced.example");
  }

  private Zone put(Zone zone) {
    try (DNSApiManager manager = SimulatedNs1.builder(server).build()) {
      String id = manager.api().zones().put(zone);
      return manager.api().zones().byId(id).orElseThrow();
    }
  }

  /** The simulator, each write's answer passed through {@code fault} after it is recorded. */
  private Dispatcher writesThrough(Fault fault) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        MockResponse answer = ns1.dispatch(request);
        if (request.getMethod().equals("GET")) {
          return answer;
        }
        writes.add(request.getMethod() + " " + request.getUrl().encodedPath());
        return fault.apply(request, answer);
      }
    };
  }

  private interface Fault {
    MockResponse apply(RecordedRequest request, MockResponse answer);
  }
}
