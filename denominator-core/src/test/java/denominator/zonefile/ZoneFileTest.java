package denominator.zonefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import denominator.model.rdata.GenericData;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneFileTest {
  static final String FILE =
      """
      $ORIGIN example.com.
      $TTL 3600
      @        IN SOA ns1 hostmaster 1 3600 600 604800 300
      @        IN NS  ns1.example.net.
      www  300 IN A   192.0.2.1
      www  600 IN A   192.0.2.2
      @        IN MX  10 mail
      txt      IN TXT "v=spf1 -all" "second"
      """;

  @Test
  void recordsOfOneNameAndTypeBecomeOneSetWithTheSmallestTtl() {
    List<ResourceRecordSet> sets = ZoneFile.parse(FILE, "example.com", 3600);

    assertThat(sets)
        .extracting(s -> s.key().toString())
        .containsExactly(
            "example.com. SOA",
            "example.com. NS",
            "www.example.com. A",
            "example.com. MX",
            "txt.example.com. TXT");
    assertThat(sets.get(2))
        .isEqualTo(
            ResourceRecordSet.builder()
                .name("www.example.com.")
                .type("A")
                .ttl(300)
                .add("192.0.2.1")
                .add("192.0.2.2")
                .build());
    assertThat(sets.get(3).records().get(0).toString()).isEqualTo("10 mail.example.com.");
  }

  @Test
  void writtenFilesReadBackAsTheSameSets() {
    Zone zone = new Zone("example.com.", "example.com.", "hostmaster@example.com", 3600);
    List<ResourceRecordSet> sets = ZoneFile.parse(FILE, "example.com.", 3600);
    StringBuilder out = new StringBuilder();

    ZoneFile.write(zone, sets, out);

    assertThat(ZoneFile.parse(out.toString(), "example.com.", 3600))
        .containsExactlyElementsOf(sets);
  }

  @Test
  void geoAndWeightedSetsAreWrittenAsComments() {
    Zone zone = new Zone("example.com.", "example.com.", "hostmaster@example.com", 3600);
    StringBuilder out = new StringBuilder();

    ZoneFile.write(
        zone,
        List.of(
            ResourceRecordSet.builder()
                .name("www.example.com.")
                .type("A")
                .qualifier("eu")
                .geo(Geo.parse("continent:EU"))
                .add("192.0.2.1")
                .build(),
            ResourceRecordSet.builder()
                .name("www.example.com.")
                .type("A")
                .qualifier("blue")
                .weighted(new Weighted(3))
                .add("192.0.2.2")
                .build()),
        out);

    assertThat(out.toString())
        .contains(
            "; geo set eu regions continent:EU (no zone-file form)",
            "; weighted set blue weight 3 (no zone-file form)",
            "; www.example.com.\t3600\tIN\tA");
    assertThat(ZoneFile.parse(out.toString(), "example.com.", 3600)).isEmpty();
  }

  @Test
  void aRecordItsOwnTypeCannotHoldReadsAsGenericDataAndWritesBackTheSameBytes() {
    Zone zone = new Zone("example.com.", "example.com.", "hostmaster@example.com", 3600);
    List<ResourceRecordSet> sets =
        ZoneFile.parse("_443._tcp 60 IN TLSA 3 1 1 AB\n", "example.com.", 3600);

    assertThat(sets.get(0).records()).containsExactly(new GenericData("TLSA", "030101AB"));
    StringBuilder out = new StringBuilder();
    ZoneFile.write(zone, sets, out);
    assertThat(out).contains("TLSA\t\\# 4 030101AB");
    assertThat(ZoneFile.parse(out.toString(), "example.com.", 3600)).isEqualTo(sets);
  }

  @Test
  void aRecordOutsideTheZoneOrBadSyntaxIsRefused() {
    assertThatThrownBy(
            () -> ZoneFile.parse("www.example.net. 60 IN A 192.0.2.1\n", "example.com.", 60))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("www.example.net."));
    assertThatThrownBy(() -> ZoneFile.parse("www 60 IN A 999.0.0.1\n", "example.com.", 60))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void providerDataAndDataOnlyOneProviderReadsAreCommentsAndTheFileIsWhole() {
    Zone zone = Zone.withoutSoa("Z1", "example.com.");
    StringBuilder out = new StringBuilder();

    ZoneFile.write(
        zone,
        List.of(
            ResourceRecordSet.builder()
                .name("www.example.com.")
                .type("A")
                .qualifier("prod/eu")
                .add("192.0.2.1")
                .providerData(ResourceRecordSet.ROUTING, "latency region=eu-west-1")
                .providerData("healthCheckId", "hc-1")
                .build(),
            ResourceRecordSet.builder()
                .name("alias.example.com.")
                .type("A")
                .add(new Alias())
                .build(),
            ResourceRecordSet.builder()
                .name("dname.example.com.")
                .type("DNAME")
                .add("\\# 13 076578616D706C65036E657400")
                .build(),
            ResourceRecordSet.builder()
                .name("txt.example.com.")
                .type("TXT")
                .ttl(60)
                .add("\"\\255\"")
                .build()),
        out);

    assertThat(out.toString())
        .doesNotContain("$TTL")
        .contains(
            "; provider-routed set prod/eu latency region=eu-west-1 (no zone-file form)\n"
                + "; provider data: routing=latency region=eu-west-1 healthCheckId=hc-1\n"
                + "; www.example.com.\t\tIN\tA\t192.0.2.1\n",
            "; test record data (no zone-file form)\n; alias.example.com.\t\tIN\tA\tto elsewhere\n",
            "dname.example.com.\t\tIN\tDNAME\texample.net.\n",
            "txt.example.com.\t60\tIN\tTXT\t\"\\255\"\n");
    assertThat(ZoneFile.parse(out.toString(), "example.com.", 300))
        .extracting(Object::toString)
        .containsExactly(
            "dname.example.com. DNAME ttl=300 [example.net.]",
            "txt.example.com. TXT ttl=60 [\"\\255\"]");
  }

  record Alias() implements denominator.model.rdata.ProviderRData {
    @Override
    public String provider() {
      return "test";
    }

    @Override
    public String type() {
      return "A";
    }

    @Override
    public String toString() {
      return "to elsewhere";
    }
  }
}
