package denominator.ns1;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import denominator.DenominatorException;
import denominator.model.rdata.RData;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the simulated NS1 accepts as one answer's field array, per record type: the field count and
 * kinds of the wire page's table, then (for the types core models) the joined presentation form
 * parsed by core's {@link RData#parse}. It also gives the stored form (numbers as JSON numbers,
 * names without a trailing dot) and the {@code short_answers} string of an answer.
 */
final class AnswerRules {
  /** What one field of an answer holds. */
  enum Field {
    IPV4,
    IPV6,
    NAME,
    TEXT,
    NUMBER,
    /** Free text, quoted in the presentation form. */
    STRING,
    /** Text that stands as it is in the presentation form (a CAA tag, SvcParams). */
    TOKEN,
    HEX
  }

  /** Writes to these answer 405: NS1 signs zones itself. */
  static final Set<String> DNSSEC_TYPES = Set.of("DNSKEY", "RRSIG");

  private static final Map<String, List<Field>> FIELDS =
      Map.ofEntries(
          Map.entry("A", List.of(Field.IPV4)),
          Map.entry("AAAA", List.of(Field.IPV6)),
          Map.entry("ALIAS", List.of(Field.NAME)),
          Map.entry("CNAME", List.of(Field.NAME)),
          Map.entry("DNAME", List.of(Field.NAME)),
          Map.entry("NS", List.of(Field.NAME)),
          Map.entry("PTR", List.of(Field.NAME)),
          Map.entry("TXT", List.of(Field.TEXT)),
          Map.entry("SPF", List.of(Field.TEXT)),
          Map.entry("MX", List.of(Field.NUMBER, Field.NAME)),
          Map.entry("SRV", List.of(Field.NUMBER, Field.NUMBER, Field.NUMBER, Field.NAME)),
          Map.entry("CAA", List.of(Field.NUMBER, Field.TOKEN, Field.STRING)),
          Map.entry(
              "NAPTR",
              List.of(
                  Field.NUMBER,
                  Field.NUMBER,
                  Field.STRING,
                  Field.STRING,
                  Field.STRING,
                  Field.NAME)),
          Map.entry("DS", List.of(Field.NUMBER, Field.NUMBER, Field.NUMBER, Field.HEX)),
          Map.entry("TLSA", List.of(Field.NUMBER, Field.NUMBER, Field.NUMBER, Field.HEX)),
          Map.entry("SSHFP", List.of(Field.NUMBER, Field.NUMBER, Field.HEX)),
          Map.entry("HTTPS", List.of(Field.NUMBER, Field.NAME, Field.TOKEN)),
          Map.entry("SVCB", List.of(Field.NUMBER, Field.NAME, Field.TOKEN)),
          Map.entry(
              "URLFWD",
              List.of(Field.TOKEN, Field.TOKEN, Field.NUMBER, Field.NUMBER, Field.NUMBER)));

  /** Types whose last field may be left out: SVCB and HTTPS in AliasMode carry no parameters. */
  private static final Set<String> OPTIONAL_LAST = Set.of("HTTPS", "SVCB");

  /** Types core does not model as their own rdata: field checks only. */
  private static final Set<String> FIELDS_ONLY = Set.of("ALIAS", "DNAME", "URLFWD", "TXT", "SPF");

  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern HEX_DIGITS = Pattern.compile("[0-9A-Fa-f]+");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+");

  private AnswerRules() {}

  /** The type of a path, checked: upper-case, one NS1 serves, not DNSSEC's (405). */
  static String writableType(String type) {
    if (DNSSEC_TYPES.contains(type)) {
      throw Ns1Refusal.dnssec();
    }
    if (!FIELDS.containsKey(type)) {
      throw Ns1Refusal.invalid("unsupported record type: " + type);
    }
    return type;
  }

  /**
   * The stored form of {@code answer} (the {@code answer} member at {@code where}) of {@code type},
   * or a 400 naming the bad value.
   */
  static JsonArray normalize(String type, String where, JsonElement answer) {
    List<Field> fields = FIELDS.get(type);
    if (answer == null || !answer.isJsonArray()) {
      throw Ns1Refusal.invalid(where + ": " + answer + " is not an array of fields");
    }
    JsonArray given = answer.getAsJsonArray();
    int least = OPTIONAL_LAST.contains(type) ? fields.size() - 1 : fields.size();
    if (given.size() < least || given.size() > fields.size()) {
      throw Ns1Refusal.invalid(
          where + ": " + given + " has " + given.size() + " fields (expected " + fields + ")");
    }
    JsonArray stored = new JsonArray();
    for (int i = 0; i < given.size(); i++) {
      stored.add(field(type, where + "[" + i + "]", fields.get(i), given.get(i)));
    }
    if (!FIELDS_ONLY.contains(type)) {
      parse(type, where, stored);
    }
    return stored;
  }

  /** An answer as one {@code short_answers} string: its fields joined by one space. */
  static String shortAnswer(JsonArray answer) {
    List<String> fields = new ArrayList<>();
    answer.forEach(field -> fields.add(field.getAsString()));
    return String.join(" ", fields);
  }

  private static JsonElement field(String type, String where, Field kind, JsonElement value) {
    if (value == null || !value.isJsonPrimitive()) {
      throw Ns1Refusal.invalid(where + ": " + value + " is not a " + kind.name().toLowerCase());
    }
    String text = value.getAsString();
    return switch (kind) {
      case NUMBER -> number(where, value);
      case IPV4 -> checked(where, text, IPV4.matcher(text).matches(), "an IPv4 address");
      case IPV6 -> checked(where, text, isIpv6(text), "an IPv6 address");
      case HEX -> checked(where, text, HEX_DIGITS.matcher(text).matches(), "hexadecimal");
      case NAME -> new JsonPrimitive(name(where, text));
      case TEXT -> checked(where, text, !text.isEmpty(), "a non-empty string");
      case STRING, TOKEN -> new JsonPrimitive(text);
    };
  }

  /** A JSON number, or a decimal string as NS1's Go client sends them; stored as a number. */
  private static JsonElement number(String where, JsonElement value) {
    String text = value.getAsString();
    if (!DECIMAL.matcher(text).matches()) {
      throw Ns1Refusal.invalid(where + ": " + value + " is not an integer");
    }
    BigInteger number = new BigInteger(text);
    if (number.signum() < 0 || number.bitLength() > 32) {
      throw Ns1Refusal.invalid(where + ": " + value + " is not an integer from 0 to 4294967295");
    }
    return new JsonPrimitive(number.longValue());
  }

  private static String name(String where, String text) {
    String name =
        text.length() > 1 && text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    if (name.isEmpty() || (!name.equals(".") && !Names.isDomain(name))) {
      throw Ns1Refusal.invalid(where + ": \"" + text + "\" is not a domain name");
    }
    return name;
  }

  private static JsonElement checked(String where, String text, boolean ok, String expected) {
    if (!ok) {
      throw Ns1Refusal.invalid(where + ": \"" + text + "\" is not " + expected);
    }
    return new JsonPrimitive(text);
  }

  private static boolean isIpv6(String text) {
    if (!text.contains(":") || !text.matches("[0-9A-Fa-f:.]+")) {
      return false;
    }
    try {
      RData.parse("AAAA", text);
      return true;
    } catch (DenominatorException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Parses the joined presentation form, strings quoted and names absolute, with core. */
  private static void parse(String type, String where, JsonArray stored) {
    List<Field> fields = FIELDS.get(type);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      String text = stored.get(i).getAsString();
      parts.add(
          switch (fields.get(i)) {
            case NAME -> text.equals(".") ? text : text + ".";
            case STRING -> quoted(text);
            default -> text;
          });
    }
    String presentation = String.join(" ", parts);
    try {
      RData.parse(type, presentation);
    } catch (DenominatorException | IllegalArgumentException e) {
      throw Ns1Refusal.invalid(
          where + ": \"" + presentation + "\" is not " + type + " data (" + e.getMessage() + ")");
    }
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
