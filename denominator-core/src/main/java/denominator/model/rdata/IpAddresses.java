package denominator.model.rdata;

import denominator.ValidationException;
import java.util.regex.Pattern;
import org.xbill.DNS.Address;

/**
 * IP address text as the model holds it. IPv4 is strict dotted-quad; IPv6 is the RFC 5952 canonical
 * form, so that two spellings of one address are one value.
 */
final class IpAddresses {
  static final String IPV4_EXPECTED =
      "a dotted-quad IPv4 address of four decimal octets 0-255 "
          + "without leading zeros, e.g. 192.0.2.1";
  static final String IPV6_EXPECTED = "an IPv6 address, e.g. 2001:db8::1";

  private static final Pattern DOTTED_QUAD =
      Pattern.compile(
          "((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
              + "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");

  /**
   * Returns {@code text} if it is four decimal octets 0..255 separated by dots. Leading zeros
   * ({@code 01.2.3.4}) are refused, because {@code inet_aton} reads them as octal.
   */
  static String ipv4(String text) {
    if (text == null || !DOTTED_QUAD.matcher(text).matches()) {
      throw new ValidationException("bad IPv4 address", String.valueOf(text), IPV4_EXPECTED);
    }
    return text;
  }

  /** Dotted-quad text of four bytes. */
  static String ipv4(byte[] address) {
    return Address.toDottedQuad(address);
  }

  /** Returns the RFC 5952 canonical form of an IPv6 address, or throws if it is not one. */
  static String ipv6(String text) {
    byte[] address = text == null ? null : Address.toByteArray(text, Address.IPv6);
    if (address == null) {
      throw new ValidationException("bad IPv6 address", String.valueOf(text), IPV6_EXPECTED);
    }
    return ipv6(address);
  }

  /**
   * RFC 5952 text of sixteen bytes: lower-case hex without leading zeros, the longest run (first if
   * tied) of two or more zero groups compressed to {@code ::}, and IPv4-mapped addresses ({@code
   * ::ffff:0:0/96}) in mixed notation, as §5 recommends.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc5952#section-4">RFC 5952 §4</a>
   */
  static String ipv6(byte[] address) {
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((address[2 * i] & 0xFF) << 8) | (address[2 * i + 1] & 0xFF);
    }
    if (isIpv4Mapped(groups)) {
      return "::ffff:"
          + (groups[6] >> 8)
          + "."
          + (groups[6] & 0xFF)
          + "."
          + (groups[7] >> 8)
          + "."
          + (groups[7] & 0xFF);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; i++) {
      int length = 0;
      while (i + length < 8 && groups[i + length] == 0) {
        length++;
      }
      if (length > bestLength) {
        bestStart = i;
        bestLength = length;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLength - 1;
      } else {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
          out.append(':');
        }
        out.append(Integer.toHexString(groups[i]));
      }
    }
    return out.toString();
  }

  private static boolean isIpv4Mapped(int[] groups) {
    for (int i = 0; i < 5; i++) {
      if (groups[i] != 0) {
        return false;
      }
    }
    return groups[5] == 0xFFFF;
  }

  private IpAddresses() {}
}
