package denominator.designate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import denominator.designate.DesignateJson.RecordSetJson;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.CAAData;
import denominator.model.rdata.RData;
import denominator.model.rdata.SPFData;
import denominator.model.rdata.TXTData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Record strings to and from record data, for every type the provider writes. */
class DesignateRecordsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A     | 192.0.2.1                        | 192.0.2.1",
        "AAAA  | 2001:db8::1                      | 2001:db8::1",
        "CNAME | target.example.com.              | target.example.com.",
        "PTR   | host.example.com.                | host.example.com.",
        "NS    | ns1.example.net.                 | ns1.example.net.",
        "MX    | 10 mx.example.com.               | 10 mx.example.com.",
        "SRV   | 10 5 5060 sip.example.com.       | 10 5 5060 sip.example.com.",
        "SSHFP | 4 2 ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789 |"
            + " 4 2 ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789",
        "CAA   | 0 issue \"letsencrypt.org\"      | 0 issue letsencrypt.org",
        "CAA   | 1 iodef \"mailto:ca@example.com\" | 1 iodef mailto:ca@example.com",
        "NAPTR | 100 10 \"S\" \"SIP+D2U\" \"!^.*$!sip:info@example.com!\" _sip._udp.example.com."
            + " | 100 10 S SIP+D2U !^.*$!sip:info@example.com! _sip._udp.example.com.",
        "TXT   | \"v=spf1 -all\"                  | \"v=spf1 -all\"",
        "SPF   | \"v=spf1 -all\"                  | \"v=spf1 -all\"",
      })
  void eachTypeRoundTrips(String type, String model, String wire) {
    RData data = RData.parse(type, model);

    assertThat(DesignateRecords.write(data)).isEqualTo(wire);
    assertThat(DesignateRecords.read(type, wire)).isEqualTo(data);
  }

  @Test
  void txtQuotesAndBackslashesAreEscapedAndRead() {
    TXTData data = TXTData.of("say \"hi\" \\ bye");

    assertThat(DesignateRecords.write(data)).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
    assertThat(DesignateRecords.read("TXT", DesignateRecords.write(data))).isEqualTo(data);
  }

  @Test
  void anUnquotedTxtWrittenByAnotherToolIsOneString() {
    assertThat(DesignateRecords.read("TXT", "v=spf1")).isEqualTo(TXTData.of("v=spf1"));
  }

  @Test
  void severalShortTxtStringsAreRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> DesignateRecords.write(TXTData.of("hello world", "second string")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("several short strings");
  }

  @Test
  void severalTxtStringsOverAllOf255CharactersKeepTheirBoundaries() {
    TXTData data = TXTData.of("a".repeat(200), "b".repeat(100));

    String wire = DesignateRecords.write(data);

    assertThat(wire).isEqualTo("\"" + "a".repeat(200) + "\" \"" + "b".repeat(100) + "\"");
    assertThat(DesignateRecords.read("TXT", wire)).isEqualTo(data);
  }

  @Test
  void aTxtStringTooLongToQuoteInOnePieceIsCutInPiecesOfAtMost255() {
    String text = "k".repeat(255);

    String wire = DesignateRecords.write(TXTData.of(text));

    assertThat(wire).isEqualTo("\"" + "k".repeat(253) + "\" \"kk\"");
    assertThat(String.join("", ((TXTData) DesignateRecords.read("TXT", wire)).strings()))
        .isEqualTo(text);
  }

  @Test
  void spfFollowsTheTxtRules() {
    assertThatThrownBy(() -> DesignateRecords.write(SPFData.of("a", "b")))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void caaFlagsOtherThanZeroAndOneAndAnIssueWithoutDomainAreRefused() {
    assertThatThrownBy(() -> DesignateRecords.write(new CAAData(128, "issue", "ca.example")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("128");
    assertThatThrownBy(() -> DesignateRecords.write(new CAAData(0, "issue", ";")))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void naptrFieldsMayNotBeEmpty() {
    assertThatThrownBy(
            () ->
                DesignateRecords.write(RData.parse("NAPTR", "100 10 \"\" \"E2U+sip\" \"!a!b!\" .")))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void certAndUnreadableValuesAreKeptVerbatim() {
    assertThat(DesignateRecords.read("CERT", "PGP 0 RSASHA256 AAAA"))
        .isEqualTo(new DesignateData("CERT", "PGP 0 RSASHA256 AAAA"));
    assertThat(DesignateRecords.read("MX", "ten mx.example.com."))
        .isEqualTo(new DesignateData("MX", "ten mx.example.com."));
    assertThat(DesignateRecords.write(new DesignateData("CERT", "PGP 0 RSASHA256 AAAA")))
        .isEqualTo("PGP 0 RSASHA256 AAAA");
  }

  @Test
  void aSetWithoutTtlShowsTheZonesAndItsDescriptionIsProviderData() {
    RecordSetJson json =
        new RecordSetJson(
            "id1",
            "WWW.example.com.",
            "A",
            List.of("192.0.2.2", "192.0.2.1"),
            null,
            "made by terraform",
            "ACTIVE");

    ResourceRecordSet set = DesignateRecords.set(json, 3600).orElseThrow();

    assertThat(set.name()).isEqualTo("www.example.com.");
    assertThat(set.ttl()).hasValue(3600);
    assertThat(set.records()).hasSize(2);
    assertThat(set.providerData()).isEqualTo(Map.of("description", "made by terraform"));
  }

  @Test
  void aSetWithoutRecordsIsNotShown() {
    assertThat(
            DesignateRecords.set(
                new RecordSetJson("id1", "www.example.com.", "A", List.of(), 300, null, "ACTIVE"),
                3600))
        .isEmpty();
  }

  @Test
  void theManagedSoaIsRead() {
    assertThat(
            DesignateRecords.read(
                    "SOA",
                    "ns1.example.org. hostmaster.example.com. 1764800340 3600 600 86400 3600")
                .type())
        .isEqualTo("SOA");
  }
}
