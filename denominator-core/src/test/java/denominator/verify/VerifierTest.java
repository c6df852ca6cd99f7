package denominator.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.kit.ManualTime;
import denominator.kit.Poller;
import denominator.kit.Sleeper;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.geo.Geo;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.ClientSubnetOption;
import org.xbill.DNS.DClass;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;

class VerifierTest {
  /** Answers A queries by the first octet of the client subnet, as a GeoIP server would. */
  static final class SubnetResponder implements AutoCloseable {
    final DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    final AtomicInteger queries = new AtomicInteger();
    volatile Map<Integer, String> answers;
    final Thread thread = new Thread(this::serve, "subnet-responder");

    SubnetResponder(Map<Integer, String> answers) throws IOException {
      this.answers = answers;
      thread.setDaemon(true);
      thread.start();
    }

    InetSocketAddress address() {
      return new InetSocketAddress(socket.getLocalAddress(), socket.getLocalPort());
    }

    private void serve() {
      byte[] buffer = new byte[4096];
      while (!socket.isClosed()) {
        try {
          DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
          socket.receive(packet);
          queries.incrementAndGet();
          Message query =
              new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
          int octet = 0;
          OPTRecord opt = query.getOPT();
          if (opt != null) {
            for (EDNSOption option : opt.getOptions(EDNSOption.Code.CLIENT_SUBNET)) {
              octet = ((ClientSubnetOption) option).getAddress().getAddress()[0] & 0xff;
            }
          }
          Message response = new Message(query.getHeader().getID());
          response.getHeader().setFlag(Flags.QR);
          response.getHeader().setFlag(Flags.AA);
          Record question = query.getQuestion();
          response.addRecord(question, Section.QUESTION);
          response.addRecord(
              new ARecord(
                  question.getName(),
                  DClass.IN,
                  60,
                  InetAddress.getByName(answers.getOrDefault(octet, "192.0.2.250"))),
              Section.ANSWER);
          byte[] wire = response.toWire();
          socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
        } catch (IOException e) {
          return;
        }
      }
    }

    @Override
    public void close() {
      socket.close();
    }
  }

  SubnetResponder responder;

  @AfterEach
  void stop() {
    if (responder != null) {
      responder.close();
    }
  }

  static ResourceRecordSet geo(String qualifier, String regions, String address) {
    return ResourceRecordSet.builder()
        .name("www.example.com.")
        .type("A")
        .qualifier(qualifier)
        .geo(Geo.parse(regions))
        .add(address)
        .build();
  }

  @Test
  void eachRegionIsAskedWithItsSubnetAndGetsTheMostSpecificSet() throws IOException {
    responder = new SubnetResponder(Map.of(85, "192.0.2.2", 8, "192.0.2.1", 24, "192.0.2.3"));
    List<ResourceRecordSet> sets =
        List.of(
            geo("na", "continent:NA", "192.0.2.1"),
            geo("eu", "continent:EU", "192.0.2.2"),
            geo("ca", "CA", "192.0.2.3"),
            geo("rest", "*", "192.0.2.250"));

    VerificationReport report = Verifier.of(List.of(responder.address())).verify(sets);

    assertThat(report.ok()).as(report.toTable()).isTrue();
    assertThat(report.checks())
        .extracting(Check::region, Check::subnet)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("continent:NA", "8.8.8.0/24"),
            org.assertj.core.groups.Tuple.tuple("continent:EU", "85.214.0.0/24"),
            org.assertj.core.groups.Tuple.tuple("CA", "24.48.0.0/24"),
            org.assertj.core.groups.Tuple.tuple("*", ""));
  }

  @Test
  void aWrongAnswerIsAskedAgainUntilTheDeadlineAndReported() throws IOException {
    responder = new SubnetResponder(Map.of(85, "192.0.2.9"));
    ManualTime time = new ManualTime();

    VerificationReport report =
        Verifier.of(List.of(responder.address()))
            .withDeadline(Duration.ofSeconds(3), Duration.ofSeconds(1))
            .withPoller(time.poller(Duration.ofSeconds(1), Duration.ofSeconds(1)))
            .verify(List.of(geo("eu", "continent:EU", "192.0.2.2")));

    assertThat(report.ok()).isFalse();
    assertThat(report.failures())
        .singleElement()
        .satisfies(
            check -> {
              assertThat(check.expected())
                  .extracting(Object::toString)
                  .containsExactly("192.0.2.2");
              assertThat(check.seen()).extracting(Object::toString).containsExactly("192.0.2.9");
            });
    assertThat(time.sleeps()).as("waits through the poller, every interval").hasSize(3);
    assertThat(time.sleeps()).containsOnly(Duration.ofSeconds(1));
    assertThat(responder.queries.get()).isEqualTo(4);
  }

  @Test
  void aLateServerPassesOnceItServesTheChange() throws Exception {
    responder = new SubnetResponder(Map.of(8, "192.0.2.9"));
    ManualTime time = new ManualTime();
    // the server serves the change while the verifier waits its second interval
    Sleeper serveOnSecondWait =
        wait -> {
          time.sleep(wait);
          if (time.sleeps().size() == 2) {
            responder.answers = Map.of(8, "192.0.2.1");
          }
        };

    VerificationReport report =
        Verifier.of(List.of(responder.address()))
            .withDeadline(Duration.ofSeconds(60), Duration.ofSeconds(1))
            .withPoller(
                new Poller(time, serveOnSecondWait, Duration.ofSeconds(1), Duration.ofSeconds(1)))
            .verify(List.of(geo("na", "continent:NA", "192.0.2.1")));

    assertThat(report.ok()).as(report.toTable()).isTrue();
    assertThat(time.sleeps()).hasSize(2);
    assertThat(responder.queries.get()).isEqualTo(3);
  }

  @Test
  void regionsWithoutASampleAndWeightedSetsAreReportedUnchecked() throws IOException {
    responder = new SubnetResponder(Map.of());

    VerificationReport report =
        Verifier.of(List.of(responder.address()))
            .verify(
                List.of(
                    geo("ant", "continent:AN", "192.0.2.1"),
                    ResourceRecordSet.builder()
                        .name("cdn.example.com.")
                        .type("A")
                        .qualifier("blue")
                        .weighted(new Weighted(1))
                        .add("192.0.2.5")
                        .build()));

    assertThat(report.checks()).isEmpty();
    assertThat(report.unchecked())
        .containsExactly(
            "www.example.com. A from continent:AN: no sample subnet",
            "cdn.example.com. A: weighted answers are random");
    assertThat(report.ok()).as("a verification that checked nothing").isFalse();
  }

  @Test
  void aVerifierWithoutServersIsRefused() {
    assertThatThrownBy(() -> Verifier.of(List.of()))
        .isInstanceOf(denominator.ValidationException.class)
        .hasMessageContaining("no server");
  }

  @Test
  void samplingCountsTheAnswersOfEveryServer() throws IOException {
    responder = new SubnetResponder(Map.of(0, "192.0.2.7"));

    Map<java.util.Set<denominator.model.rdata.RData>, Integer> counts =
        Verifier.of(List.of(responder.address(), responder.address()))
            .sample("cdn.example.com.", "A", 5);

    assertThat(counts).hasSize(1);
    assertThat(counts.values()).containsExactly(10);
    assertThat(counts.keySet().iterator().next())
        .extracting(Object::toString)
        .containsExactly("192.0.2.7");
  }

  @Test
  void anUnreachableServerIsAFailureNotAnException() {
    VerificationReport report =
        Verifier.of(List.of(new InetSocketAddress("127.0.0.1", 9)))
            .withDeadline(Duration.ZERO, Duration.ofMillis(10))
            .verify(
                List.of(
                    ResourceRecordSet.builder()
                        .name("www.example.com.")
                        .type("A")
                        .add("192.0.2.1")
                        .build()));

    assertThat(report.ok()).isFalse();
    assertThat(report.failures().get(0).error()).isNotEmpty();
  }
}
