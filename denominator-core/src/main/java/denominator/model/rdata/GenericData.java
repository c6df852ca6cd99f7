package denominator.model.rdata;

import denominator.ValidationException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;
import org.xbill.DNS.UNKRecord;

/**
 * Record data of a type without its own record here, held as wire bytes and printed in the type's
 * presentation form or the RFC 3597 generic form {@code \# <length> <hex>}; also the data of a type
 * with its own record that this record cannot hold faithfully (a server's zone may hold what the
 * model refuses, such as a TLSA digest of the wrong length), made only by {@link #ofWire} and
 * printed in the generic form.
 *
 * @param type the type mnemonic dnsjava knows it by, e.g. {@code NSEC}, or {@code TYPEnnn}, e.g.
 *     {@code TYPE65280}; a type that has its own record, such as {@code MX}, only for data that
 *     record cannot hold; never a meta-type such as {@code ANY}
 * @param data the rdata wire bytes as upper-case hex, possibly empty; in the canonical form that
 *     dnsjava gives (RFC 4034 §6.2, which lower-cases names only in some older types), and valid
 *     for the type when dnsjava knows its format
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3597#section-5">RFC 3597 §5</a>
 */
public record GenericData(String type, String data) implements RData {
  private static final String EXPECTED =
      "\\# and the length and hex of the rdata, e.g. \\# 4 C0000201";

  private static final Pattern APL_IPV6 = Pattern.compile("(!?2:)([0-9a-fA-F:.]+)/");

  /** Types that {@link RData#parse} turns into their own records. */
  static final Set<Integer> TYPED =
      Set.of(
          Type.A,
          Type.AAAA,
          Type.CNAME,
          Type.NS,
          Type.PTR,
          Type.MX,
          Type.SOA,
          Type.SRV,
          Type.TXT,
          Type.SPF,
          Type.CAA,
          Type.NAPTR,
          Type.SSHFP,
          Type.DS,
          Type.TLSA,
          Type.SVCB,
          Type.HTTPS);

  public GenericData {
    int code = code(type);
    type = Type.string(code);
    byte[] bytes = Hex.bytes(Hex.checkOrEmpty(type + " data", data, EXPECTED));
    if (bytes.length > 65535) {
      throw new ValidationException(type + " data longer than 65535 bytes", data, EXPECTED);
    }
    Record record = fromWire(code, bytes);
    if (TYPED.contains(code) && (record == null || typed(record).isPresent())) {
      throw new ValidationException(
          "type has its own record, not GenericData",
          type,
          "a type other than " + type + ", or " + type + " data its own record cannot hold");
    }
    if (record == null) {
      throw new ValidationException("bad " + type + " wire data", data, EXPECTED);
    }
    data = Hex.of(record.rdataToWireCanonical());
  }

  /**
   * The record data of these wire bytes, whatever they hold: the type's own record (such as {@link
   * MXData}) when it holds them faithfully, that is, prints what reads back to the same bytes in
   * canonical form (RFC 4034 §6.2: names compared without case); else GenericData holding the
   * bytes, even for a type with its own record. For data read from a server, which may hold what
   * the model refuses to write; user text goes through {@link RData#parse}.
   *
   * @param type a type mnemonic or {@code TYPEnnn}
   * @throws ValidationException if dnsjava cannot read the bytes as {@code type}
   */
  public static RData ofWire(String type, byte[] rdata) {
    int code = code(type);
    Record record = fromWire(code, rdata);
    if (record == null) {
      throw new ValidationException(
          "bad " + Type.string(code) + " wire data", Hex.of(rdata), EXPECTED);
    }
    if (!TYPED.contains(code)) {
      return new GenericData(type, Hex.of(rdata));
    }
    return typed(record).orElseGet(() -> new GenericData(type, Hex.of(rdata)));
  }

  /**
   * True when the type has its own record here (such as {@code TLSA}) that could not hold these
   * bytes: data the model reads from a server but would refuse from a user.
   */
  public boolean refusedByItsOwnRecord() {
    return TYPED.contains(Type.value(type));
  }

  /** The type's own record for {@code record}, if it reads it and prints the same bytes back. */
  private static Optional<RData> typed(Record record) {
    try {
      RData typed = RData.parse(Type.string(record.getType()), record.rdataToString());
      Record back =
          Record.fromString(Name.root, record.getType(), DClass.IN, 0, typed.toString(), Name.root);
      return Arrays.equals(back.rdataToWireCanonical(), record.rdataToWireCanonical())
          ? Optional.of(typed)
          : Optional.empty();
    } catch (IOException | RuntimeException e) { // ValidationException among them
      return Optional.empty();
    }
  }

  /**
   * APL as RFC 3123 writes it: dnsjava prints IPv6 prefixes in full ({@code 2001:db8:0:0:0:0:0:0}),
   * which PowerDNS refuses; the usual short form ({@code 2001:db8::}) is what servers print.
   */
  private static String aplWithShortIpv6(String apl) {
    return APL_IPV6.matcher(apl).replaceAll(m -> m.group(1) + IpAddresses.ipv6(m.group(2)) + "/");
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
      throw new ValidationException(
          "bad record type",
          String.valueOf(type),
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
    return Text.parse(
        code,
        mnemonic,
        text,
        EXPECTED,
        Record.class,
        r -> new GenericData(mnemonic, Hex.of(r.rdataToWireCanonical())));
  }

  /**
   * The type's usual presentation form when dnsjava knows the type and that form reads back to the
   * same bytes ({@code example.net.} for DNAME, {@code "x86" "Linux"} for HINFO), else the RFC 3597
   * form {@code \\# <length> <hex>}. One form everywhere: listings, JSON and zone files, which
   * other servers (PowerDNS, BIND) then read.
   */
  @Override
  public String toString() {
    String generic = "\\# " + data.length() / 2 + (data.isEmpty() ? "" : " " + data);
    int code = Type.value(type);
    Record record = fromWire(code, Hex.bytes(data));
    if (record == null
        || record.getClass() == UNKRecord.class
        || TYPED.contains(code)) { // its own record refused the bytes: say exactly which they are
      return generic;
    }
    String presentation =
        code == Type.APL ? aplWithShortIpv6(record.rdataToString()) : record.rdataToString();
    try {
      Record back = Record.fromString(Name.root, code, DClass.IN, 0, presentation, Name.root);
      return Hex.of(back.rdataToWireCanonical()).equals(data) ? presentation : generic;
    } catch (IOException | RuntimeException e) {
      return generic; // dnsjava cannot read what it printed: keep the bytes
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GenericData o && type.equals(o.type) && data.equals(o.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, data);
  }
}
