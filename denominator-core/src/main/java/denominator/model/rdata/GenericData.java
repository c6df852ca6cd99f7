package denominator.model.rdata;

import denominator.ValidationException;
import java.util.Locale;
import java.util.Set;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * Record data of a type without its own record here, held as wire bytes and printed in the
 * RFC 3597 generic form {@code \# <length> <hex>}.
 *
 * @param type the type mnemonic dnsjava knows it by, e.g. {@code NSEC}, or {@code TYPEnnn}, e.g.
 *     {@code TYPE65280}; never a type that has its own record, such as {@code MX}, nor a
 *     meta-type such as {@code ANY}
 * @param data the rdata wire bytes as upper-case hex, possibly empty; in the canonical form
 *     that dnsjava gives (RFC 4034 §6.2, which lower-cases names only in some older types), and
 *     valid for the type when dnsjava knows its format
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3597#section-5">RFC 3597 §5</a>
 */
public record GenericData(String type, String data) implements RData {
  private static final String EXPECTED =
      "\\# and the length and hex of the rdata, e.g. \\# 4 C0000201";

  /** Types that {@link RData#parse} turns into their own records. */
  static final Set<Integer> TYPED = Set.of(Type.A, Type.AAAA, Type.CNAME, Type.NS, Type.PTR,
      Type.MX, Type.SOA, Type.SRV, Type.TXT, Type.SPF, Type.CAA, Type.NAPTR, Type.SSHFP, Type.DS,
      Type.TLSA, Type.SVCB, Type.HTTPS);

  public GenericData {
    int code = code(type);
    if (TYPED.contains(code)) {
      throw new ValidationException("type has its own record, not GenericData", type,
          "a type other than " + Type.string(code));
    }
    type = Type.string(code);
    byte[] bytes = Hex.bytes(Hex.checkOrEmpty(type + " data", data, EXPECTED));
    if (bytes.length > 65535) {
      throw new ValidationException(type + " data longer than 65535 bytes", data, EXPECTED);
    }
    Record record = fromWire(code, bytes);
    if (record == null) {
      throw new ValidationException("bad " + type + " wire data", data, EXPECTED);
    }
    data = Hex.of(record.rdataToWireCanonical());
  }

  private static Record fromWire(int code, byte[] bytes) {
    try {
      return Record.newRecord(Name.root, code, DClass.IN, 0, bytes);
    } catch (RuntimeException e) {
      return null; // dnsjava reports bad wire data either way
    }
  }

  /**
   * Returns the type code of a mnemonic or {@code TYPEnnn}, case-insensitive, or throws if it is
   * unknown, reserved (0) or a meta-type.
   */
  static int code(String type) {
    int code = type == null ? -1 : Type.value(type.strip().toUpperCase(Locale.ROOT));
    if (code <= 0 || !Type.isRR(code)) {
      throw new ValidationException("bad record type", String.valueOf(type),
          "a type mnemonic such as MX, or TYPE1..TYPE65535 other than a meta-type");
    }
    return code;
  }

  /**
   * Parses presentation text of {@code type}: the RFC 3597 form {@code \# 2 ABCD}, or, for types
   * dnsjava knows (such as NSEC), their usual presentation form.
   */
  public static GenericData parse(String type, String text) {
    int code = code(type);
    String mnemonic = Type.string(code);
    return Text.parse(code, mnemonic, text, EXPECTED, Record.class,
        r -> new GenericData(mnemonic, Hex.of(r.rdataToWireCanonical())));
  }

  /**
   * The type's usual presentation form when dnsjava knows the type and that form reads back to
   * the same bytes ({@code example.net.} for DNAME, {@code "x86" "Linux"} for HINFO), else the
   * RFC 3597 form {@code \\# <length> <hex>}. One form everywhere: listings, JSON and zone files,
   * which other servers (PowerDNS, BIND) then read.
   */
  @Override
  public String toString() {
    String generic = "\\# " + data.length() / 2 + (data.isEmpty() ? "" : " " + data);
    int code = Type.value(type);
    Record record = fromWire(code, Hex.bytes(data));
    if (record == null || record.getClass() == org.xbill.DNS.UNKRecord.class) {
      return generic;
    }
    String presentation = record.rdataToString();
    try {
      Record back = Record.fromString(Name.root, code, DClass.IN, 0, presentation, Name.root);
      return Hex.of(back.rdataToWireCanonical()).equals(data) ? presentation : generic;
    } catch (java.io.IOException | RuntimeException e) {
      return generic; // dnsjava cannot read what it printed: keep the bytes
    }
  }
}
