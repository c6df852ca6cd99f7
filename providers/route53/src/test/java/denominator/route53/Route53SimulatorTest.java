package denominator.route53;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.tck.LoopbackServers;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.InvalidChangeBatchException;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.Route53Exception;

/** The simulator itself, through the plain SDK: Route53's validation, limits and paging. */
class Route53SimulatorTest {
  @StartStop final MockWebServer server = LoopbackServers.server();
  final Route53Simulator simulator = new Route53Simulator();
  Route53Client client;
  String zoneId;

  @BeforeEach
  void open() {
    server.setDispatcher(simulator);
    client = client("AKID");
    zoneId =
        Route53Endpoints.bareId(
            client
                .createHostedZone(r -> r.name("example.com.").callerReference("ref"))
                .hostedZone()
                .id());
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void aBatchOfMoreThan1000RecordsIsRefusedWhole() {
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      changes.add(change(ChangeAction.UPSERT, a("host-" + i, null, null)));
    }

    assertThatThrownBy(() -> send(changes))
        .isInstanceOfSatisfying(
            InvalidChangeBatchException.class,
            e -> assertThat(e.getMessage()).contains("Number of records limit of 1000 exceeded"));
    assertThat(simulator.dump(zoneId)).hasSize(2);
  }

  @Test
  void oneBadChangeRefusesTheWholeBatchWithEveryMessage() {
    send(List.of(change(ChangeAction.CREATE, a("www", null, null))));

    assertThatThrownBy(
            () ->
                send(
                    List.of(
                        change(ChangeAction.CREATE, a("new", null, null)),
                        change(ChangeAction.CREATE, a("www", null, null)),
                        change(ChangeAction.DELETE, a("absent", null, null)))))
        .isInstanceOfSatisfying(
            InvalidChangeBatchException.class,
            e ->
                assertThat(Route53Errors.messages(e.awsErrorDetails().errorMessage()))
                    .containsExactly(
                        "Tried to create resource record set [name='www.example.com.', type='A'] but it"
                            + " already exists",
                        "Tried to delete resource record set [name='absent.example.com.', type='A'] but it"
                            + " was not found"));
    assertThat(simulator.dump(zoneId)).noneMatch(s -> s.startsWith("new."));
  }

  @Test
  void deletingWithOtherValuesIsRefused() {
    send(List.of(change(ChangeAction.CREATE, a("www", null, null))));
    ResourceRecordSet other = a("www", null, null).toBuilder().ttl(61L).build();

    assertThatThrownBy(() -> send(List.of(change(ChangeAction.DELETE, other))))
        .hasMessageContaining("do not match the current values");
  }

  @Test
  void overlappingGeolocationsAndBadWeightsAreRefused() {
    send(List.of(change(ChangeAction.CREATE, a("www", "one", "DE"))));

    assertThatThrownBy(() -> send(List.of(change(ChangeAction.CREATE, a("www", "two", "DE")))))
        .hasMessageContaining("same location");
    assertThatThrownBy(
            () ->
                send(
                    List.of(
                        change(
                            ChangeAction.CREATE,
                            a("api", "blue", null).toBuilder().weight(256L).build()))))
        .hasMessageContaining("outside 0..255");
  }

  @Test
  void listingReturnsAtMost300PerPageAndResumesAtTheNextIdentifier() {
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < 310; i++) {
      changes.add(
          change(
              ChangeAction.CREATE,
              a("www", String.format("w%03d", i), null).toBuilder().weight(1L).build()));
    }
    send(changes);

    ListResourceRecordSetsResponse first =
        client.listResourceRecordSets(r -> r.hostedZoneId(zoneId).maxItems("1000"));
    ListResourceRecordSetsResponse second =
        client.listResourceRecordSets(
            r ->
                r.hostedZoneId(zoneId)
                    .startRecordName(first.nextRecordName())
                    .startRecordType(first.nextRecordType())
                    .startRecordIdentifier(first.nextRecordIdentifier()));

    assertThat(first.resourceRecordSets()).hasSize(300);
    assertThat(first.isTruncated()).isTrue();
    assertThat(first.nextRecordIdentifier()).isEqualTo("w298");
    assertThat(second.resourceRecordSets())
        .hasSize(12)
        .first()
        .satisfies(set -> assertThat(set.setIdentifier()).isEqualTo("w298"));
    assertThat(second.isTruncated()).isFalse();
  }

  @Test
  void anUnknownAccessKeyIsRefusedAndPriorRequestNotCompleteIsRetried() {
    try (Route53Client stranger = client("STRANGER")) {
      assertThatThrownBy(stranger::listHostedZones)
          .isInstanceOfSatisfying(
              Route53Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    }

    simulator.throttleWith("PriorRequestNotComplete").throttleEvery(2).resetCounts();
    client.listHostedZones(); // request 1 passes
    assertThat(client.listHostedZones().hostedZones()).hasSize(1); // 2 refused, 3 passes
    assertThat(simulator.requests("ListHostedZones")).isEqualTo(3);
  }

  private Route53Client client(String accessKey) {
    return Route53Client.builder()
        .endpointOverride(URI.create(server.url("/").toString()))
        .region(Region.US_EAST_1)
        .httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, "SECRET")))
        .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD))
        .build();
  }

  private void send(List<Change> changes) {
    client.changeResourceRecordSets(
        r -> r.hostedZoneId(zoneId).changeBatch(b -> b.changes(changes)));
  }

  private static Change change(ChangeAction action, ResourceRecordSet set) {
    return Change.builder().action(action).resourceRecordSet(set).build();
  }

  private static ResourceRecordSet a(String label, String setIdentifier, String country) {
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder()
            .name(label + ".example.com.")
            .type("A")
            .ttl(60L)
            .setIdentifier(setIdentifier)
            .resourceRecords(ResourceRecord.builder().value("192.0.2.1").build());
    if (country != null) {
      set.geoLocation(g -> g.countryCode(country));
    }
    return set.build();
  }
}
