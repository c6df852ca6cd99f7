package denominator.route53;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * Another tool writing a simulated Route53: the plain AWS SDK, as the AWS CLI or Terraform would,
 * never through Denominator.
 */
final class ForeignRoute53 implements AutoCloseable {
  private final Route53Client client;

  ForeignRoute53(MockWebServer server) {
    client =
        Route53Client.builder()
            .endpointOverride(URI.create(server.url("/").toString()))
            .region(Region.US_EAST_1)
            .httpClient(UrlConnectionHttpClient.create())
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "SECRET")))
            .build();
  }

  /** Creates a hosted zone and returns its bare id. */
  String createZone(String name) {
    return Route53Endpoints.bareId(
        client
            .createHostedZone(
                r -> r.name(name).callerReference(java.util.UUID.randomUUID().toString()))
            .hostedZone()
            .id());
  }

  /** Creates these record sets in one batch. */
  void create(String zoneId, List<ResourceRecordSet> sets) {
    client.changeResourceRecordSets(
        r ->
            r.hostedZoneId(zoneId)
                .changeBatch(
                    b ->
                        b.changes(
                            sets.stream()
                                .map(
                                    s ->
                                        Change.builder()
                                            .action(ChangeAction.CREATE)
                                            .resourceRecordSet(s)
                                            .build())
                                .toList())));
  }

  /** A record set named {@code name} of this type, TTL 60, these values, then {@code more}. */
  static ResourceRecordSet set(
      String name,
      String type,
      String setIdentifier,
      Consumer<ResourceRecordSet.Builder> more,
      String... values) {
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder()
            .name(name)
            .type(type)
            .ttl(60L)
            .setIdentifier(setIdentifier)
            .resourceRecords(
                java.util.Arrays.stream(values)
                    .map(v -> ResourceRecord.builder().value(v).build())
                    .toList());
    more.accept(set);
    return set.build();
  }

  @Override
  public void close() {
    client.close();
  }

  /**
   * Sets of {@code zone} routed by policies the model lacks, as another tool writes them: latency,
   * failover (with health checks), multivalue, CIDR and geoproximity.
   */
  static List<ResourceRecordSet> routedByPolicies(String zone) {
    return List.of(
        set(
            "lat." + zone,
            "A",
            "eu",
            s -> s.region("eu-west-1").healthCheckId("hc-1"),
            "192.0.2.1"),
        set(
            "fo." + zone,
            "A",
            "primary",
            s -> s.failover("PRIMARY").healthCheckId("hc-2"),
            "192.0.2.1"),
        set("fo." + zone, "A", "secondary", s -> s.failover("SECONDARY"), "192.0.2.2"),
        set("mv." + zone, "A", "one", s -> s.multiValueAnswer(true), "192.0.2.1"),
        set(
            "cidr." + zone,
            "A",
            "office",
            s -> s.cidrRoutingConfig(c -> c.collectionId("c-1").locationName("hq")),
            "192.0.2.1"),
        set(
            "near." + zone,
            "A",
            "east",
            s -> s.geoProximityLocation(g -> g.awsRegion("us-east-1").bias(10)),
            "192.0.2.1"));
  }

  /** The sets of {@code lists}, in order. */
  @SafeVarargs
  static List<ResourceRecordSet> concat(List<ResourceRecordSet>... lists) {
    return Arrays.stream(lists).flatMap(List::stream).toList();
  }
}
