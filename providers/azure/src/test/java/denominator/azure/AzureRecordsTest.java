package denominator.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import denominator.ValidationException;
import denominator.azure.AzureJson.RecordSetJson;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.TXTData;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Azure record sets to model sets and back, type by type, with what other tools keep there. */
class AzureRecordsTest {
  static final String ZONE = "example.com.";

  static RecordSetJson read(String json) {
    return AzureProvider.GSON.fromJson(json, RecordSetJson.class);
  }

  /** An Azure set of this type and name, with these properties besides TTL 300. */
  static String azure(String type, String name, String properties) {
    return "{\"id\":\"/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Network/dnszones/"
        + "example.com/"
        + type
        + "/"
        + name
        + "\",\"name\":\""
        + name
        + "\",\"type\":\"Microsoft.Network/dnszones/"
        + type
        + "\",\"etag\":\"e1\",\"properties\":{\"TTL\":300,\"fqdn\":\"x.example.com.\","
        + "\"provisioningState\":\"Succeeded\","
        + properties
        + "}}";
  }

  static String written(ResourceRecordSet set) {
    return AzureProvider.GSON.toJson(
        AzureRecords.properties(set, AzureRecords.metadata(set.providerData())));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A|www|\"ARecords\":[{\"ipv4Address\":\"192.0.2.1\"},{\"ipv4Address\":\"192.0.2.2\"}]"
            + "|192.0.2.1,192.0.2.2",
        "AAAA|www|\"AAAARecords\":[{\"ipv6Address\":\"2001:db8::1\"}]|2001:db8::1",
        "CNAME|alias|\"CNAMERecord\":{\"cname\":\"target.example.net.\"}|target.example.net.",
        "MX|@|\"MXRecords\":[{\"preference\":10,\"exchange\":\"mx.example.com.\"}]"
            + "|10 mx.example.com.",
        "NS|sub|\"NSRecords\":[{\"nsdname\":\"ns1.example.net.\"}]|ns1.example.net.",
        "PTR|1|\"PTRRecords\":[{\"ptrdname\":\"host.example.com.\"}]|host.example.com.",
        "SRV|_sip._tcp|\"SRVRecords\":[{\"priority\":10,\"weight\":5,\"port\":5060,"
            + "\"target\":\"sip.example.com.\"}]|10 5 5060 sip.example.com.",
        "CAA|@|\"caaRecords\":[{\"flags\":0,\"tag\":\"issue\",\"value\":\"letsencrypt.org\"}]"
            + "|0 issue \"letsencrypt.org\"",
        "TXT|_dmarc|\"TXTRecords\":[{\"value\":[\"v=DMARC1; p=none\"]},{\"value\":[\"a \\\"b\\\"\","
            + "\"c\"]}]|\"v=DMARC1; p=none\",\"a \\\"b\\\"\" \"c\"",
        "SOA|@|\"SOARecord\":{\"host\":\"ns1-01.azure-dns.com.\",\"email\":"
            + "\"azuredns-hostmaster.microsoft.com\",\"serialNumber\":1,\"refreshTime\":3600,"
            + "\"retryTime\":300,\"expireTime\":2419200,\"minimumTTL\":300}"
            + "|ns1-01.azure-dns.com. azuredns-hostmaster.microsoft.com. 1 3600 300 2419200 300",
      })
  void everyTypeReadsAsTheModelSetAndWritesBackAsRead(
      String type, String name, String records, String values) {
    ResourceRecordSet.Builder expected =
        ResourceRecordSet.builder()
            .name(name.equals("@") ? ZONE : name + "." + ZONE)
            .type(type)
            .ttl(300);
    for (String value : values.split(",")) {
      expected.add(value);
    }

    ResourceRecordSet set = AzureRecords.set(read(azure(type, name, records)), ZONE);

    assertThat(set).isEqualTo(expected.build());
    assertThat(JsonParser.parseString(written(set)))
        .isEqualTo(JsonParser.parseString("{\"TTL\":300,\"metadata\":{}," + records + "}"));
  }

  @Test
  void txtStringsAreOneToOneWithTheModelsCharacterStrings() {
    ResourceRecordSet set =
        ResourceRecordSet.builder()
            .name("txt." + ZONE)
            .type("TXT")
            .ttl(60)
            .add(TXTData.of("v=spf1 -all", "semi;colon \"quoted\""))
            .build();

    assertThat(written(set))
        .isEqualTo(
            "{\"TTL\":60,\"metadata\":{},\"TXTRecords\":[{\"value\":[\"v=spf1 -all\","
                + "\"semi;colon \\\"quoted\\\"\"]}]}");
  }

  @Test
  void aTxtStringLongerThan255OctetsIsReadIn255OctetPieces() {
    String text = "a".repeat(254) + "\u00e9" + "b".repeat(44); // é is two octets: 300 in all

    ResourceRecordSet set =
        AzureRecords.set(
            read(azure("TXT", "long", "\"TXTRecords\":[{\"value\":[\"" + text + "\"]}]")), ZONE);

    assertThat(set.records())
        .containsExactly(TXTData.of("a".repeat(254), "\u00e9" + "b".repeat(44)));
  }

  @Test
  void namesWrittenWithoutTheirDotAreReadAbsolute() {
    ResourceRecordSet set =
        AzureRecords.set(
            read(azure("CNAME", "doc", "\"CNAMERecord\":{\"cname\":\"doc.contoso.com\"}")), ZONE);

    assertThat(set.records().get(0).toString()).isEqualTo("doc.contoso.com.");
  }

  @Test
  void metadataAndAnAliasAreShownAsProviderDataAndWrittenBack() {
    String target =
        "/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Network/trafficManagerProfiles/tm";
    ResourceRecordSet set =
        AzureRecords.set(
            read(
                azure(
                    "A",
                    "www",
                    "\"metadata\":{\"owner\":\"ops\",\"env\":\"prod\"},"
                        + "\"targetResource\":{\"id\":\""
                        + target
                        + "\"}")),
            ZONE);

    assertThat(set.records()).containsExactly(AzureData.alias("A", target));
    assertThat(set.records().get(0).toString()).isEqualTo("AZURE_ALIAS " + target);
    assertThat(set.providerData())
        .containsExactly(
            Map.entry("metadata", "{\"owner\":\"ops\",\"env\":\"prod\"}"),
            Map.entry("targetResource", target));
    assertThat(JsonParser.parseString(written(set)))
        .isEqualTo(
            JsonParser.parseString(
                "{\"TTL\":300,\"metadata\":{\"owner\":\"ops\",\"env\":\"prod\"},"
                    + "\"targetResource\":{\"id\":\""
                    + target
                    + "\"}}"));
    assertThat(new AzureProvider().parseData("A", "AZURE_ALIAS " + target))
        .contains(AzureData.alias("A", target));
  }

  @Test
  void anEmptySetIsShownAsOneValueAndWrittenBackEmpty() {
    ResourceRecordSet set =
        AzureRecords.set(read(azure("A", "empty", "\"targetResource\":{}")), ZONE);

    assertThat(set.records()).containsExactly(AzureData.empty("A"));
    assertThat(set.records().get(0).toString()).isEqualTo("AZURE_EMPTY");
    assertThat(written(set)).isEqualTo("{\"TTL\":300,\"metadata\":{}}");
    assertThat(new AzureProvider().parseData("A", "AZURE_EMPTY")).contains(AzureData.empty("A"));
    assertThat(new AzureProvider().parseData("A", "192.0.2.1")).isEqualTo(Optional.empty());
  }

  @Test
  void anAliasBesideRecordsIsRefused() {
    ResourceRecordSet set =
        ResourceRecordSet.builder()
            .name("www." + ZONE)
            .type("A")
            .add(AzureData.alias("A", "/subscriptions/sub/x"))
            .add("192.0.2.1")
            .build();

    assertThatThrownBy(() -> written(set))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("AZURE_ALIAS /subscriptions/sub/x beside other records");
  }

  @Test
  void namesAreRelativeToTheZoneWithTheApexAt() {
    assertThat(AzureRecords.relative(ZONE, ZONE)).isEqualTo("@");
    assertThat(AzureRecords.relative("*.dev." + ZONE, ZONE)).isEqualTo("*.dev");
    assertThat(AzureRecords.absolute("*.dev", ZONE)).isEqualTo("*.dev." + ZONE);
    assertThatThrownBy(() -> AzureRecords.relative("www.example.net.", ZONE))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("www.example.net.");
  }
}
