package denominator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import denominator.model.geo.Geo;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceRecordSetTest {
  final ResourceRecordSet.Builder www =
      ResourceRecordSet.builder().name("WWW.Example.com").type("a").add("192.0.2.1");

  @Test
  void namesAreAbsoluteAndLowerCaseAndTypesUpperCase() {
    ResourceRecordSet set = www.build();

    assertThat(set.name()).isEqualTo("www.example.com.");
    assertThat(set.type()).isEqualTo("A");
    assertThat(set.qualifier()).isEmpty();
    assertThat(set.ttl()).isEmpty();
  }

  @Test
  void toBuilderMakesAnEqualSet() {
    ResourceRecordSet set = www.ttl(60).qualifier("eu").geo(Geo.parse("DE")).build();

    assertThat(set.toBuilder().build()).isEqualTo(set).hasSameHashCodeAs(set);
    assertThat(set.toBuilder().ttl(61).build()).isNotEqualTo(set);
  }

  @Test
  void recordOrderDoesNotMatterButDuplicatesAreRefused() {
    ResourceRecordSet.Builder two = ResourceRecordSet.builder().name("a.example.").type("A");

    assertThat(two.records(java.util.List.of()).add("192.0.2.1").add("192.0.2.2").build())
        .isEqualTo(
            ResourceRecordSet.builder()
                .name("a.example.")
                .type("A")
                .add("192.0.2.2")
                .add("192.0.2.1")
                .build());
    assertThatThrownBy(() -> two.add("192.0.2.1").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("duplicate");
  }

  @Test
  void aCnameSetHoldsExactlyOneRecord() {
    ResourceRecordSet.Builder alias =
        ResourceRecordSet.builder().name("alias.example.").type("CNAME").add("a.example.net.");

    assertThat(alias.build().records()).hasSize(1);
    assertThatThrownBy(() -> alias.add("b.example.net.").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.value()).isEqualTo("[a.example.net., b.example.net.]"));
  }

  @Test
  void aSetNeedsRecords() {
    assertThatThrownBy(() -> ResourceRecordSet.builder().name("a.example.").type("A").build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("a.example. A"));
  }

  @Test
  void geoOrWeightNeedsAQualifierAndAQualifierNeedsOne() {
    assertThatThrownBy(() -> www.geo(Geo.parse("DE")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("without qualifier");
    assertThatThrownBy(() -> www.geo(null).qualifier("q").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("qualified");
    assertThatThrownBy(() -> www.geo(Geo.parse("DE")).weighted(new Weighted(1)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("both");
  }

  @Test
  void badNamesTtlsAndTypesAreRefusedWithTheValue() {
    assertThatThrownBy(() -> www.name("a..example.com").build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("a..example.com"));
    assertThatThrownBy(() -> www.name("x".repeat(64) + ".example.com").build())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> www.name("www.example.com").ttl(-1).build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("-1"));
    assertThatThrownBy(() -> RecordTypes.normalize("NOPE"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("NOPE"));
  }

  @Test
  void providerDataIsPartOfTheValueAndKeptByToBuilder() {
    ResourceRecordSet checked =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("A")
            .qualifier("blue")
            .weighted(new Weighted(10))
            .add("192.0.2.1")
            .providerData("healthCheckId", "abc-123")
            .build();

    assertThat(checked.providerData()).containsExactly(Map.entry("healthCheckId", "abc-123"));
    assertThat(checked.toBuilder().build()).isEqualTo(checked);
    assertThat(checked.toBuilder().providerData(Map.of()).build()).isNotEqualTo(checked);
    assertThat(checked.toString()).contains("healthCheckId=[abc-123]");
    assertThatThrownBy(() -> checked.providerData().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aSetLeavingOutProviderDataKeepsTheCurrentSets() {
    ResourceRecordSet current =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("A")
            .add("192.0.2.1")
            .providerData("disabled", "[\"192.0.2.1\"]")
            .providerData("c", "x")
            .build();
    ResourceRecordSet desired =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("A")
            .add("192.0.2.2")
            .providerData("c", "y")
            .build();

    ResourceRecordSet kept = desired.keepingProviderDataOf(current);

    assertThat(kept.providerData())
        .containsEntry("disabled", "[\"192.0.2.1\"]")
        .containsEntry("c", "y")
        .hasSize(2);
    assertThat(kept.records()).isEqualTo(desired.records());
    assertThat(desired.keepingProviderDataOf(null)).isSameAs(desired);
  }

  @Test
  void aProviderRoutedSetHasAQualifierAndNeitherGeoNorWeight() {
    ResourceRecordSet latency =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("A")
            .qualifier("prod/eu")
            .add("192.0.2.1")
            .providerData(ResourceRecordSet.ROUTING, "latency region=eu-west-1")
            .build();
    assertThat(latency.geo()).isEmpty();
    assertThat(latency.weighted()).isEmpty();

    assertThatThrownBy(() -> latency.toBuilder().qualifier(null).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("without qualifier");
    assertThatThrownBy(() -> latency.toBuilder().weighted(new Weighted(1)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("provider routing");
  }

  @Test
  void providerDataNamesAreWordsAndValuesOneLine() {
    assertThatThrownBy(() -> www.providerData("bad key", "v").build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("bad key"));
    assertThatThrownBy(() -> www.providerData(Map.of("k", "two\nlines")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("provider-data value of k");
  }
}
