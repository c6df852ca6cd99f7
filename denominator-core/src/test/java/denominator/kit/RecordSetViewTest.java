package denominator.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.InvalidChangeException;
import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.ValidationException;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.geo.Geo;
import denominator.model.geo.RegionKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordSetViewTest {
  static final ProviderMetadata METADATA =
      ProviderMetadata.builder("fake")
          .defaultUrl("mem:")
          .recordTypes(RecordProfile.ROUND_ROBIN, "A")
          .recordTypes(RecordProfile.GEO, "A")
          .recordTypes(RecordProfile.WEIGHTED, "A")
          .geoRegionKinds(RegionKind.CONTINENT)
          .weights(0, 9)
          .build();

  final ResourceRecordSet plain = a("www.example.com.").build();
  final ResourceRecordSet geo =
      a("www.example.com.").qualifier("eu").geo(Geo.parse("continent:EU")).build();
  final ResourceRecordSet weighted =
      a("api.example.com.").qualifier("blue").weighted(new Weighted(1)).build();
  final List<ChangeSet> applied = new ArrayList<>();
  final List<String> reads = new ArrayList<>();

  static ResourceRecordSet.Builder a(String name) {
    return ResourceRecordSet.builder().name(name).type("A").ttl(60).add("192.0.2.1");
  }

  RecordSetView view(boolean refuse) {
    RecordSetView.Reader reader =
        RecordSetView.Reader.of(
            () -> {
              reads.add("all");
              return List.of(weighted, plain, geo).iterator();
            },
            name -> {
              reads.add(name);
              return List.of(weighted, plain, geo).stream()
                  .filter(set -> set.name().equals(name))
                  .iterator();
            });
    return RecordSetView.of(
        METADATA,
        reader,
        changes -> {
          applied.add(changes);
          return ChangeResult.of(
              changes.changes().stream()
                  .map(
                      c ->
                          refuse
                              ? ChangeOutcome.failed(
                                  c, new InvalidChangeException("fake", List.of("no")))
                              : ChangeOutcome.applied(c))
                  .toList());
        });
  }

  @Test
  void aReaderOfTwoFunctionsListsWithOneAndReadsANameAndTypeWithTheOther() {
    RecordSetView sets = view(false);
    assertThat(sets.iterator()).toIterable().containsExactly(weighted, plain, geo);
    assertThat(sets.iterateByNameAndType("api.example.com", "a"))
        .toIterable()
        .containsExactly(weighted);
    assertThat(reads).containsExactly("all", "api.example.com.");
  }

  @Test
  void aProfileViewShowsOnlyItsSets() {
    assertThat(view(false).only(RecordProfile.GEO)).containsExactly(geo);
    assertThat(view(false).only(RecordProfile.WEIGHTED).iterateByName("api.example.com"))
        .toIterable()
        .containsExactly(weighted);
    assertThat(view(false)).containsExactly(weighted, plain, geo);
  }

  @Test
  void getReadsTheNameAndFindsTheKey() {
    assertThat(view(false).get(RecordSetKey.of("www.example.com", "a", "eu"))).contains(geo);
    assertThat(reads).containsExactly("www.example.com.");
  }

  @Test
  void aPutIsAChangeSetOfOneAndItsFailureIsThrown() {
    view(false).put(plain);
    assertThat(applied).hasSize(1);
    assertThat(applied.get(0).changes()).hasSize(1);

    assertThatThrownBy(() -> view(true).delete(plain.key()))
        .isInstanceOf(InvalidChangeException.class);
  }

  @Test
  void aPutOfAnotherProfileIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> view(false).only(RecordProfile.GEO).put(weighted))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("fake: a weighted set put to the geo sets");
    assertThat(applied).isEmpty();
  }

  @Test
  void aWholeZoneReaderReadsTheZoneForEveryReadAndKeepsTheNameAsked() {
    RecordSetView.Reader reader =
        RecordSetView.Reader.ofWholeZone(
            () -> {
              reads.add("zone");
              return List.of(weighted, plain, geo);
            });

    assertThat(reader.all()).toIterable().containsExactly(weighted, plain, geo);
    assertThat(reader.named("www.example.com.")).toIterable().containsExactly(plain, geo);
    assertThat(reader.named("www.example.com.", "A")).toIterable().containsExactly(plain, geo);
    assertThat(reader.named("example.com.")).toIterable().isEmpty();
    assertThat(reads).containsExactly("zone", "zone", "zone", "zone");
  }

  @Test
  void regionsAndWeightsComeFromTheMetadata() {
    RecordSetView view = view(false);
    assertThat(view.supportedRegions())
        .allMatch(r -> r.kind() == RegionKind.CONTINENT)
        .isNotEmpty();
    assertThat(view.regions(r -> r.code().endsWith("EU")).supportedRegions())
        .singleElement()
        .matches(r -> r.kind() == RegionKind.CONTINENT && r.code().endsWith("EU"));
    assertThat(view.supportedWeights()).isEqualTo(METADATA.weights());
  }
}
