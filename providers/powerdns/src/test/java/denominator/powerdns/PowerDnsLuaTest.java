package denominator.powerdns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.geo.Geo;
import denominator.model.rdata.GenericData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Lua encoding of geo and weighted sets: what it writes, and what it refuses to read. */
class PowerDnsLuaTest {
  static final String WWW = "www.example.test.";

  @Test
  void geoSetsBecomeOneLuaRecordTestingCountriesBeforeContinentsWithTheFallbackLast() {
    String content =
        PowerDnsLua.content(
            "A", List.of(geo("eu", "continent:EU", "192.0.2.1"), geo("us", "US,*", "192.0.2.2")));

    assertThat(content)
        .startsWith("A \";--[[denominator {\\\"profile\\\":\\\"geo\\\"")
        .endsWith(
            "]] if country('US') then return {'192.0.2.2'} end"
                + " if (continent('EU') and not country('TR')) or country('CY')"
                + " then return {'192.0.2.1'} end return {'192.0.2.2'}\"");
  }

  @Test
  void aContinentServesItsCanonicalCountriesWhereGeoIpGroupsThemElsewhere() {
    assertThat(PowerDnsContinents.predicate("AS"))
        .isEqualTo(
            "(continent('AS')"
                + " and not country('CX') and not country('CY') and not country('TL')) or country('TR')");
    assertThat(PowerDnsContinents.predicate("OC"))
        .isEqualTo("continent('OC') or country('CX') or country('TL')");
    assertThat(PowerDnsContinents.predicate("NA")).isEqualTo("continent('NA')");
  }

  @Test
  void geoSetsWrittenWithGeoIpContinentsBeforeStillReadAsTheSameSets() {
    List<ResourceRecordSet> sets = List.of(geo("eu", "continent:EU", "192.0.2.1"));
    String earlier =
        PowerDnsLua.content("A", sets)
            .replace("(continent('EU') and not country('TR')) or country('CY')", "continent('EU')");

    assertThat(PowerDnsLua.sets(WWW, earlier)).contains(sets);
  }

  @Test
  void weightedSetsPickAQualifierByWeight() {
    String content =
        PowerDnsLua.content(
            "A", List.of(weighted("blue", 90, "192.0.2.1"), weighted("green", 10, "192.0.2.2")));

    assertThat(content)
        .endsWith(
            "]] local s={['blue']={'192.0.2.1'},['green']={'192.0.2.2'}}"
                + " return s[pickwrandom({{90,'blue'},{10,'green'}})]\"");
  }

  @Test
  void whatItWritesReadsBackAsTheSameSets() {
    List<ResourceRecordSet> sets =
        List.of(geo("eu", "continent:EU,DE", "192.0.2.1"), geo("it's", "*", "192.0.2.2"));

    assertThat(PowerDnsLua.sets(WWW, PowerDnsLua.content("A", sets))).contains(sets);
  }

  @Test
  void aLuaRecordWhoseCodeDiffersFromItsHeaderIsNotReadAsQualifiedSets() {
    String ours = PowerDnsLua.content("A", List.of(geo("eu", "continent:EU", "192.0.2.1")));
    String edited = ours.replace("return {'192.0.2.1'}", "return {'192.0.2.66'}");

    assertThat(PowerDnsLua.sets(WWW, edited)).isEmpty();
    assertThat(PowerDnsLua.sets(WWW, "A \"return '192.0.2.1'\"")).isEmpty();
  }

  @Test
  void luaCodeLongerThanOneCharacterStringIsSplitInto255ByteStrings() {
    String code = "return '" + "x".repeat(300) + "'"; // 309 bytes: strings of 255 and 54
    String foreign = "A \"" + code + "\"";

    GenericData data = (GenericData) PowerDnsLua.generic(foreign);

    assertThat(data.data()).startsWith("0001FF").hasSize(2 * (2 + 1 + 255 + 1 + 54));
    assertThat(data.data().substring(2 * (2 + 1 + 255), 2 * (2 + 1 + 255 + 1))).isEqualTo("36");
    assertThat(PowerDnsLua.content(data)).isEqualTo(foreign);
  }

  @Test
  void aForeignLuaRecordRoundTripsThroughGenericData() {
    String foreign = "A \";if continent('EU') then return \\\"192.0.2.1\\\" end\"";

    GenericData data = (GenericData) PowerDnsLua.generic(foreign);

    assertThat(data.type()).isEqualTo("TYPE65402");
    assertThat(PowerDnsLua.content(data)).isEqualTo(foreign);
  }

  @Test
  void aHeaderThatWouldEndTheLuaCommentIsRefused() {
    assertThatThrownBy(() -> PowerDnsLua.content("A", List.of(geo("a]]b", "*", "192.0.2.1"))))
        .isInstanceOf(ValidationException.class);
  }

  private static ResourceRecordSet geo(String qualifier, String regions, String address) {
    return ResourceRecordSet.builder()
        .name(WWW)
        .type("A")
        .qualifier(qualifier)
        .ttl(60)
        .geo(Geo.parse(regions))
        .add(address)
        .build();
  }

  private static ResourceRecordSet weighted(String qualifier, int weight, String address) {
    return ResourceRecordSet.builder()
        .name(WWW)
        .type("A")
        .qualifier(qualifier)
        .ttl(60)
        .weighted(new Weighted(weight))
        .add(address)
        .build();
  }
}
