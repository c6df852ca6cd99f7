package denominator.model.rdata;

import denominator.ValidationException;
import java.util.Locale;

/** Binary fields held as upper-case hexadecimal text, as dnsjava and most zone files print them. */
final class Hex {
  /** Returns {@code hex} upper-case, or throws unless it is non-empty, even-length hex. */
  static String check(String what, String hex, String expected) {
    String upper = checkOrEmpty(what, hex, expected);
    if (upper.isEmpty()) {
      throw new ValidationException("empty " + what, upper, expected);
    }
    return upper;
  }

  /** As {@link #check}, but allows the empty string. */
  static String checkOrEmpty(String what, String hex, String expected) {
    if (hex == null) {
      throw new ValidationException("null " + what, "null", expected);
    }
    if (hex.length() % 2 != 0) {
      throw new ValidationException("odd-length hex in " + what, hex, expected);
    }
    for (int i = 0; i < hex.length(); i++) {
      if (Character.digit(hex.charAt(i), 16) < 0) {
        throw new ValidationException("not hex in " + what, hex, expected);
      }
    }
    return hex.toUpperCase(Locale.ROOT);
  }

  /** Upper-case hex of {@code bytes}. */
  static String of(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      out.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)));
      out.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
    }
    return out.toString();
  }

  /** The bytes of already-checked hex. */
  static byte[] bytes(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex, 2 * i, 2 * i + 2, 16);
    }
    return bytes;
  }

  private Hex() {}
}
