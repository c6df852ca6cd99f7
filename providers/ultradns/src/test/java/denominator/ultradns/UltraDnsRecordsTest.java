package denominator.ultradns;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.model.ResourceRecordSet;
import denominator.model.rdata.RData;
import denominator.model.rdata.TXTData;
import denominator.ultradns.UltraDnsJson.RRSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain rrsets to and from model sets. */
class UltraDnsRecordsTest {

  @Test
  void anRrsetReadsWithItsMnemonicAndPresentationRdata() {
    RRSet rrset =
        new RRSet("mail.example.com.", "MX (15)", 300, List.of("10 mx1.example.com."), null);

    ResourceRecordSet set = UltraDnsRecords.set(rrset);

    assertThat(set.type()).isEqualTo("MX");
    assertThat(set.ttl()).hasValue(300);
    assertThat(UltraDnsRecords.rdata(set)).containsExactly("10 mx1.example.com.");
  }

  @Test
  void oneTxtStringIsUnquotedAndSeveralAreQuoted() {
    assertThat(UltraDnsRecords.text(TXTData.of("v=spf1 -all"))).isEqualTo("v=spf1 -all");
    assertThat(UltraDnsRecords.text(TXTData.of("part one", "part two")))
        .isEqualTo("\"part one\" \"part two\"");
    assertThat(UltraDnsRecords.data("TXT", "v=spf1 -all")).isEqualTo(TXTData.of("v=spf1 -all"));
    assertThat(UltraDnsRecords.data("TXT", "\"a\" \"b\"")).isEqualTo(TXTData.of("a", "b"));
  }

  @Test
  void aLongUnquotedTextIsTheRunOf255ByteStrings() {
    String text = "k=" + "x".repeat(400);
    RData data = UltraDnsRecords.data("TXT", text);

    assertThat(((TXTData) data).strings()).hasSize(2);
    assertThat(UltraDnsRecords.text(data)).isEqualTo(text);
  }

  @Test
  void textThatWouldNotSurviveUnquotedIsSentQuoted() {
    TXTData quote = TXTData.of("\"quoted\"");
    TXTData empty = TXTData.of("");
    TXTData nonUtf8 = TXTData.parse("\"a\\255\"");

    for (TXTData data : List.of(quote, empty, nonUtf8)) {
      String text = UltraDnsRecords.text(data);
      assertThat(text).startsWith("\"");
      assertThat(UltraDnsRecords.data("TXT", text)).isEqualTo(data);
    }
  }

  @Test
  void spfAndCaaRoundTrip() {
    for (String[] typeAndText :
        List.of(
            new String[] {"SPF", "v=spf1 include:example.net -all"},
            new String[] {"CAA", "0 issue \"letsencrypt.org\""},
            new String[] {"SRV", "10 5 443 svc.example.com."})) {
      RData data = UltraDnsRecords.data(typeAndText[0], typeAndText[1]);
      assertThat(UltraDnsRecords.data(typeAndText[0], UltraDnsRecords.text(data))).isEqualTo(data);
    }
  }
}
