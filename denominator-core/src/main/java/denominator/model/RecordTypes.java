package denominator.model;

import denominator.ValidationException;
import java.util.Locale;
import java.util.Set;
import org.xbill.DNS.Type;

/** Record type mnemonics as the model holds them: upper-case, known to IANA or {@code TYPEnnn}. */
public final class RecordTypes {
  /**
   * The mnemonics most record sets have, as the model holds them: known without dnsjava's type
   * table, which registers some 90 types on first use (~6 ms of a CLI command).
   */
  private static final Set<String> COMMON =
      Set.of("A", "AAAA", "CAA", "CNAME", "MX", "NS", "PTR", "SOA", "SPF", "SRV", "TXT");

  /** Returns the upper-case mnemonic for {@code type}, or throws if it names no record type. */
  public static String normalize(String type) {
    if (type != null && COMMON.contains(type)) {
      return type;
    }
    if (type == null || type.isBlank()) {
      throw new ValidationException(
          "empty record type",
          String.valueOf(type),
          "a record type such as A, AAAA, MX, TXT or TYPE65280");
    }
    int value = Type.value(type.strip().toUpperCase(Locale.ROOT));
    if (value < 0) {
      throw new ValidationException(
          "unknown record type", type, "a record type such as A, AAAA, MX, TXT or TYPE65280");
    }
    if (value == 0 || !Type.isRR(value)) {
      throw new ValidationException(
          "not a record set type (query or meta type)",
          type,
          "a record type such as A, AAAA, MX, TXT or TYPE65280, not ANY, AXFR, OPT or TSIG");
    }
    return Type.string(value);
  }

  private RecordTypes() {}
}
