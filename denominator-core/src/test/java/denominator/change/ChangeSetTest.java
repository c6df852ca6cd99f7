package denominator.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.geo.Geo;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeSetTest {
  static ResourceRecordSet a(String name, String... addresses) {
    ResourceRecordSet.Builder set = ResourceRecordSet.builder().name(name).type("A").ttl(300);
    for (String address : addresses) {
      set.add(address);
    }
    return set.build();
  }

  @Test
  void twoChangesToOneSetAreRefused() {
    assertThatThrownBy(
            () ->
                ChangeSet.builder()
                    .put(a("www.example.com.", "192.0.2.1"))
                    .delete(RecordSetKey.of("WWW.example.com", "a"))
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("www.example.com. A"));
  }

  @Test
  void geoAndWeightedSetsOfOneNameAndTypeAreRefused() {
    ResourceRecordSet geo =
        a("www.example.com.", "192.0.2.1").toBuilder().qualifier("eu").geo(Geo.parse("DE")).build();
    ResourceRecordSet weighted =
        a("www.example.com.", "192.0.2.2").toBuilder()
            .qualifier("w")
            .weighted(new Weighted(1))
            .build();

    assertThatThrownBy(() -> ChangeSet.builder().put(geo).put(weighted).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.value()).isEqualTo("geo eu and weighted w"));
    assertThatThrownBy(
            () -> ChangeSet.builder().put(a("www.example.com.", "192.0.2.3")).put(geo).build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("plain and geo eu"));
  }

  @Test
  void setsOfOneProfileOrOfOtherTypesMayGoTogether() {
    ResourceRecordSet eu =
        a("www.example.com.", "192.0.2.1").toBuilder().qualifier("eu").geo(Geo.parse("DE")).build();
    ResourceRecordSet us =
        a("www.example.com.", "192.0.2.2").toBuilder().qualifier("us").geo(Geo.parse("US")).build();
    ResourceRecordSet txt =
        ResourceRecordSet.builder().name("www.example.com.").type("TXT").add("\"x\"").build();

    assertThat(
            ChangeSet.builder()
                .put(eu)
                .put(us)
                .put(txt)
                .delete(RecordSetKey.of("www.example.com.", "A"))
                .build()
                .size())
        .isEqualTo(4);
  }

  @Test
  void aChangeIsMadeInAZoneThatShowsItsResult() {
    ResourceRecordSet www = a("www.example.com.", "192.0.2.1");
    Change put = new Change.Put(www);
    Change delete = new Change.Delete(www.key());

    assertThat(put.isMadeIn(Map.of(www.key(), www))).isTrue();
    assertThat(put.isMadeIn(Map.of(www.key(), a("www.example.com.", "192.0.2.2")))).isFalse();
    assertThat(put.isMadeIn(Map.of())).isFalse();
    assertThat(delete.isMadeIn(Map.of())).isTrue();
    assertThat(delete.isMadeIn(Map.of(www.key(), www))).isFalse();
  }

  @Test
  void aPutLeavingProviderDataOutIsMadeWhereTheZoneKeptIt() {
    ResourceRecordSet www = a("www.example.com.", "192.0.2.1");
    ResourceRecordSet kept = www.toBuilder().providerData("disabled", "[\"192.0.2.1\"]").build();

    assertThat(new Change.Put(www).isMadeIn(Map.of(www.key(), kept))).isTrue();
    assertThat(
            new Change.Put(www.toBuilder().providerData("disabled", "[]").build())
                .isMadeIn(Map.of(www.key(), kept)))
        .isFalse();
  }
}
