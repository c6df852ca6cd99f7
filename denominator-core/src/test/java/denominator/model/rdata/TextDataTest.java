package denominator.model.rdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDataTest {
  @Test
  void txtSplitsQuotedAndUnquotedStrings() {
    assertThat(TXTData.parse("v=spf1 -all").strings()).containsExactly("v=spf1", "-all");
    assertThat(TXTData.parse("\"a b\" c \"\"").strings()).containsExactly("a b", "c", "");
  }

  @Test
  void txtPrintsEveryStringQuotedAndEscaped() {
    assertThat(TXTData.of("v=spf1 -all").toString()).isEqualTo("\"v=spf1 -all\"");
    assertThat(TXTData.of("say \"hi\"", "back\\slash", "tab\there").toString())
        .isEqualTo("\"say \\\"hi\\\"\" \"back\\\\slash\" \"tab\\009here\"");
  }

  @Test
  void txtPrintsNonAsciiAsEscapedUtf8Bytes() {
    assertThat(TXTData.of("héllo").toString()).isEqualTo("\"h\\195\\169llo\"");
    assertThat(TXTData.parse("\"h\\195\\169llo\"")).isEqualTo(TXTData.of("héllo"));
    assertThat(TXTData.parse("\"héllo\"")).isEqualTo(TXTData.of("héllo"));
  }

  @Test
  void txtLimitsStringsTo255BytesNotCharacters() {
    assertThat(TXTData.of("a".repeat(255)).strings()).hasSize(1);
    String tooLong = "é".repeat(128); // 128 characters, 256 bytes
    assertThatThrownBy(() -> TXTData.of(tooLong))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo(tooLong));
    String text = "\"" + "a".repeat(256) + "\"";
    assertThatThrownBy(() -> TXTData.parse(text))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo(text));
  }

  @Test
  void txtRefusesNoStringsAndSurrogatesThatStandForNoByte() {
    assertThatThrownBy(() -> TXTData.parse("")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new TXTData(List.of())).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> TXTData.of("\ud800")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> TXTData.of("\udc7f")).isInstanceOf(ValidationException.class);
  }

  @Test
  void txtKeepsBytesThatAreNotUtf8() {
    TXTData stray = TXTData.parse("\"a\\255b\" \"\\195\\169\\237\\178\\128\"");
    assertThat(stray.toString()).isEqualTo("\"a\\255b\" \"\\195\\169\\237\\178\\128\"");
    assertThat(stray.strings()).containsExactly("a\udcffb", "é\udced\udcb2\udc80");
    assertThat(TXTData.of("a\udcffb")).isEqualTo(TXTData.parse("\"a\\255b\""));
    assertThat(TXTData.of("\udcff".repeat(255)).strings()).hasSize(1);
    assertThatThrownBy(() -> TXTData.of("\udcff".repeat(256)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void everyByteSurvivesParseAndPrint() {
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    for (int from = 0; from < 256; from += 128) {
      StringBuilder text = new StringBuilder();
      CharacterStrings.quote(java.util.Arrays.copyOfRange(all, from, from + 128), text);
      TXTData txt = TXTData.parse(text.toString());
      assertThat(txt.toString()).isEqualTo(text.toString());
      assertThat(CharacterStrings.utf8("t", txt.strings().get(0), "t"))
          .isEqualTo(java.util.Arrays.copyOfRange(all, from, from + 128));
    }
  }

  @Test
  void txtStringsAreUnmodifiable() {
    assertThatThrownBy(() -> TXTData.of("a").strings().add("b"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void spfIsHeldAsTxtIs() {
    SPFData spf = (SPFData) RData.parse("spf", "v=spf1 \"include:_spf.example.com\" -all");
    assertThat(spf.strings()).containsExactly("v=spf1", "include:_spf.example.com", "-all");
    assertThat(spf.type()).isEqualTo("SPF");
    assertThat(spf.toString()).isEqualTo("\"v=spf1\" \"include:_spf.example.com\" \"-all\"");
  }

  @Test
  void caaParsesFlagsTagAndValue() {
    CAAData caa = CAAData.parse("128 issue \"letsencrypt.org; validationmethods=dns-01\"");
    assertThat(caa)
        .isEqualTo(new CAAData(128, "ISSUE", "letsencrypt.org; validationmethods=dns-01"));
    assertThat(caa.toString()).isEqualTo("128 issue \"letsencrypt.org; validationmethods=dns-01\"");
    assertThat(new CAAData(0, "iodef", "mailto:\"x\"").toString())
        .isEqualTo("0 iodef \"mailto:\\\"x\\\"\"");
  }

  @Test
  void caaRefusesBadTagsAndFlags() {
    assertThatThrownBy(() -> CAAData.parse("0 is-sue \"x\""))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("0 is-sue \"x\""));
    assertThatThrownBy(() -> new CAAData(256, "issue", "x"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new CAAData(0, "a".repeat(16), "x"))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void naptrParsesAllSixFields() {
    NAPTRData naptr = NAPTRData.parse("100 10 \"u\" \"E2U+sip\" \"!^.*$!sip:info@example.com!\" .");
    assertThat(naptr)
        .isEqualTo(new NAPTRData(100, 10, "U", "E2U+sip", "!^.*$!sip:info@example.com!", "."));
    assertThat(naptr.toString())
        .isEqualTo("100 10 \"U\" \"E2U+sip\" \"!^.*$!sip:info@example.com!\" .");
  }

  @Test
  void naptrRefusesFlagsThatAreNotAlphanumeric() {
    assertThatThrownBy(() -> new NAPTRData(1, 1, "U!", "", "", "."))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("U!"));
  }

  @Test
  void textLongerThan255BytesIsCutBetweenCharacters() {
    String key = "é".repeat(200); // 400 bytes
    TXTData txt = TXTData.ofText("p=" + key);

    assertThat(txt.strings()).hasSize(2);
    assertThat(String.join("", txt.strings())).isEqualTo("p=" + key);
    assertThat(txt.strings().get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(254);
    assertThat(TXTData.ofText("a; b \"c\"").strings()).containsExactly("a; b \"c\"");
    assertThat(SPFData.ofText("").strings()).containsExactly("");
  }
}
