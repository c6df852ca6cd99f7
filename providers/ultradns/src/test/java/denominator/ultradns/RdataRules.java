package denominator.ultradns;

import denominator.DenominatorException;
import denominator.model.rdata.RData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the simulated UltraDNS accepts as rdata: the types of its record type list, each value
 * parsed as presentation text by core's {@link RData#parse}. TXT and SPF values that are one
 * character-string come unquoted, so they are taken as they are; several strings come quoted.
 */
final class RdataRules {
  /** The types the service accepts (an ASSUMPTION from UltraDNS's record type list). */
  static final Set<String> TYPES =
      Set.of(
          "A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "MX", "NAPTR", "NS", "PTR", "RP", "SOA",
          "SPF", "SRV", "SSHFP", "SVCB", "HTTPS", "TLSA", "TXT");

  private static final int MAX_STRING_BYTES = 255;

  private RdataRules() {}

  /** The mnemonic of a path's type, upper-case, or a 400 1000 for a type the service lacks. */
  static String type(String type) {
    String upper = type.toUpperCase(Locale.ROOT);
    if (!TYPES.contains(upper)) {
      throw Refusal.invalidInput(
          "unknown record type " + type + " (expected one of " + TYPES + ")");
    }
    return upper;
  }

  /** Refuses with 400 1000 the first value that does not parse as {@code type}. */
  static void check(String type, List<String> rdata) {
    if (rdata.isEmpty()) {
      throw Refusal.invalidInput("rdata is empty (expected at least one value)");
    }
    rdata.forEach(value -> check(type, value));
  }

  /**
   * The character-strings a TXT or SPF value is served as: a quoted value as its strings, an
   * unquoted one cut into consecutive strings of at most 255 bytes.
   */
  static List<String> characterStrings(String value) {
    if (!value.startsWith("\"")) {
      return split(value);
    }
    List<String> strings = new ArrayList<>();
    for (String part : value.substring(1, value.length() - 1).split("\"\\s+\"", -1)) {
      strings.add(part);
    }
    return strings;
  }

  private static void check(String type, String value) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalidInput("empty " + type + " rdata (expected presentation text)");
    }
    if (isText(type) && !value.startsWith("\"")) {
      return; // one unquoted character-string: any text is one, longer ones are split on serving
    }
    try {
      RData.parse(type, value);
    } catch (DenominatorException | IllegalArgumentException e) {
      throw Refusal.invalidInput(
          "bad " + type + " rdata: " + value + " (expected " + type + " presentation text)");
    }
  }

  private static boolean isText(String type) {
    return type.equals("TXT") || type.equals("SPF");
  }

  private static List<String> split(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    List<String> strings = new ArrayList<>();
    for (int start = 0; start < bytes.length; start += MAX_STRING_BYTES) {
      int end = Math.min(bytes.length, start + MAX_STRING_BYTES);
      strings.add(new String(bytes, start, end - start, StandardCharsets.UTF_8));
    }
    return strings;
  }
}
