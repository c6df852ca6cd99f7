package denominator.rfc2136;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.AuthenticationException;
import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.InvalidChangeException;
import denominator.ProviderConfig;
import denominator.ResourceRecordSetApi;
import denominator.UnknownOutcomeException;
import denominator.UnsupportedCapabilityException;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome.Status;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.http.HttpSettings;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.rdata.TXTData;
import denominator.tck.servers.BindServer;
import denominator.tck.servers.RunningServer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;
import org.xbill.DNS.Update;

/** What a real BIND 9 answers over DNS after the provider's writes, and how it refuses them. */
class Rfc2136AnswersTest {
  static final String ZONE = "answers.rfc2136.denominator.test.";
  static BindServer server;

  @RegisterExtension
  static final RunningServer SERVER = new RunningServer(() -> server = BindServer.start(ZONE));

  DNSApiManager manager;
  ResourceRecordSetApi sets;

  @BeforeEach
  void connect() {
    manager = connect(server.keyName(), server.keySecret());
    sets = manager.api().recordSets(ZONE);
  }

  @AfterEach
  void emptyAndClose() {
    ZonePool.empty(manager.api(), ZONE);
    manager.close();
  }

  @Test
  void aTxtLongerThan255BytesIsServedAsStringsThatJoinToTheText() throws IOException {
    String dkim = "v=DKIM1; k=rsa; p=" + "MIIB".repeat(100);
    sets.put(
        ResourceRecordSet.builder()
            .name("sel._domainkey." + ZONE)
            .type("TXT")
            .ttl(300)
            .add(TXTData.ofText(dkim))
            .build());

    TXTRecord served =
        (TXTRecord) query("sel._domainkey", Type.TXT).getSection(Section.ANSWER).get(0);
    assertThat(served.getStrings()).hasSize(2);
    assertThat(String.join("", served.getStrings())).isEqualTo(dkim);
  }

  @Test
  void afterAPutTheServerAnswersTheNewAddresses() throws IOException {
    sets.put(a("www", "192.0.2.1"));
    assertThat(addresses("www")).containsExactly("192.0.2.1");

    sets.put(a("www", "192.0.2.2", "192.0.2.3"));

    assertThat(addresses("www")).containsExactlyInAnyOrder("192.0.2.2", "192.0.2.3");
    sets.delete("www." + ZONE, "A");
    assertThat(query("www", Type.A).getRcode()).isEqualTo(Rcode.NXDOMAIN);
  }

  @Test
  void aChangeBetweenReadAndUpdateMakesTheUpdateFailAndKeepsTheOtherWritersValue()
      throws IOException {
    sets.put(a("www", "192.0.2.1"));
    Rfc2136DNSApi racing = racingApi(() -> outOfBand(a("www", "192.0.2.99")));
    ChangeSet changes =
        ChangeSet.builder().put(a("www", "192.0.2.2")).put(a("new", "192.0.2.3")).build();

    ChangeResult result = racing.apply(ZONE, changes, ApplyMode.ATOMIC);

    assertThat(result.outcomes())
        .extracting(o -> o.status())
        .containsExactly(Status.FAILED, Status.FAILED);
    assertThat(result.failures().get(0).error()).get().isInstanceOf(InvalidChangeException.class);
    assertThat(addresses("www")).containsExactly("192.0.2.99");
    assertThat(query("new", Type.A).getRcode()).isEqualTo(Rcode.NXDOMAIN);
  }

  @Test
  void bestEffortAppliesTheChangesAroundOneTheServerRefuses() throws IOException {
    sets.put(a("www", "192.0.2.1"));
    Rfc2136DNSApi racing = racingApi(() -> outOfBand(a("www", "192.0.2.99")));
    ChangeSet changes =
        ChangeSet.builder().put(a("www", "192.0.2.2")).put(a("new", "192.0.2.3")).build();

    ChangeResult result = racing.apply(ZONE, changes, ApplyMode.BEST_EFFORT);

    assertThat(result.outcomes())
        .extracting(o -> o.status())
        .containsExactly(Status.FAILED, Status.APPLIED);
    assertThat(addresses("www")).containsExactly("192.0.2.99");
    assertThat(addresses("new")).containsExactly("192.0.2.3");
  }

  @Test
  void aSetCreatedBetweenReadAndUpdateIsNotOverwritten() throws IOException {
    Rfc2136DNSApi racing = racingApi(() -> outOfBand(a("www", "192.0.2.99")));

    assertThatThrownBy(() -> racing.recordSets(ZONE).put(a("www", "192.0.2.2")))
        .isInstanceOf(InvalidChangeException.class);

    assertThat(addresses("www")).containsExactly("192.0.2.99");
  }

  @Test
  void aCnameCreatedMeanwhileAtAnEmptyNameMakesAPutThereFailInsteadOfBeingIgnored()
      throws IOException {
    ResourceRecordSet cname =
        ResourceRecordSet.builder()
            .name("fresh." + ZONE)
            .type("CNAME")
            .ttl(300)
            .add("target.example.net.")
            .build();
    Rfc2136DNSApi racing = racingApi(() -> outOfBand(cname));

    assertThatThrownBy(() -> racing.recordSets(ZONE).put(a("fresh", "192.0.2.2")))
        .isInstanceOf(InvalidChangeException.class);

    assertThat(query("fresh", Type.CNAME).getSection(Section.ANSWER)).hasSize(1);
  }

  @Test
  void aCnameBesideAnAddressIsRefusedBeforeSendingRatherThanIgnoredByTheServer()
      throws IOException {
    sets.put(a("www", "192.0.2.1"));

    assertThatThrownBy(
            () ->
                sets.put(
                    ResourceRecordSet.builder()
                        .name("www." + ZONE)
                        .type("CNAME")
                        .ttl(300)
                        .add("target.example.net.")
                        .build()))
        .isInstanceOf(InvalidChangeException.class);

    assertThat(addresses("www")).containsExactly("192.0.2.1");
  }

  @Test
  void aLargeChangeSetIsSentInSeveralMessagesAndAllApplied() throws IOException {
    ChangeSet.Builder changes = ChangeSet.builder();
    for (int i = 0; i < 1200; i++) {
      changes.put(a("host-" + i, "192.0.2." + (i % 250 + 1)));
    }

    Counting endpoints = new Counting(config(server.keySecret()));

    assertThat(endpoints.api().apply(ZONE, changes.build(), ApplyMode.ATOMIC).succeeded()).isTrue();

    assertThat(addresses("host-1199")).containsExactly("192.0.2.200");
    assertThat(endpoints.transfers).as("one read before writing").hasValue(1);
    assertThat(endpoints.updates).as("500 changes per message").hasValue(3);
  }

  @Test
  void largeRecordsAreSentInMessagesThatATcpMessageHolds() throws IOException {
    ChangeSet.Builder changes = ChangeSet.builder();
    for (int i = 0; i < 150; i++) { // 150 sets of 1,000 octets: at least 3 messages of 65,535
      changes.put(
          ResourceRecordSet.builder()
              .name("txt-" + i + "." + ZONE)
              .type("TXT")
              .ttl(300)
              .add(TXTData.ofText("x".repeat(996) + String.format("%04d", i)))
              .build());
    }
    Counting endpoints = new Counting(config(server.keySecret()));

    assertThat(endpoints.api().apply(ZONE, changes.build(), ApplyMode.ATOMIC).succeeded()).isTrue();

    assertThat(endpoints.updates.get()).isBetween(3, 4);
    assertThat(query("txt-149", Type.TXT).getSection(Section.ANSWER)).hasSize(1);
  }

  @Test
  void aPutIsOneTransferAndOneUpdate() throws IOException {
    Counting endpoints = new Counting(config(server.keySecret()));

    endpoints.api().recordSets(ZONE).put(a("www", "192.0.2.1"));

    assertThat(addresses("www")).containsExactly("192.0.2.1");
    assertThat(endpoints.transfers).hasValue(1);
    assertThat(endpoints.updates).hasValue(1);
  }

  @Test
  void atomicAcrossMessagesUndoesTheEarlierOnesWhenTheServerRefusesALaterOne() throws IOException {
    sets.put(a("www", "192.0.2.1"));
    Counting endpoints = new Counting(config(server.keySecret()).withMaxChangesPerBatch(2));
    endpoints.beforeUpdate =
        n -> {
          if (n == 2) { // another writer creates a set of the second message
            outOfBand(a("three", "192.0.2.99"));
          }
        };
    ChangeSet changes =
        ChangeSet.builder()
            .put(a("one", "192.0.2.2"))
            .put(a("www", "192.0.2.3"))
            .put(a("two", "192.0.2.4"))
            .put(a("three", "192.0.2.5"))
            .build();

    ChangeResult result = endpoints.api().apply(ZONE, changes, ApplyMode.ATOMIC);

    assertThat(result.outcomes())
        .extracting(o -> o.status())
        .containsExactly(Status.ROLLED_BACK, Status.ROLLED_BACK, Status.FAILED, Status.FAILED);
    assertThat(addresses("www")).containsExactly("192.0.2.1");
    assertThat(query("one", Type.A).getRcode()).isEqualTo(Rcode.NXDOMAIN);
    assertThat(query("two", Type.A).getRcode()).isEqualTo(Rcode.NXDOMAIN);
    assertThat(addresses("three")).containsExactly("192.0.2.99");
    assertThat(endpoints.updates).as("two messages and one undo").hasValue(3);
  }

  @Test
  void aChangeTheServerWouldIgnoreInALaterMessageIsRefusedBeforeSendingAndUndoesTheEarlierOnes()
      throws IOException {
    sets.put(a("www", "192.0.2.1"));
    Counting endpoints = new Counting(config(server.keySecret()).withMaxChangesPerBatch(1));
    ChangeSet changes = ChangeSet.builder().put(a("new", "192.0.2.2")).put(cname("www")).build();

    ChangeResult result = endpoints.api().apply(ZONE, changes, ApplyMode.ATOMIC);

    assertThat(result.outcomes())
        .extracting(o -> o.status())
        .containsExactly(Status.ROLLED_BACK, Status.FAILED);
    assertThat(query("new", Type.A).getRcode()).isEqualTo(Rcode.NXDOMAIN);
    assertThat(addresses("www")).containsExactly("192.0.2.1");
    assertThat(endpoints.updates).as("the first message and its undo").hasValue(2);
  }

  @Test
  void anUpdateWhoseRequestWasLostIsSentAgainAfterAWaitThroughTheSleeper() throws IOException {
    List<Duration> waits = new ArrayList<>();
    Counting endpoints = new Counting(config(server.keySecret()).withSleeper(waits::add));
    endpoints.beforeUpdate =
        n -> {
          if (n == 1) {
            throw new UnknownOutcomeException("lost before it reached the server", null);
          }
        };

    ChangeResult result =
        endpoints
            .api()
            .apply(ZONE, ChangeSet.builder().put(a("www", "192.0.2.1")).build(), ApplyMode.ATOMIC);

    assertThat(result.succeeded()).isTrue();
    assertThat(addresses("www")).containsExactly("192.0.2.1");
    assertThat(waits).hasSize(1);
    assertThat(endpoints.updates).hasValue(2);
    assertThat(endpoints.transfers).as("the read before, and the one showing it lost").hasValue(2);
  }

  @Test
  void anUpdateAppliedWhoseAnswerWasLostIsConfirmedByReadingWithoutSendingItAgain()
      throws IOException {
    sets.put(a("www", "192.0.2.1"));
    List<Duration> waits = new ArrayList<>();
    Counting endpoints = new Counting(config(server.keySecret()).withSleeper(waits::add));
    endpoints.loseAnswerOf = n -> n == 1;

    ChangeResult result =
        endpoints
            .api()
            .apply(ZONE, ChangeSet.builder().put(a("www", "192.0.2.2")).build(), ApplyMode.ATOMIC);

    assertThat(result.succeeded()).as("%s", result).isTrue();
    assertThat(addresses("www")).containsExactly("192.0.2.2");
    assertThat(waits).hasSize(1);
    assertThat(endpoints.updates).hasValue(1);
    assertThat(endpoints.transfers).as("the read before, and the one that confirms").hasValue(2);
  }

  @Test
  void aLostUpdateThatTookEffectAfterTheReadIsConfirmedWhenItsResendIsRefused() throws IOException {
    sets.put(a("www", "192.0.2.1"));
    Counting endpoints = new Counting(config(server.keySecret()).withSleeper(duration -> {}));
    endpoints.beforeUpdate =
        n -> {
          if (n == 1) {
            throw new UnknownOutcomeException("lost, and delayed", null);
          }
          if (n == 2) { // the delayed first attempt takes effect before the resend
            outOfBand(a("www", "192.0.2.2"));
          }
        };

    ChangeResult result =
        endpoints
            .api()
            .apply(ZONE, ChangeSet.builder().put(a("www", "192.0.2.2")).build(), ApplyMode.ATOMIC);

    assertThat(result.outcomes()).extracting(o -> o.status()).containsExactly(Status.APPLIED);
    assertThat(endpoints.updates).hasValue(2);
    assertThat(endpoints.transfers).as("before; lost; after the refused resend").hasValue(3);
  }

  @Test
  void anUnknownKeyNameIsAnAuthenticationFailure() {
    try (DNSApiManager stranger = connect("no-such-key", server.keySecret())) {
      assertThatThrownBy(() -> stranger.api().recordSets(ZONE).put(a("www", "192.0.2.1")))
          .isInstanceOf(AuthenticationException.class);
    }
  }

  @Test
  void anUpdateSignedWithAWrongSecretIsAnAuthenticationFailureNotARefusal() {
    Rfc2136Endpoints api =
        new Rfc2136Endpoints(
            config("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="), Rfc2136Server.parse(url()));
    Update update = new Update(Name.fromConstantString(ZONE));
    update.add(Rfc2136Records.toRecords(a("www", "192.0.2.1"), 300).get(0));

    assertThatThrownBy(() -> api.update(ZONE, update)).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void zonesAreThoseOfTheUrlAndPuttingOneUpdatesItsSoa() throws IOException {
    assertThat(manager.api().zones()).extracting(Zone::name).containsExactly(ZONE);

    manager.api().zones().put(new Zone(ZONE, ZONE, "dns.admin@example.net", 900));

    Zone updated = manager.api().zones().iterateByName(ZONE).next();
    assertThat(updated.email()).hasValue("dns.admin@example.net");
    assertThat(updated.ttl()).hasValue(900);
    assertThat(query("", Type.SOA).getSection(Section.ANSWER).get(0).rdataToString())
        .contains("dns\\.admin.example.net."); // the local part's dot is escaped
  }

  @Test
  void creatingOrDeletingAZoneIsUnsupported() {
    assertThatThrownBy(() -> manager.api().zones().put(Zone.create("other.test.", "a@b.c", 60)))
        .isInstanceOf(UnsupportedCapabilityException.class);
    assertThatThrownBy(() -> manager.api().zones().delete(ZONE))
        .isInstanceOf(UnsupportedCapabilityException.class);
  }

  /** An API whose first zone transfer is followed, before any UPDATE, by {@code concurrent}. */
  private static Rfc2136DNSApi racingApi(Runnable concurrent) {
    ProviderConfig config = config(server.keySecret());
    AtomicReference<Runnable> pending = new AtomicReference<>(concurrent);
    Rfc2136Server target = Rfc2136Server.parse(url());
    Rfc2136Endpoints endpoints =
        new Rfc2136Endpoints(config, target) {
          @Override
          List<Record> transfer(String zone) {
            List<Record> read = super.transfer(zone);
            Runnable writer = pending.getAndSet(null);
            if (writer != null) {
              writer.run();
            }
            return read;
          }
        };
    return new Rfc2136DNSApi(endpoints, target, config);
  }

  /**
   * The test server's endpoints, counting zone transfers and UPDATEs; {@code beforeUpdate} runs
   * before UPDATE number n (from 1) is sent, and the answer of those {@code loseAnswerOf} names is
   * lost after the server applied them.
   */
  private static final class Counting extends Rfc2136Endpoints {
    final ProviderConfig config;
    final AtomicInteger transfers = new AtomicInteger();
    final AtomicInteger updates = new AtomicInteger();
    IntConsumer beforeUpdate = n -> {};
    IntPredicate loseAnswerOf = n -> false;

    Counting(ProviderConfig config) {
      super(config, Rfc2136Server.parse(url()));
      this.config = config;
    }

    Rfc2136DNSApi api() {
      return new Rfc2136DNSApi(this, Rfc2136Server.parse(url()), config);
    }

    @Override
    List<Record> transfer(String zone) {
      transfers.incrementAndGet();
      return super.transfer(zone);
    }

    @Override
    void update(String zone, Update update) {
      int n = updates.incrementAndGet();
      beforeUpdate.accept(n);
      super.update(zone, update);
      if (loseAnswerOf.test(n)) {
        throw new UnknownOutcomeException("the answer was lost", null);
      }
    }
  }

  private static ProviderConfig config(String secret) {
    return new ProviderConfig(
        url(),
        () ->
            Credentials.of(Map.of("keyName", server.keyName(), "keySecret", secret))
                .resolve(new Rfc2136Provider().metadata()),
        Clock.systemUTC(),
        HttpSettings.defaults(),
        null);
  }

  /** Replaces the set with a signed UPDATE of another writer. */
  private static void outOfBand(ResourceRecordSet set) {
    Update update = new Update(Name.fromConstantString(ZONE));
    update.replace(Rfc2136Records.toRecords(set, 300).toArray(Record[]::new));
    try {
      assertThat(resolver(true).send(update).getRcode()).isEqualTo(Rcode.NOERROR);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> addresses(String label) throws IOException {
    Message response = query(label, Type.A);
    assertThat(response.getHeader().getFlag(Flags.AA)).isTrue();
    return response.getSection(Section.ANSWER).stream()
        .filter(ARecord.class::isInstance)
        .map(r -> ((ARecord) r).getAddress().getHostAddress())
        .toList();
  }

  private static Message query(String label, int type) throws IOException {
    Name name = Name.fromConstantString(label.isEmpty() ? ZONE : label + "." + ZONE);
    return resolver(false).send(Message.newQuery(Record.newRecord(name, type, DClass.IN)));
  }

  private static SimpleResolver resolver(boolean signed) {
    SimpleResolver resolver = new SimpleResolver(server.dnsAddress());
    if (signed) {
      resolver.setTSIGKey(new TSIG(server.keyAlgorithm(), server.keyName(), server.keySecret()));
    }
    return resolver;
  }

  private static DNSApiManager connect(String keyName, String secret) {
    return Denominator.builder()
        .provider("rfc2136")
        .url(url())
        .credentials(Credentials.of(Map.of("keyName", keyName, "keySecret", secret)))
        .build();
  }

  private static String url() {
    return "dns://127.0.0.1:" + server.dnsAddress().getPort() + "?zones=" + ZONE;
  }

  private static ResourceRecordSet cname(String label) {
    return ResourceRecordSet.builder()
        .name(label + "." + ZONE)
        .type("CNAME")
        .ttl(300)
        .add("target.example.net.")
        .build();
  }

  private static ResourceRecordSet a(String label, String... addresses) {
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder().name(label + "." + ZONE).type("A").ttl(300);
    for (String address : addresses) {
      set.add(address);
    }
    return set.build();
  }
}
