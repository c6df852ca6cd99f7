package denominator.model.rdata;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What {@link PlainText} reads without dnsjava, dnsjava reads the same. dnsjava's reading of a text
 * is had by wrapping it in parentheses, zone-file grouping that means nothing for a one-line text
 * but is not plain, so {@link RData#parse} hands it to dnsjava.
 */
class PlainTextTest {
  private static final List<String> TYPES =
      List.of("A", "AAAA", "CNAME", "NS", "PTR", "MX", "SOA", "SRV", "TXT", "SPF");

  /** Texts on the edges of what is plain and what dnsjava reads, per type. */
  private static final Map<String, List<String>> EDGES =
      Map.of(
          "A",
          List.of("192.0.2.1", " 192.0.2.1 ", "192.0.2.01", "0.0.0.0", "256.0.0.1", "1.2.3", "a"),
          "AAAA",
          List.of("2001:DB8::1", "::", "::ffff:192.0.2.1", "2001:db8::1::2", "1:2:3:4:5:6:7:8:9"),
          "NS",
          List.of("ns1", "NS1.Example.COM.", ".", "a..b", "x".repeat(64) + ".", "*.a", "-", "a b"),
          "MX",
          List.of(
              "10 mail",
              "010 mail.",
              "65535 .",
              "65536 mail.",
              "4294967306 mail.",
              "+1 mail.",
              "-1 mail.",
              "1e3 mail.",
              "10",
              "10 mail. extra"),
          "SOA",
          List.of(
              "ns1. host. 1 2 3 4 5",
              "ns1. host. 4294967295 2147483647 0 0 0",
              "ns1. host. 4294967296 1 1 1 1",
              "ns1. host. 1 2147483648 1 1 1",
              "ns1. host. 1 1h 1 1 1",
              "ns1. host. 1 2 3 4",
              "ns1 host 0001 02 3 4 5"),
          "SRV",
          List.of("0 0 0 .", "10 5 5060 sip", "1 2 3", "1 2 65536 a.", "1 2 3 a. b."),
          "TXT",
          List.of(
              "v=spf1 -all",
              "\"v=spf1 -all\"",
              "\"\"",
              "\"a\" b \"c d\"",
              "\"a\"b",
              "a\"b\"",
              "\"unterminated",
              "\"" + "a".repeat(255) + "\"",
              "\"" + "a".repeat(256) + "\"",
              "a".repeat(256),
              "   spaced    out   ",
              "x=1;y=2",
              "\"x=1;y=2\"",
              "\"(a)\""));

  @Test
  void edgesReadAsDnsjavaReadsThem() {
    EDGES.forEach((type, texts) -> texts.forEach(text -> assertSameReading(type, text)));
    EDGES.get("TXT").forEach(text -> assertSameReading("SPF", text));
    EDGES.get("NS").forEach(text -> assertSameReading("CNAME", text));
    EDGES.get("NS").forEach(text -> assertSameReading("PTR", text));
  }

  @Test
  void printedValuesReadAsDnsjavaReadsThem() {
    RandomRData random = new RandomRData(7L);
    Map<String, Integer> plain = new TreeMap<>();
    for (String type : TYPES) {
      for (int i = 0; i < 300; i++) {
        String text = random.next(type).toString();
        if (assertSameReading(type, text)) {
          plain.merge(type, 1, Integer::sum);
        }
      }
    }
    assertThat(plain).as("texts read without dnsjava, by type").containsOnlyKeys(TYPES);
  }

  @Test
  void wordSoupReadsAsDnsjavaReadsIt() {
    Random random = new Random(11L);
    String alphabet = "aZ9.-_*\"\\;()@$/=+: \t01";
    int plain = 0;
    for (String type : TYPES) {
      for (int i = 0; i < 2000; i++) {
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(24); length > 0; length--) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        if (assertSameReading(type, text.toString())) {
          plain++;
        }
      }
    }
    assertThat(plain).as("soups read without dnsjava").isGreaterThan(1000);
  }

  @Test
  void onlyPlainTextIsRead() {
    assertThat(PlainText.words("10  mail.example.com. ", false))
        .containsExactly("10", "mail.example.com.");
    assertThat(PlainText.words("\"a b\" c \"\"", true)).containsExactly("a b", "c", "");
    assertThat(PlainText.words("\"a b\"", false)).isNull();
    assertThat(PlainText.words("a\tb", false)).isNull();
    assertThat(PlainText.words("a ; comment", false)).isNull();
    assertThat(PlainText.words("\\# 4 C0000201", false)).isNull();
    assertThat(PlainText.words("@", false)).isNull();
    assertThat(PlainText.words("  ", false)).isNull();
    assertThat(PlainText.words("\"a\\\"b\"", true)).isNull();
    assertThat(PlainText.words("\"é\"", true)).isNull();
  }

  /**
   * Asserts that {@code text}, read as {@code type}, gives what dnsjava's reading gives (both the
   * same data, or both refused); returns whether the text was plain.
   */
  private static boolean assertSameReading(String type, String text) {
    boolean quotes = type.equals("TXT") || type.equals("SPF");
    List<String> words = PlainText.words(text, quotes);
    if (words == null) {
      return false; // dnsjava reads it either way
    }
    assertThat(reading(type, text))
        .as("%s %s", type, text)
        .isEqualTo(reading(type, "( " + text + " )"));
    return true;
  }

  private static Object reading(String type, String text) {
    try {
      return RData.parse(type, text);
    } catch (ValidationException refused) {
      return "refused";
    }
  }
}
