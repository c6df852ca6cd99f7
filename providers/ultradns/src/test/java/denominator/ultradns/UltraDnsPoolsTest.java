package denominator.ultradns;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.geo.Geo;
import denominator.model.geo.Regions;
import denominator.ultradns.UltraDnsJson.RRSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Directional and traffic-controller pools to and from geo and weighted sets. */
class UltraDnsPoolsTest {
  static final String NAME = "www.example.com.";
  static final Gson GSON = new Gson();

  /** A DIR pool another tool wrote: an IP group, a noResponse group, EUR and an unknown field. */
  static final String FOREIGN_DIR =
      """
      {"ownerName":"www.example.com.","rrtype":"A (1)","ttl":300,
       "rdata":["192.0.2.1","192.0.2.2","198.51.100.1","203.0.113.9","10.1.1.1"],
       "profile":{"@context":"http://schemas.ultradns.com/DirPool.jsonschema",
         "description":"hand made","conflictResolve":"IP","ignoreECS":true,"futureField":{"x":1},
         "rdataInfo":[
           {"geoInfo":{"name":"us-east","codes":["US-NY","US-NJ"]},"ttl":300,"allNonConfigured":false},
           {"geoInfo":{"name":"us-east","codes":["US-NY","US-NJ"]},"ttl":300,"allNonConfigured":false},
           {"geoInfo":{"name":"europe","codes":["EUR"]},"ttl":60,"allNonConfigured":false},
           {"allNonConfigured":true,"ttl":300},
           {"ipInfo":{"name":"office","ips":[{"cidr":"192.0.2.0/24"}]},"ttl":30,"allNonConfigured":false}],
         "noResponse":{"geoInfo":{"name":"blocked","codes":["KP"]},"allNonConfigured":false}}}
      """;

  @Test
  void ourGeoSetsRoundTripThroughADirPool() {
    List<ResourceRecordSet> sets =
        List.of(
            geo("us-east", "192.0.2.1", "US-NY", "US-NJ"),
            geo("americas", "192.0.2.3", "continent:SA", "CA"),
            geo("default", "192.0.2.9", "*"));

    RRSet pool = UltraDnsPools.pool(NAME, "A", sets, null);
    RRSet read = read(pool);

    assertThat(UltraDnsPools.sets(read)).containsExactlyInAnyOrderElementsOf(sets);
    JsonObject americas = pool.profile().getAsJsonArray("rdataInfo").get(1).getAsJsonObject();
    assertThat(americas.getAsJsonObject("geoInfo").get("codes").toString())
        .isEqualTo("[\"SAM\",\"CA\"]");
    assertThat(pool.profile().getAsJsonArray("rdataInfo").get(2).getAsJsonObject().toString())
        .isEqualTo("{\"ttl\":60,\"allNonConfigured\":true}");
  }

  @Test
  void canonicalEuropeIsWrittenAsItsCountriesAndNorthAmericaAsNam() {
    RRSet pool =
        UltraDnsPools.pool(
            NAME, "A", List.of(geo("eu", "192.0.2.1", "continent:EU", "continent:NA")), null);

    List<String> codes = codes(pool, 0);
    assertThat(codes).contains("NAM", "DE", "FR", "RU", "CY").doesNotContain("EUR", "ASI");
    assertThat(codes).hasSize(1 + Regions.children(Regions.require("continent:EU")).size());
  }

  @Test
  void aContinentWrittenAsCountriesLeavesOutTheCountriesAnotherGroupNames() {
    List<ResourceRecordSet> sets =
        List.of(geo("eu", "192.0.2.1", "continent:EU"), geo("france", "192.0.2.2", "FR"));

    RRSet pool = UltraDnsPools.pool(NAME, "A", sets, null);

    assertThat(codes(pool, 0)).contains("DE").doesNotContain("FR");
    assertThat(codes(pool, 1)).containsExactly("FR");
    assertThat(UltraDnsPools.sets(read(pool))).containsExactlyInAnyOrderElementsOf(sets);

    // France's set goes: the unchanged Europe group takes France back.
    RRSet without = UltraDnsPools.pool(NAME, "A", List.of(sets.get(0)), read(pool));
    assertThat(codes(without, 0)).contains("DE", "FR");
    assertThat(UltraDnsPools.sets(read(without))).containsExactly(sets.get(0));
  }

  @Test
  void aForeignPoolReadsAsGeoSetsAndSetsRoutedByDir() {
    List<ResourceRecordSet> sets = UltraDnsPools.sets(foreign());

    assertThat(sets)
        .extracting(s -> s.qualifier().orElseThrow())
        .containsExactly("us-east", "europe", "allNonConfigured", "office");
    assertThat(sets.get(0).geo()).contains(Geo.of("US-NJ", "US-NY"));
    assertThat(sets.get(0).records()).hasSize(2);
    Geo europe = sets.get(1).geo().orElseThrow();
    assertThat(europe.regions())
        .contains(Regions.require("DE"))
        .doesNotContain(Regions.require("RU"), Regions.require("CY"));
    assertThat(sets.get(1).ttl()).hasValue(60);
    assertThat(sets.get(3).providerData().get(ResourceRecordSet.ROUTING)).startsWith("dir ");
    assertThat(sets).allSatisfy(s -> assertThat(s.providerData()).containsKey("noResponse"));
  }

  @Test
  void changingOneQualifierOfAForeignPoolKeepsEverythingElseByteForByte() {
    RRSet foreign = foreign();
    List<ResourceRecordSet> sets = new ArrayList<>(UltraDnsPools.sets(foreign));
    sets.set(0, sets.get(0).toBuilder().records(List.of()).add("192.0.2.7").build());

    RRSet written = UltraDnsPools.pool(NAME, "A", sets, foreign);

    JsonObject before = foreign.profile().deepCopy();
    JsonObject after = written.profile().deepCopy();
    String beforeRest = without(before, "rdataInfo");
    assertThat(without(after, "rdataInfo")).isEqualTo(beforeRest);
    List<String> beforeInfos = infos(foreign);
    List<String> afterInfos = infos(written);
    assertThat(afterInfos.subList(1, 4)).isEqualTo(beforeInfos.subList(2, 5));
    assertThat(written.rdata())
        .containsExactly("192.0.2.7", "198.51.100.1", "203.0.113.9", "10.1.1.1");
    assertThat(UltraDnsPools.sets(read(written)).get(0).records()).hasSize(1);
  }

  @Test
  void ourWeightedSetsRoundTripThroughATcPoolWithQualifiersInItsDescription() {
    List<ResourceRecordSet> sets =
        List.of(weighted("blue", "192.0.2.1", 2), weighted("green", "192.0.2.2", 98));

    RRSet pool = UltraDnsPools.pool(NAME, "A", sets, null);

    assertThat(pool.profile().get("description").getAsString())
        .isEqualTo("denominator:weighted blue,green");
    assertThat(UltraDnsPools.sets(read(pool))).containsExactlyInAnyOrderElementsOf(sets);
  }

  @Test
  void aForeignTcPoolReadsOneSetPerRecordAndKeepsProbesOnAWeightChange() {
    RRSet foreign =
        GSON.fromJson(
            """
            {"ownerName":"www.example.com.","rrtype":"A (1)","ttl":60,
             "rdata":["192.0.2.1","192.0.2.2"],
             "profile":{"@context":"http://schemas.ultradns.com/TCPool.jsonschema",
               "description":"lb","runProbes":true,"actOnProbes":true,"maxToLB":1,
               "rdataInfo":[{"state":"NORMAL","runProbes":true,"priority":1,"failoverDelay":0,"threshold":1,"weight":2},
                            {"state":"INACTIVE","runProbes":true,"priority":2,"failoverDelay":5,"threshold":1,"weight":98}],
               "backupRecord":{"rdata":"192.0.2.99","failoverDelay":0}}}
            """,
            RRSet.class);

    List<ResourceRecordSet> sets = new ArrayList<>(UltraDnsPools.sets(foreign));
    assertThat(sets)
        .extracting(s -> s.qualifier().orElseThrow())
        .containsExactly("192.0.2.1", "192.0.2.2");
    sets.set(1, sets.get(1).toBuilder().weighted(new Weighted(50)).build());
    RRSet written = UltraDnsPools.pool(NAME, "A", sets, foreign);

    assertThat(written.profile().get("description").getAsString()).isEqualTo("lb");
    assertThat(written.profile().get("backupRecord").toString())
        .isEqualTo(foreign.profile().get("backupRecord").toString());
    JsonObject second = written.profile().getAsJsonArray("rdataInfo").get(1).getAsJsonObject();
    assertThat(second.get("state").getAsString()).isEqualTo("INACTIVE");
    assertThat(second.get("failoverDelay").getAsInt()).isEqualTo(5);
    assertThat(second.get("weight").getAsInt()).isEqualTo(50);
  }

  @Test
  void otherPoolsReadAsOneSetRoutedByTheirKind() {
    RRSet rd =
        GSON.fromJson(
            """
            {"ownerName":"www.example.com.","rrtype":"A (1)","ttl":60,"rdata":["192.0.2.1"],
             "profile":{"@context":"http://schemas.ultradns.com/RDPool.jsonschema","order":"RANDOM"}}
            """,
            RRSet.class);

    ResourceRecordSet set = UltraDnsPools.sets(rd).get(0);

    assertThat(set.qualifier()).contains("RDPool");
    assertThat(set.providerData()).containsEntry(ResourceRecordSet.ROUTING, "RDPool");
  }

  static RRSet foreign() {
    return GSON.fromJson(FOREIGN_DIR, RRSet.class);
  }

  /** The rrset as the service would answer it: with owner and {@code "A (1)"} type. */
  static RRSet read(RRSet written) {
    RRSet copy = GSON.fromJson(GSON.toJson(written), RRSet.class);
    return new RRSet(NAME, "A (1)", copy.ttl(), copy.rdata(), copy.profile());
  }

  static List<String> codes(RRSet pool, int entry) {
    List<String> codes = new ArrayList<>();
    pool.profile()
        .getAsJsonArray("rdataInfo")
        .get(entry)
        .getAsJsonObject()
        .getAsJsonObject("geoInfo")
        .getAsJsonArray("codes")
        .forEach(c -> codes.add(c.getAsString()));
    return codes;
  }

  static List<String> infos(RRSet pool) {
    List<String> infos = new ArrayList<>();
    pool.profile().getAsJsonArray("rdataInfo").forEach(i -> infos.add(i.toString()));
    return infos;
  }

  static String without(JsonObject profile, String field) {
    profile.remove(field);
    return JsonParser.parseString(profile.toString()).toString();
  }

  static ResourceRecordSet geo(String qualifier, String address, String... regions) {
    return ResourceRecordSet.builder()
        .name(NAME)
        .type("A")
        .qualifier(qualifier)
        .ttl(qualifier.equals("default") ? 60 : 300)
        .add(address)
        .geo(Geo.of(regions))
        .build();
  }

  static ResourceRecordSet weighted(String qualifier, String address, int weight) {
    return ResourceRecordSet.builder()
        .name(NAME)
        .type("A")
        .qualifier(qualifier)
        .ttl(60)
        .add(address)
        .weighted(new Weighted(weight))
        .build();
  }
}
