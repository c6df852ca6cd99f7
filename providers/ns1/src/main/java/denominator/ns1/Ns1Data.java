package denominator.ns1;

import com.google.gson.JsonArray;
import com.google.gson.JsonPrimitive;
import denominator.ValidationException;
import denominator.model.Names;
import denominator.model.rdata.ProviderRData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A record of NS1's own types, which DNS lacks: {@code ALIAS} (NS1 answers A and AAAA queries with
 * the addresses of a target) and {@code URLFWD} (NS1 answers HTTP with a redirect). The model holds
 * them as types {@value #ALIAS} (the code PowerDNS gives its ALIAS, so that both providers' ALIAS
 * sets share a type) and {@value #URLFWD} (a private-use code of our own).
 *
 * <p>Prints as {@code alias TARGET} ({@code alias lb.example.net.}) or {@code urlfwd PATH TARGET
 * CODE MASKING QUERY} ({@code urlfwd /path https://t.example 301 1 1}); {@link #parse} reads that
 * back.
 *
 * @param vendorType {@code ALIAS} or {@code URLFWD}
 * @param fields the answer's fields as text; an ALIAS target absolute
 */
record Ns1Data(String vendorType, List<String> fields) implements ProviderRData {
  static final String ALIAS = "TYPE65401";
  static final String URLFWD = "TYPE65402";

  /** NS1's type of each model type. */
  static final Map<String, String> VENDOR_TYPES = Map.of(ALIAS, "ALIAS", URLFWD, "URLFWD");

  Ns1Data {
    int expected = vendorType.equals("ALIAS") ? 1 : 5;
    if (fields.size() != expected) {
      throw new ValidationException(
          "ns1: bad " + vendorType,
          fields.toString(),
          "alias TARGET, or urlfwd PATH TARGET CODE MASKING QUERY");
    }
    fields =
        vendorType.equals("ALIAS") ? List.of(Names.absolute(fields.get(0))) : List.copyOf(fields);
  }

  /** The data that {@code text} prints, for a set of model {@code type}; empty if not ours. */
  static Optional<Ns1Data> parse(String type, String text) {
    String vendorType = VENDOR_TYPES.get(type.toUpperCase(Locale.ROOT));
    String[] words = text.strip().split("\\s+");
    if (vendorType == null || !words[0].equalsIgnoreCase(vendorType)) {
      return Optional.empty();
    }
    return Optional.of(new Ns1Data(vendorType, List.of(words).subList(1, words.length)));
  }

  /** The data of one answer of NS1 type {@code vendorType}. */
  static Ns1Data of(String vendorType, JsonArray answer) {
    List<String> fields = new ArrayList<>();
    answer.forEach(field -> fields.add(field.getAsString()));
    return new Ns1Data(vendorType, fields);
  }

  /**
   * The answer array: an ALIAS target without its dot, URLFWD's code, masking and query numbers.
   */
  JsonArray answer() {
    JsonArray answer = new JsonArray();
    if (vendorType.equals("ALIAS")) {
      answer.add(Ns1Endpoints.bare(fields.get(0)));
      return answer;
    }
    for (int i = 0; i < fields.size(); i++) {
      answer.add(i < 2 ? new JsonPrimitive(fields.get(i)) : new JsonPrimitive(number(i)));
    }
    return answer;
  }

  private int number(int i) {
    try {
      return Integer.parseInt(fields.get(i));
    } catch (NumberFormatException e) {
      throw new ValidationException(
          "ns1: URLFWD field " + (i + 1), fields.get(i), "a number (code, masking or query)");
    }
  }

  @Override
  public String type() {
    return vendorType.equals("ALIAS") ? ALIAS : URLFWD;
  }

  @Override
  public String provider() {
    return Ns1Provider.NAME;
  }

  @Override
  public String toString() {
    return vendorType.toLowerCase(Locale.ROOT) + " " + String.join(" ", fields);
  }
}
