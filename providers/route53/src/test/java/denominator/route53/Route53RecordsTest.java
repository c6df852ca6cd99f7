package denominator.route53;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.change.Change;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.route53.model.ResourceRecord;

class Route53RecordsTest {

  @Test
  void anAliasIsWrittenAsAnAliasTargetWithoutTtlAndReadBack() {
    ResourceRecordSet set =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("A")
            .add(new AliasTarget("A", "Z2FDTNDATAQYW2", "d111111abcdef8.cloudfront.net.", true))
            .build();

    var route53 = Route53Records.toRoute53(set).get(0);

    assertThat(route53.ttl()).isNull();
    assertThat(route53.hasResourceRecords()).isFalse();
    assertThat(route53.aliasTarget().hostedZoneId()).isEqualTo("Z2FDTNDATAQYW2");
    assertThat(route53.aliasTarget().dnsName()).isEqualTo("d111111abcdef8.cloudfront.net.");
    assertThat(route53.aliasTarget().evaluateTargetHealth()).isTrue();
    assertThat(Route53Records.fromRoute53(List.of(route53))).containsExactly(set);
  }

  @Test
  void anAliasPrintsItsTargetAndAnswersWithItsType() {
    AliasTarget alias = new AliasTarget("aaaa", "Z1", "LB.example.net", false);

    assertThat(alias.type()).isEqualTo("AAAA");
    assertThat(alias.provider()).isEqualTo("route53");
    assertThat(alias).hasToString("alias Z1 lb.example.net. false");
  }

  @Test
  void anAliasWithATtlOrOtherRecordsIsRefused() {
    AliasTarget alias = new AliasTarget("A", "Z1", "lb.example.net.", false);

    assertThatThrownBy(
            () ->
                Route53Records.toRoute53(
                    ResourceRecordSet.builder()
                        .name("www.example.com.")
                        .type("A")
                        .ttl(60)
                        .add(alias)
                        .build()))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () ->
                Route53Records.toRoute53(
                    ResourceRecordSet.builder()
                        .name("www.example.com.")
                        .type("A")
                        .add(alias)
                        .add("192.0.2.1")
                        .build()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void weightedSetsCarryTheirQualifierAsSetIdentifier() {
    ResourceRecordSet set =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("A")
            .qualifier("blue")
            .ttl(60)
            .weighted(new Weighted(255))
            .add("192.0.2.1")
            .build();

    var route53 = Route53Records.toRoute53(set).get(0);

    assertThat(route53.setIdentifier()).isEqualTo("blue");
    assertThat(route53.weight()).isEqualTo(255L);
    assertThat(Route53Records.fromRoute53(List.of(route53))).containsExactly(set);
  }

  @Test
  void aWeightAbove255IsRefusedBeforeAnyRequest() {
    assertThatThrownBy(
            () ->
                checkPut(
                    ResourceRecordSet.builder()
                        .name("www.example.com.")
                        .type("A")
                        .qualifier("blue")
                        .ttl(60)
                        .weighted(new Weighted(256))
                        .add("192.0.2.1")
                        .build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("256")
        .hasMessageContaining("0..255");
  }

  @Test
  void aTypeRoute53LacksIsAnUnsupportedCapability() {
    assertThatThrownBy(
            () ->
                checkPut(
                    ResourceRecordSet.builder()
                        .name("www.example.com.")
                        .type("HINFO")
                        .ttl(60)
                        .add("\"cpu\" \"os\"")
                        .build()))
        .isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("HINFO");
  }

  // The batch writer's check, which runs before any request (so it needs no endpoint).
  private static void checkPut(ResourceRecordSet set) {
    new Route53Batches(null, "Z1", null).check(new Change.Put(set));
  }

  @Test
  void routingPoliciesTheModelLacksAreReadAsProviderRoutedSetsAndNeverWritten() {
    var failover =
        software.amazon.awssdk.services.route53.model.ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("A")
            .setIdentifier("primary")
            .failover("PRIMARY")
            .ttl(60L)
            .resourceRecords(ResourceRecord.builder().value("192.0.2.1").build())
            .build();

    ResourceRecordSet read = Route53Records.fromRoute53(List.of(failover)).get(0);
    assertThat(read.qualifier()).contains("primary");
    assertThat(read.providerData())
        .containsExactly(java.util.Map.entry(ResourceRecordSet.ROUTING, "failover PRIMARY"));
    assertThatThrownBy(() -> Route53Records.toRoute53(read))
        .isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("primary");
  }
}
