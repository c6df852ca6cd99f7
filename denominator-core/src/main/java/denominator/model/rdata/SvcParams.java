package denominator.model.rdata;

import denominator.ValidationException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SVCBBase;

/**
 * SvcParams of SVCB and HTTPS records in one normalized presentation form, so that equal parameters
 * make equal records. dnsjava parses them; this class prints them from their wire values: keys in
 * increasing numeric order separated by single spaces, registered keys by name and others as {@code
 * keyNNNNN}; {@code mandatory} lists key names in increasing order, {@code ipv6hint} addresses in
 * RFC 5952 form, {@code ech} in base64, and {@code alpn} or opaque values bare when they hold only
 * printable ASCII without quotes, backslashes, semicolons or parentheses, else quoted with {@code
 * \"}, {@code \\} and {@code \DDD} escapes. A key without a value, such as {@code no-default-alpn},
 * prints bare.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9460#section-2.1">RFC 9460 §2.1</a>
 */
final class SvcParams {
  private static final Map<Integer, String> NAMES =
      Map.of(
          0,
          "mandatory",
          1,
          "alpn",
          2,
          "no-default-alpn",
          3,
          "port",
          4,
          "ipv4hint",
          5,
          "ech",
          6,
          "ipv6hint",
          7,
          "dohpath",
          8,
          "ohttp");

  /**
   * Returns {@code params} in normalized form, or throws if dnsjava refuses them. AliasMode
   * (priority 0) takes no parameters (RFC 9460 §2.4.2).
   */
  static String normalize(int code, String mnemonic, int priority, String params, String expected) {
    if (params == null) {
      throw new ValidationException("null " + mnemonic + " params", "null", expected);
    }
    if (params.isBlank()) {
      return "";
    }
    if (priority == 0) {
      throw new ValidationException(
          mnemonic + " AliasMode (priority 0) with params", params, expected);
    }
    String text = "1 . " + params;
    try {
      Record record =
          Record.fromString(Name.root, code, DClass.IN, 0, Text.escapeNonAscii(text), Name.root);
      return print((SVCBBase) record);
    } catch (Exception e) {
      throw new ValidationException(
          "bad " + mnemonic + " params (" + e.getMessage() + ")", params, expected);
    }
  }

  /** The normalized presentation of the parameters of {@code record}, empty if none. */
  static String print(SVCBBase record) {
    StringJoiner out = new StringJoiner(" ");
    for (int key : record.getSvcParamKeys()) {
      byte[] value = record.getSvcParamValue(key).toWire();
      out.add(value.length == 0 ? name(key) : name(key) + "=" + value(key, value));
    }
    return out.toString();
  }

  private static String name(int key) {
    return NAMES.getOrDefault(key, "key" + key);
  }

  private static String value(int key, byte[] value) {
    ByteBuffer in = ByteBuffer.wrap(value);
    StringJoiner list = new StringJoiner(",");
    switch (key) {
      case SVCBBase.MANDATORY -> mandatory(in).forEach(list::add);
      case SVCBBase.ALPN -> {
        while (in.hasRemaining()) {
          byte[] id = new byte[in.get() & 0xFF];
          in.get(id);
          list.add(escapeListItem(id));
        }
        return escapeValue(list.toString().getBytes(StandardCharsets.ISO_8859_1));
      }
      case SVCBBase.PORT -> list.add(Integer.toString(in.getShort() & 0xFFFF));
      case SVCBBase.IPV4HINT -> addresses(in, 4).forEach(a -> list.add(IpAddresses.ipv4(a)));
      case SVCBBase.ECH -> list.add(Base64.getEncoder().encodeToString(value));
      case SVCBBase.IPV6HINT -> addresses(in, 16).forEach(a -> list.add(IpAddresses.ipv6(a)));
      default -> list.add(escapeValue(value));
    }
    return list.toString();
  }

  private static List<String> mandatory(ByteBuffer in) {
    List<Integer> keys = new ArrayList<>();
    while (in.hasRemaining()) {
      keys.add(in.getShort() & 0xFFFF);
    }
    keys.sort(null);
    List<String> names = new ArrayList<>();
    keys.forEach(k -> names.add(name(k)));
    return names;
  }

  private static List<byte[]> addresses(ByteBuffer in, int length) {
    List<byte[]> addresses = new ArrayList<>();
    while (in.remaining() >= length) {
      byte[] address = new byte[length];
      in.get(address);
      addresses.add(address);
    }
    return addresses;
  }

  /** An alpn-id within the comma-separated list: commas and backslashes escaped (RFC 9460 A.1). */
  private static String escapeListItem(byte[] id) {
    StringBuilder out = new StringBuilder();
    for (byte b : id) {
      if (b == ',' || b == '\\') {
        out.append('\\');
      }
      out.append((char) (b & 0xFF)); // one char per byte; re-encoded as ISO-8859-1 above
    }
    return out.toString();
  }

  private static String escapeValue(byte[] value) {
    StringBuilder out = new StringBuilder();
    boolean bare = true;
    for (byte b : value) {
      bare &= b > 0x20 && b < 0x7F && "\"\\;()".indexOf(b) < 0;
    }
    if (bare) {
      for (byte b : value) {
        out.append((char) b);
      }
      return out.toString();
    }
    CharacterStrings.quote(value, out);
    return out.toString();
  }

  private SvcParams() {}
}
