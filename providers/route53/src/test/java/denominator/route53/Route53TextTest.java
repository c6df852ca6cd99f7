package denominator.route53;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.model.ResourceRecordSet;
import denominator.model.rdata.TXTData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Route53TextTest {

  @Test
  void quotesAndBackslashesAreEscapedAndNonAsciiIsOctal() {
    assertThat(Route53Text.quote(List.of("say \"hi\" \\o/", "café")))
        .isEqualTo("\"say \\\"hi\\\" \\\\o/\" \"caf\\303\\251\"");
  }

  @Test
  void quotedValuesReadBackToTheSameStrings() {
    List<String> strings = List.of("v=spf1 -all", "say \"hi\" \\o/", "café", "");

    assertThat(Route53Text.unquote(Route53Text.quote(strings))).isEqualTo(strings);
  }

  @Test
  void unquotedWordsAreSeparateStrings() {
    assertThat(Route53Text.unquote("v=spf1 -all")).containsExactly("v=spf1", "-all");
  }

  @Test
  void aStringLongerThan255BytesIsSplitIntoSeveral() {
    String longText = "a".repeat(300);

    List<String> strings = Route53Text.unquote("\"" + longText + "\"");

    assertThat(strings).containsExactly("a".repeat(255), "a".repeat(45));
  }

  @Test
  void splittingNeverCutsAMultiByteCharacter() {
    String text = "a" + "é".repeat(200); // 401 bytes

    List<String> strings = Route53Text.split(text.getBytes(StandardCharsets.UTF_8));

    assertThat(strings).allMatch(s -> s.getBytes(StandardCharsets.UTF_8).length <= 255);
    assertThat(String.join("", strings)).isEqualTo(text);
    assertThat(strings.get(0).getBytes(StandardCharsets.UTF_8).length).isEqualTo(255);
  }

  @Test
  void aLongTxtRecordIsWrittenAsSeveralQuotedStringsOfOneValue() {
    TXTData dkim =
        new TXTData(
            Route53Text.split(
                ("v=DKIM1; k=rsa; p=" + "A".repeat(400)).getBytes(StandardCharsets.US_ASCII)));
    ResourceRecordSet set =
        ResourceRecordSet.builder()
            .name("k._domainkey.example.com.")
            .type("TXT")
            .ttl(300)
            .add(dkim)
            .build();

    var route53 = Route53Records.toRoute53(set).get(0);

    assertThat(route53.resourceRecords())
        .singleElement()
        .satisfies(
            r -> assertThat(r.value()).startsWith("\"v=DKIM1; k=rsa; p=AAA").contains("\" \"AAA"));
    assertThat(Route53Records.fromRoute53(List.of(route53))).containsExactly(set);
  }

  @Test
  void ownerNamesLoseRoute53sOctalEscapes() {
    assertThat(Route53Text.name("\\052.example.com.")).isEqualTo("*.example.com.");
    assertThat(Route53Text.name("www.example.com.")).isEqualTo("www.example.com.");
  }

  @Test
  void aByteOutsideUtf8IsRoute53sOctalEscapeAndTheModelsLoneSurrogate() {
    List<String> strings = Route53Text.unquote("\"a\\377b\" \"\\303\\251\"");

    assertThat(strings).containsExactly("a\uDCFFb", "\u00e9");
    assertThat(Route53Text.quote(strings)).isEqualTo("\"a\\377b\" \"\\303\\251\"");
  }
}
