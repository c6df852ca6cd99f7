package denominator.googledns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rrdata checks of the simulated Cloud DNS: which types it takes and, per type, the
 * presentation form an rrdata must have (wire page, section 6). A refusal names the rrdata's field
 * and the bad value. Types with no rule of their own are checked for their field count only.
 */
final class RdataRules {
  /** The types Cloud DNS takes. */
  static final Set<String> TYPES =
      Set.of(
          "A",
          "AAAA",
          "CAA",
          "CNAME",
          "DNSKEY",
          "DS",
          "HTTPS",
          "IPSECKEY",
          "MX",
          "NAPTR",
          "NS",
          "PTR",
          "SOA",
          "SPF",
          "SRV",
          "SSHFP",
          "SVCB",
          "TLSA",
          "TXT");

  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");
  private static final Pattern CAA_TAG = Pattern.compile("[A-Za-z0-9]+");
  private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");

  /** The least number of fields of the types checked by count only. */
  private static final Map<String, Integer> MIN_FIELDS =
      Map.of("DNSKEY", 4, "IPSECKEY", 5, "NAPTR", 6, "DS", 4, "TLSA", 4, "SSHFP", 3);

  private RdataRules() {}

  /** Refuses {@code rdata} of {@code type} unless it has the type's form. */
  static void check(String type, String rdata, String field) {
    if (rdata.isBlank() || !rules(type, fields(rdata, field))) {
      throw GoogleRefusal.invalidValue(field, rdata);
    }
  }

  private static boolean rules(String type, List<String> f) {
    return switch (type) {
      case "A" -> f.size() == 1 && IPV4.matcher(f.get(0)).matches();
      case "AAAA" -> f.size() == 1 && isIpv6(f.get(0));
      case "CNAME", "NS", "PTR" -> f.size() == 1 && DnsNames.isAbsolute(f.get(0));
      case "MX" -> f.size() == 2 && isUint(f.get(0), 65535) && isTarget(f.get(1));
      case "SRV" ->
          f.size() == 4
              && isUint(f.get(0), 65535)
              && isUint(f.get(1), 65535)
              && isUint(f.get(2), 65535)
              && isTarget(f.get(3));
      case "CAA" ->
          f.size() == 3
              && isUint(f.get(0), 255)
              && CAA_TAG.matcher(f.get(1)).matches()
              && f.get(2).startsWith("\"");
      case "TXT", "SPF" -> f.stream().allMatch(RdataRules::isCharacterString);
      case "SOA" ->
          f.size() == 7
              && DnsNames.isAbsolute(f.get(0))
              && DnsNames.isAbsolute(f.get(1))
              && f.subList(2, 7).stream().allMatch(n -> isUint(n, 4294967295L));
      case "HTTPS", "SVCB" -> f.size() >= 2 && isUint(f.get(0), 65535) && isTarget(f.get(1));
      case "DS", "TLSA" -> f.size() >= 4 && numbersThenHex(f, 3);
      case "SSHFP" -> f.size() >= 3 && numbersThenHex(f, 2);
      default -> f.size() >= MIN_FIELDS.getOrDefault(type, 1);
    };
  }

  /**
   * The fields of an rrdata: words separated by white space, a quoted string (with {@code \"} and
   * {@code \\} escapes) counting as one field and kept with its quotes; unbalanced quotes refused.
   */
  static List<String> fields(String rdata, String field) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    while (i < rdata.length()) {
      char c = rdata.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (c == '"') {
        i++;
        while (i < rdata.length() && rdata.charAt(i) != '"') {
          i += rdata.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= rdata.length()) {
          throw GoogleRefusal.invalidValue(field, rdata);
        }
        i++;
      } else {
        while (i < rdata.length() && !Character.isWhitespace(rdata.charAt(i))) {
          if (rdata.charAt(i) == '"') {
            throw GoogleRefusal.invalidValue(field, rdata);
          }
          i++;
        }
      }
      fields.add(rdata.substring(start, i));
    }
    return fields;
  }

  /** The bytes of a character-string's content: quoted or not, at most 255. */
  private static boolean isCharacterString(String word) {
    String content =
        word.startsWith("\"")
            ? word.substring(1, word.length() - 1).replaceAll("\\\\(.)", "$1")
            : word;
    return content.getBytes(StandardCharsets.UTF_8).length <= 255;
  }

  private static boolean isIpv6(String text) {
    if (!text.contains(":") || !IPV6_CHARACTERS.matcher(text).matches()) {
      return false;
    }
    try {
      // a literal with a colon is parsed, never looked up
      return InetAddress.getByName(text).getAddress().length == 16;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean isTarget(String name) {
    return name.equals(".") || DnsNames.isAbsolute(name);
  }

  private static boolean numbersThenHex(List<String> f, int numbers) {
    Predicate<String> number = n -> isUint(n, 65535);
    return f.subList(0, numbers).stream().allMatch(number)
        && f.subList(numbers, f.size()).stream().allMatch(h -> HEX.matcher(h).matches());
  }

  static boolean isUint(String text, long max) {
    if (!text.matches("\\d{1,10}")) {
      return false;
    }
    return Long.parseLong(text) <= max;
  }
}
