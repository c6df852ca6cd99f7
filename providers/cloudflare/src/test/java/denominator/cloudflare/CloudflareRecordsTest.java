package denominator.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.ValidationException;
import denominator.cloudflare.CloudflareJson.RecordJson;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.RData;
import denominator.model.rdata.TXTData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values to and from {@code content}, {@code data} and {@code priority}; records into sets. */
class CloudflareRecordsTest {
  static final Gson GSON = new Gson();
  static final String HEX = "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A|192.0.2.1|{'content':'192.0.2.1'}",
        "AAAA|2001:db8::1|{'content':'2001:db8::1'}",
        "CNAME|target.example.com.|{'content':'target.example.com'}",
        "NS|ns1.example.net.|{'content':'ns1.example.net'}",
        "PTR|host.example.com.|{'content':'host.example.com'}",
        "MX|10 mx.example.com.|{'content':'mx.example.com','priority':10}",
        "SRV|10 5 5060 sip.example.com.|{'data':{'priority':10,'weight':5,'port':5060,'target':'sip.example.com'}}",
        "CAA|0 issue \"ca.example.net\"|{'data':{'flags':0,'tag':'issue','value':'ca.example.net'}}",
        "DS|12345 13 2 "
            + HEX
            + "|{'data':{'key_tag':12345,'algorithm':13,'digest_type':2,'digest':'"
            + HEX
            + "'}}",
        "TLSA|3 1 1 "
            + HEX
            + "|{'data':{'usage':3,'selector':1,'matching_type':1,'certificate':'"
            + HEX
            + "'}}",
        "SSHFP|4 2 " + HEX + "|{'data':{'algorithm':4,'type':2,'fingerprint':'" + HEX + "'}}",
        "NAPTR|100 10 \"S\" \"SIP+D2U\" \"\" _sip._udp.example.com.|{'data':{'order':100,'preference':10,'flags':'S','service':'SIP+D2U','regex':'','replacement':'_sip._udp.example.com'}}",
        "HTTPS|1 . alpn=h2,h3|{'data':{'priority':1,'target':'.','value':'alpn=h2,h3'}}",
        "SVCB|1 svc.example.com. alpn=h2 port=8443|{'data':{'priority':1,'target':'svc.example.com','value':'alpn=h2 port=8443'}}",
        "URI|10 1 \"https://example.com/\"|{'data':{'weight':1,'target':'https://example.com/'},'priority':10}",
      })
  void roundTrips(String type, String presentation, String wire) {
    RData value = RData.parse(type, presentation);
    JsonObject expected = JsonParser.parseString(wire.replace('\'', '"')).getAsJsonObject();

    assertThat(GSON.toJsonTree(CloudflareRecords.wire(value))).isEqualTo(expected);
    expected.addProperty("type", type);
    expected.addProperty("name", "x.example.com");
    assertThat(CloudflareRecords.data(GSON.fromJson(expected, RecordJson.class))).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CERT|1 12345 8 AQIDBAUGBwgJ",
        "DNSKEY|257 3 13 AQIDBAUGBwgJ",
        "SMIMEA|3 1 1 " + HEX,
        "LOC|51 30 12.748 N 0 7 39.611 W 0.00m 1m 10000m 10m",
        "OPENPGPKEY|AQIDBAUGBwgJ",
      })
  void typesWithoutTheirOwnClassRoundTripThroughGson(String type, String presentation) {
    RData value = RData.parse(type, presentation);
    JsonObject wire = GSON.toJsonTree(CloudflareRecords.wire(value)).getAsJsonObject();
    wire.addProperty("type", type);
    wire.addProperty("name", "x.example.com");

    RecordJson read = GSON.fromJson(GSON.toJson(wire), RecordJson.class);

    assertThat(CloudflareRecords.data(read)).isEqualTo(value);
  }

  @Test
  void aTextOf300BytesIsWrittenAsTwoQuotedStringsAndReadBack() {
    TXTData text = TXTData.ofText("k=" + "A".repeat(298));
    String content = CloudflareRecords.wire(text).content();

    assertThat(content).isEqualTo("\"k=" + "A".repeat(253) + "\" \"" + "A".repeat(45) + "\"");
    assertThat(CloudflareRecords.data(record("TXT", content, 300, false))).isEqualTo(text);
  }

  @Test
  void quotesAndBackslashesInsideTextAreEscaped() {
    TXTData text = TXTData.of("say \"hi\"", "a\\b");
    String content = CloudflareRecords.wire(text).content();

    assertThat(content).isEqualTo("\"say \\\"hi\\\"\" \"a\\\\b\"");
    assertThat(CloudflareRecords.data(record("TXT", content, 300, false))).isEqualTo(text);
  }

  @Test
  void unquotedTextIsOneRawStringAsAnotherToolWroteIt() {
    assertThat(CloudflareRecords.data(record("TXT", "v=spf1 include:x -all", 300, false)))
        .isEqualTo(TXTData.of("v=spf1 include:x -all"));
  }

  @Test
  void namesAreReadWithOrWithoutTheirTrailingDot() {
    assertThat(CloudflareRecords.data(record("CNAME", "target.example.com.", 300, false)))
        .isEqualTo(CloudflareRecords.data(record("CNAME", "target.example.com", 300, false)));
  }

  @Test
  void recordsOfOneNameAndTypeAreOneSetAndTtlOneIsNoTtl() {
    ResourceRecordSet set =
        CloudflareRecords.toSet(
            List.of(record("A", "192.0.2.1", 1, true), record("A", "192.0.2.2", 1, true)));

    assertThat(set.name()).isEqualTo("www.example.com.");
    assertThat(set.records()).hasSize(2);
    assertThat(set.ttl()).isEmpty();
    assertThat(set.providerData()).isEqualTo(Map.of("proxied", "true"));
  }

  @Test
  void fieldsAlikeOnEveryValueAreOneKeyAndDefaultsNone() {
    RecordJson a = withFields(record("A", "192.0.2.1", 300, false), "web", List.of("env:prod"));
    RecordJson b = withFields(record("A", "192.0.2.2", 300, false), "web", List.of("env:prod"));

    assertThat(CloudflareRecords.toSet(List.of(a, b)).providerData())
        .containsExactly(Map.entry("comment", "web"), Map.entry("tags", "env:prod"));
  }

  @Test
  void fieldsThatDifferAreOneKeyByValue() {
    RecordJson a = withFields(record("A", "192.0.2.1", 300, true), "one", List.of());
    RecordJson b = withFields(record("A", "192.0.2.2", 300, false), "two", List.of());

    ResourceRecordSet set = CloudflareRecords.toSet(List.of(a, b));

    assertThat(JsonParser.parseString(set.providerData().get("proxied.by-value")))
        .isEqualTo(JsonParser.parseString("{\"192.0.2.1\":\"true\",\"192.0.2.2\":\"false\"}"));
    assertThat(JsonParser.parseString(set.providerData().get("comment.by-value")))
        .isEqualTo(JsonParser.parseString("{\"192.0.2.1\":\"one\",\"192.0.2.2\":\"two\"}"));
    assertThat(CloudflareProviderData.wanted(set, RData.parse("A", "192.0.2.1")).proxied())
        .isTrue();
    assertThat(CloudflareProviderData.wanted(set, RData.parse("A", "192.0.2.2")).comment())
        .isEqualTo("two");
  }

  @Test
  void aSetLevelKeyWinsOverTheByValueKeyItWasGivenBeside() {
    ResourceRecordSet set =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("A")
            .add("192.0.2.1")
            .providerData("proxied", "true")
            .providerData("proxied.by-value", "{\"192.0.2.1\":\"false\"}")
            .build();

    assertThat(CloudflareProviderData.wanted(set, RData.parse("A", "192.0.2.1")).proxied())
        .isTrue();
  }

  @Test
  void aByValueKeyThatIsNotAJsonObjectIsRefused() {
    ResourceRecordSet set =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("A")
            .add("192.0.2.1")
            .providerData("comment.by-value", "192.0.2.1=x")
            .build();

    assertThatThrownBy(() -> CloudflareProviderData.wanted(set, RData.parse("A", "192.0.2.1")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("comment.by-value");
  }

  @Test
  void proxiedIsTrueOrFalse() {
    ResourceRecordSet set =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("A")
            .add("192.0.2.1")
            .providerData("proxied", "yes")
            .build();

    assertThatThrownBy(() -> CloudflareProviderData.wanted(set, RData.parse("A", "192.0.2.1")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("true or false");
  }

  static RecordJson record(String type, String content, int ttl, boolean proxied) {
    String name = type.equals("TXT") ? "txt.example.com" : "www.example.com";
    return new RecordJson(
        "id-" + content.hashCode(),
        name,
        type,
        content,
        null,
        null,
        ttl,
        proxied,
        null,
        List.of(),
        null,
        null);
  }

  static RecordJson withFields(RecordJson r, String comment, List<String> tags) {
    return new RecordJson(
        r.id(),
        r.name(),
        r.type(),
        r.content(),
        r.data(),
        r.priority(),
        r.ttl(),
        r.proxied(),
        comment,
        tags,
        r.settings(),
        r.meta());
  }
}
