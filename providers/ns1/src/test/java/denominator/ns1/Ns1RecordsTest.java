package denominator.ns1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import denominator.ValidationException;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.RData;
import denominator.model.rdata.TXTData;
import denominator.ns1.Ns1Json.ZoneJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Answer arrays to and from record data, for every type NS1 and the model share. */
class Ns1RecordsTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A|192.0.2.1|[\"192.0.2.1\"]",
        "AAAA|2001:db8::1|[\"2001:db8::1\"]",
        "CNAME|target.example.com.|[\"target.example.com\"]",
        "NS|ns1.example.com.|[\"ns1.example.com\"]",
        "PTR|host.example.com.|[\"host.example.com\"]",
        "DNAME|target.example.net.|[\"target.example.net\"]",
        "MX|10 mx.example.com.|[10,\"mx.example.com\"]",
        "SRV|10 5 5060 sip.example.com.|[10,5,5060,\"sip.example.com\"]",
        "CAA|0 issue \"letsencrypt.org\"|[0,\"issue\",\"letsencrypt.org\"]",
        "NAPTR|100 10 \"S\" \"SIP+D2U\" \"\" _sip._udp.example.com.|[100,10,\"S\",\"SIP+D2U\",\"\",\"_sip._udp.example.com\"]",
        "DS|12345 13 2 ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789|[12345,13,2,\"ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789\"]",
        "TLSA|3 1 1 ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789|[3,1,1,\"ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789\"]",
        "SSHFP|4 2 ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789|[4,2,\"ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789\"]",
        "HTTPS|1 svc.example.com. alpn=h2 port=8443|[1,\"svc.example.com\",\"alpn=h2 port=8443\"]",
        "SVCB|0 svc.example.com.|[0,\"svc.example.com\"]",
        "MX|0 .|[0,\".\"]",
      })
  void roundTrips(String type, String presentation, String answer) {
    RData data = RData.parse(type, presentation);
    JsonArray wire = JsonParser.parseString(answer).getAsJsonArray();

    assertThat(Ns1Records.answer(data)).isEqualTo(wire);
    assertThat(Ns1Records.data(type, wire)).isEqualTo(data);
  }

  @Test
  void numbersAreReadFromDecimalStringsToo() {
    assertThat(
            Ns1Records.data(
                "MX", JsonParser.parseString("[\"10\",\"mx.example.com\"]").getAsJsonArray()))
        .isEqualTo(RData.parse("MX", "10 mx.example.com."));
  }

  @Test
  void textIsOneRawStringAndLongTextReadsAs255ByteStrings() {
    String text = "v=DKIM1; k=rsa; p=\"" + "A".repeat(300);
    JsonArray wire = new JsonArray();
    wire.add(text);

    RData read = Ns1Records.data("TXT", wire);

    assertThat(((TXTData) read).strings()).extracting(String::length).containsExactly(255, 64);
    assertThat(Ns1Records.answer(read)).isEqualTo(wire);
  }

  @Test
  void aTextOfSeveralStringsIsRefused() {
    assertThatThrownBy(() -> Ns1Records.answer(RData.parse("TXT", "\"a\" \"b\"")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("[a, b]");
  }

  @Test
  void shortAnswersAreFieldsJoinedBySpaces() {
    assertThat(Ns1Records.shortAnswer("MX", "10 mx1.example.com"))
        .isEqualTo(RData.parse("MX", "10 mx1.example.com."));
    assertThat(Ns1Records.shortAnswer("TXT", "v=spf1 include:x -all"))
        .isEqualTo(TXTData.ofText("v=spf1 include:x -all"));
  }

  @Test
  void theSoaIsMadeOfZoneFields() {
    ZoneJson zone =
        new ZoneJson(
            "example.com",
            3600,
            300,
            7200,
            43200,
            1209600,
            42L,
            "hostmaster@nsone.net",
            List.of("dns1.p01.nsone.net", "dns2.p01.nsone.net"),
            List.of());

    ResourceRecordSet soa = Ns1Records.soa(zone).orElseThrow();

    assertThat(soa.ttl()).hasValue(3600);
    assertThat(soa.records().get(0))
        .isEqualTo(
            RData.parse(
                "SOA", "dns1.p01.nsone.net. hostmaster.nsone.net. 42 43200 7200 1209600 300"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TYPE65401|[\"lb.example.net\"]|alias lb.example.net.",
        "TYPE65402|[\"/path\",\"https://t.example\",301,1,1]|urlfwd /path https://t.example 301 1 1",
      })
  void ns1sOwnTypesAreProviderData(String type, String answer, String printed) {
    JsonArray wire = JsonParser.parseString(answer).getAsJsonArray();

    RData data = Ns1Records.data(type, wire);

    assertThat(data).hasToString(printed);
    assertThat(data.type()).isEqualTo(type);
    assertThat(new Ns1Provider().parseData(type, printed)).contains((Ns1Data) data);
    assertThat(Ns1Records.answer(data)).isEqualTo(wire);
  }
}
