package denominator.ns1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import denominator.ValidationException;
import denominator.kit.NameType;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Geo;
import denominator.model.geo.Region;
import denominator.model.geo.RegionKind;
import denominator.model.geo.Regions;
import denominator.ns1.Ns1Json.RecordJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The geo mapping of the wire page: the very body it shows, and our layout read back. */
class Ns1GeoTest {
  static final Gson GSON = new Gson();
  static final NameType WWW = new NameType("www.example.com.", "A");

  /** The PUT body of the wire page's section 10, for us-ca={US-CA}, fr={FR}, default={*}. */
  static final String SAMPLE =
      "{\"zone\":\"example.com\",\"domain\":\"www.example.com\",\"type\":\"A\",\"ttl\":60,\"meta\":{},"
          + "\"answers\":[{\"answer\":[\"192.0.2.1\"],\"region\":\"us-ca\",\"meta\":{\"priority\":1,\"us_state\":[\"CA\"]}},"
          + "{\"answer\":[\"192.0.2.2\"],\"region\":\"fr\",\"meta\":{\"priority\":2,\"country\":[\"FR\"]}},"
          + "{\"answer\":[\"192.0.2.3\"],\"region\":\"default\",\"meta\":{\"priority\":4}}],"
          + "\"filters\":[{\"filter\":\"geofence_country\",\"config\":{\"remove_no_location\":true}},"
          + "{\"filter\":\"priority\",\"config\":{\"eliminate\":\"1\"}}],"
          + "\"regions\":{\"default\":{\"meta\":{}},\"fr\":{\"meta\":{}},\"us-ca\":{\"meta\":{}}}}";

  static ResourceRecordSet geo(String qualifier, String codes, String... values) {
    return ResourceRecordSet.builder()
        .name(WWW.name())
        .type("A")
        .qualifier(qualifier)
        .ttl(60)
        .geo(Geo.parse(codes))
        .records(
            List.of(values).stream().map(v -> denominator.model.rdata.RData.parse("A", v)).toList())
        .build();
  }

  static JsonElement json(Object body) {
    return GSON.toJsonTree(body);
  }

  @Test
  void writesThePageSampleAndReadsItBack() {
    List<ResourceRecordSet> sets =
        List.of(
            geo("us-ca", "US-CA", "192.0.2.1"),
            geo("fr", "FR", "192.0.2.2"),
            geo("default", "*", "192.0.2.3"));

    RecordJson record = Ns1Steering.record("example.com.", WWW, sets, null);

    assertThat(json(record)).isEqualTo(JsonParser.parseString(SAMPLE));
    assertThat(Ns1Steering.sets(GSON.fromJson(SAMPLE, RecordJson.class)))
        .containsExactlyInAnyOrderElementsOf(sets);
  }

  @Test
  void aContinentIsWrittenAsItsCountriesAndReadBackAsTheContinent() {
    List<ResourceRecordSet> sets =
        List.of(
            geo("eu", "continent:EU,US-CA", "192.0.2.1", "192.0.2.2"),
            geo("fr", "FR", "192.0.2.3"));

    RecordJson record = Ns1Steering.record("example.com.", WWW, sets, null);

    List<Region> europe =
        Regions.children(Regions.require("continent:EU")).stream()
            .filter(r -> r.kind() == RegionKind.COUNTRY)
            .toList();
    assertThat(record.answers()).hasSize(5); // eu: 2 values at p1 and p3; fr: 1 at p2
    assertThat(record.answers().get(0).meta().toString())
        .isEqualTo("{\"priority\":1,\"us_state\":[\"CA\"]}");
    assertThat(record.answers().get(4).meta().get("country").getAsJsonArray())
        .hasSize(europe.size());
    RecordJson read = GSON.fromJson(GSON.toJson(record), RecordJson.class);
    assertThat(Ns1Steering.sets(read)).containsExactlyInAnyOrderElementsOf(sets);
  }

  @Test
  void answersAreOrderedByLevelThenRegionThenValue() {
    RecordJson record =
        Ns1Steering.record(
            "example.com.",
            WWW,
            List.of(geo("b", "US", "192.0.2.2", "192.0.2.1"), geo("a", "DE", "192.0.2.3")),
            null);

    assertThat(record.answers())
        .extracting(a -> a.region() + " " + a.answer().get(0).getAsString())
        .containsExactly("a 192.0.2.3", "b 192.0.2.2", "b 192.0.2.1");
  }

  /** Another tool's record: other filters, an up feed, a note, georegion meta, region meta. */
  static final String FOREIGN =
      "{\"zone\":\"example.com\",\"domain\":\"www.example.com\",\"type\":\"A\",\"ttl\":60,"
          + "\"meta\":{},\"answers\":["
          + "{\"answer\":[\"192.0.2.1\"],\"region\":\"us-east\",\"meta\":{\"up\":{\"feed\":\"f1\"},\"note\":\"primary\"}},"
          + "{\"answer\":[\"192.0.2.2\"],\"region\":\"us-east\",\"meta\":{\"up\":true}},"
          + "{\"answer\":[\"192.0.2.3\"],\"region\":\"europe\",\"meta\":{\"priority\":1}},"
          + "{\"answer\":[\"192.0.2.9\"],\"meta\":{\"georegion\":[\"ASIAPAC\"]}}],"
          + "\"filters\":[{\"filter\":\"up\",\"config\":{}},"
          + "{\"filter\":\"geotarget_regional\",\"config\":{}},"
          + "{\"filter\":\"select_first_region\",\"config\":{}}],"
          + "\"regions\":{\"us-east\":{\"meta\":{\"country\":[\"US\"],\"georegion\":[\"US-EAST\"]}},"
          + "\"europe\":{\"meta\":{\"country\":[\"FR\",\"DE\"]}}}}";

  @Test
  void aForeignRecordReadsAsSetsPerRegionWithItsChainAndMetaAsProviderData() {
    RecordJson foreign = GSON.fromJson(FOREIGN, RecordJson.class);
    String filters =
        "[{\"filter\":\"up\",\"config\":{}},{\"filter\":\"geotarget_regional\",\"config\":{}},"
            + "{\"filter\":\"select_first_region\",\"config\":{}}]";

    List<ResourceRecordSet> sets = Ns1Steering.sets(foreign);

    assertThat(sets)
        .extracting(s -> s.qualifier().orElseThrow())
        .containsExactly("us-east", "europe", "-");
    assertThat(sets.get(0).geo()).contains(Geo.parse("US"));
    assertThat(sets.get(0).providerData())
        .containsEntry("filters", filters)
        .containsEntry(
            "meta",
            "[{\"georegion\":[\"US-EAST\"],\"up\":{\"feed\":\"f1\"},\"note\":\"primary\"},"
                + "{\"georegion\":[\"US-EAST\"],\"up\":true}]");
    assertThat(sets.get(1).geo()).contains(Geo.parse("FR,DE"));
    assertThat(sets.get(1).providerData()).containsEntry("meta", "{\"priority\":1}");
    assertThat(sets.get(2).geo()).isEmpty();
    assertThat(sets.get(2).providerData())
        .containsEntry(ResourceRecordSet.ROUTING, "ns1 filters=" + filters)
        .containsEntry("meta", "{\"georegion\":[\"ASIAPAC\"]}");
  }

  @Test
  void changingOneSetOfAForeignRecordKeepsEverythingElse() {
    RecordJson foreign = GSON.fromJson(FOREIGN, RecordJson.class);
    List<ResourceRecordSet> sets = Ns1Steering.sets(foreign);
    ResourceRecordSet europe =
        sets.get(1).toBuilder()
            .records(
                List.of(
                    denominator.model.rdata.RData.parse("A", "192.0.2.3"),
                    denominator.model.rdata.RData.parse("A", "192.0.2.4")))
            .build();

    RecordJson written =
        Ns1Steering.record("example.com.", WWW, List.of(sets.get(0), europe, sets.get(2)), foreign);

    com.google.gson.JsonObject expected = JsonParser.parseString(FOREIGN).getAsJsonObject();
    expected
        .getAsJsonArray("answers")
        .add(
            JsonParser.parseString(
                "{\"answer\":[\"192.0.2.4\"],\"region\":\"europe\",\"meta\":{\"priority\":1}}"));
    assertThat(json(written)).isEqualTo(expected);
  }

  @Test
  void movingAForeignGeoSetRewritesOnlyItsAnswersLocation() {
    RecordJson foreign = GSON.fromJson(FOREIGN, RecordJson.class);
    List<ResourceRecordSet> sets = Ns1Steering.sets(foreign);
    ResourceRecordSet europe = sets.get(1).toBuilder().geo(Geo.parse("FR")).build();

    RecordJson written =
        Ns1Steering.record("example.com.", WWW, List.of(sets.get(0), europe, sets.get(2)), foreign);

    assertThat(written.answers().get(2).meta().toString())
        .isEqualTo("{\"priority\":1,\"country\":[\"FR\"]}");
    assertThat(Ns1Steering.sets(written).get(1).geo()).contains(Geo.parse("FR"));
    assertThat(json(written.regions())).isEqualTo(json(foreign.regions()));
  }

  @Test
  void ourLayoutWithFiltersMarkedNotDisabledIsStillOurs() {
    String served =
        SAMPLE.replace(
            "\"config\":{\"remove_no_location\":true}",
            "\"config\":{\"remove_no_location\":true},\"disabled\":false");

    List<ResourceRecordSet> sets = Ns1Steering.sets(GSON.fromJson(served, RecordJson.class));

    assertThat(sets).allSatisfy(s -> assertThat(s.providerData()).isEmpty());
    assertThat(sets).hasSize(3);
  }

  @Test
  void aNewSetInAForeignRecordIsRefusedNamingItsFilters() {
    RecordJson foreign = GSON.fromJson(FOREIGN, RecordJson.class);
    List<ResourceRecordSet> sets = new java.util.ArrayList<>(Ns1Steering.sets(foreign));
    sets.add(geo("asia", "continent:AS", "192.0.2.8").toBuilder().ttl(60).build());

    assertThatThrownBy(() -> Ns1Steering.record("example.com.", WWW, sets, foreign))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("geotarget_regional")
        .hasMessageContaining("www.example.com. A asia");
  }

  @Test
  void deletingOneSetOfAForeignRecordRemovesOnlyItsAnswersAndRegion() {
    RecordJson foreign = GSON.fromJson(FOREIGN, RecordJson.class);
    List<ResourceRecordSet> sets = Ns1Steering.sets(foreign);

    RecordJson written =
        Ns1Steering.record("example.com.", WWW, List.of(sets.get(0), sets.get(2)), foreign);

    assertThat(written.answers())
        .extracting(a -> a.answer().get(0).getAsString())
        .containsExactly("192.0.2.1", "192.0.2.2", "192.0.2.9");
    assertThat(written.regions().keySet()).containsExactly("us-east");
    assertThat(json(written.filters())).isEqualTo(json(foreign.filters()));
  }
}
