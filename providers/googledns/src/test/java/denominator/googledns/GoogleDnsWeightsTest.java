package denominator.googledns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.ValidationException;
import denominator.googledns.GoogleDnsJson.RRSet;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code routingPolicy.wrr} items as weighted sets and back; other policies as provider routing.
 */
class GoogleDnsWeightsTest {

  static RRSet rrset(String policy) {
    return RRSet.of(
        JsonParser.parseString(
                "{\"name\":\"www.example.com.\",\"type\":\"A\",\"ttl\":60,\"routingPolicy\":"
                    + policy
                    + "}")
            .getAsJsonObject());
  }

  static ResourceRecordSet weighted(String qualifier, int weight, String value) {
    return ResourceRecordSet.builder()
        .name("www.example.com.")
        .type("A")
        .ttl(60)
        .qualifier(qualifier)
        .weighted(new Weighted(weight))
        .add(value)
        .build();
  }

  @Test
  void wrrItemsAreWeightedSetsQualifiedByPosition() {
    List<ResourceRecordSet> sets =
        GoogleDnsRecords.sets(
            rrset(
                "{\"kind\":\"dns#rRSetRoutingPolicy\",\"wrr\":{\"items\":["
                    + "{\"weight\":100.0,\"rrdatas\":[\"192.0.2.1\"]},"
                    + "{\"weight\":0,\"rrdatas\":[\"192.0.2.2\",\"192.0.2.3\"]}]}}"));

    assertThat(sets)
        .containsExactly(
            weighted("0", 100, "192.0.2.1"),
            weighted("1", 0, "192.0.2.2").toBuilder().add("192.0.2.3").build());
  }

  @Test
  void weightedSetsAreWrrItemsInNumericQualifierOrder() {
    JsonObject policy =
        GoogleDnsWeights.policy(
            List.of(weighted("10", 1, "192.0.2.10"), weighted("9", 2, "192.0.2.9")));

    assertThat(policy)
        .isEqualTo(
            JsonParser.parseString(
                "{\"wrr\":{\"items\":[{\"weight\":2,\"rrdatas\":[\"192.0.2.9\"]},"
                    + "{\"weight\":1,\"rrdatas\":[\"192.0.2.10\"]}]}}"));
    assertThat(GoogleDnsRecords.sets(rrset(policy.toString())))
        .extracting(ResourceRecordSet::qualifier)
        .map(q -> q.orElseThrow())
        .containsExactly("0", "1"); // named by position again
  }

  @Test
  void qualifiersMustBeDecimalIntegers() {
    GoogleDnsWeights.checkQualifier(weighted("0", 1, "192.0.2.1"));
    GoogleDnsWeights.checkQualifier(weighted("42", 1, "192.0.2.1"));

    for (String bad : List.of("us-east", "01", "-1", "1.5", " 1")) {
      assertThatThrownBy(() -> GoogleDnsWeights.checkQualifier(weighted(bad, 1, "192.0.2.1")))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining(bad)
          .hasMessageContaining("decimal integer");
    }
  }

  @Test
  void fractionalOrLargeWeightsAreProviderRouting() {
    List<ResourceRecordSet> sets =
        GoogleDnsRecords.sets(
            rrset(
                "{\"wrr\":{\"items\":[{\"weight\":0.5,\"rrdatas\":[\"192.0.2.1\"]},"
                    + "{\"weight\":5000,\"rrdatas\":[\"192.0.2.2\"]}]}}"));

    assertThat(sets)
        .extracting(s -> s.key(), s -> s.providerData().get(ResourceRecordSet.ROUTING))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                RecordSetKey.of("www.example.com.", "A", "0"), "wrr weight=0.5"),
            org.assertj.core.groups.Tuple.tuple(
                RecordSetKey.of("www.example.com.", "A", "1"), "wrr weight=5000"));
  }

  @Test
  void geoItemsAreProviderRoutingQualifiedByLocation() {
    List<ResourceRecordSet> sets =
        GoogleDnsRecords.sets(
            rrset(
                "{\"geo\":{\"items\":[{\"location\":\"us-east1\",\"rrdatas\":[\"192.0.2.1\"]},"
                    + "{\"location\":\"europe-west1\",\"rrdatas\":[\"192.0.2.2\"]}],"
                    + "\"enableFencing\":false}}"));

    assertThat(sets)
        .extracting(s -> s.qualifier().orElseThrow(), s -> s.providerData().get("routing"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("europe-west1", "geo location=europe-west1"),
            org.assertj.core.groups.Tuple.tuple("us-east1", "geo location=us-east1"));
    assertThat(sets).allSatisfy(s -> assertThat(s.weighted()).isEmpty());
  }

  @Test
  void healthCheckedItemsAreProviderRoutingShowingTheirTargets() {
    List<ResourceRecordSet> sets =
        GoogleDnsRecords.sets(
            rrset(
                "{\"healthCheck\":\"hc\",\"wrr\":{\"items\":["
                    + "{\"weight\":1,\"rrdatas\":[\"192.0.2.1\"]},"
                    + "{\"weight\":2,\"healthCheckedTargets\":{\"externalEndpoints\":[\"192.0.2.9\"]}}]}}"));

    assertThat(sets)
        .extracting(s -> s.providerData().get("routing"), s -> s.records().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("wrr weight=1", "[192.0.2.1]"),
            org.assertj.core.groups.Tuple.tuple(
                "wrr weight=2", "[healthCheckedTargets {\"externalEndpoints\":[\"192.0.2.9\"]}]"));
    assertThat(sets.get(1).records().get(0)).isInstanceOf(GoogleDnsTargets.class);
  }

  @Test
  void primaryBackupShowsItsPrimaryTargetsAndBackupGeoTargets() {
    List<ResourceRecordSet> sets =
        GoogleDnsRecords.sets(
            rrset(
                "{\"primaryBackup\":{\"primaryTargets\":{\"internalLoadBalancers\":[]},"
                    + "\"backupGeoTargets\":{\"items\":[{\"location\":\"us-west1\","
                    + "\"rrdatas\":[\"192.0.2.7\"]}]},\"trickleTraffic\":0.1}}"));

    assertThat(sets)
        .extracting(s -> s.qualifier().orElseThrow(), s -> s.providerData().get("routing"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "backup-us-west1", "primaryBackup backup location=us-west1"),
            org.assertj.core.groups.Tuple.tuple("primary", "primaryBackup primary"));
  }
}
