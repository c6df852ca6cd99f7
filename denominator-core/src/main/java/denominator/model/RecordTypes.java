package denominator.model;

import denominator.ValidationException;
import java.util.Locale;
import org.xbill.DNS.Type;

/** Record type mnemonics as the model holds them: upper-case, known to IANA or {@code TYPEnnn}. */
public final class RecordTypes {
  /** Returns the upper-case mnemonic for {@code type}, or throws if it names no record type. */
  public static String normalize(String type) {
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
