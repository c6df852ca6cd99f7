package denominator.model.rdata;

import denominator.ValidationException;

/** Range checks for the unsigned integer fields of rdata. */
final class Ranges {
  /** Returns {@code value} if it fits in 8 bits unsigned, or throws. */
  static int u8(String what, int value, String expected) {
    return check(what, value, 0xFF, expected);
  }

  /** Returns {@code value} if it fits in 16 bits unsigned, or throws. */
  static int u16(String what, int value, String expected) {
    return check(what, value, 0xFFFF, expected);
  }

  /** Returns {@code value} if it fits in 32 bits unsigned, or throws. */
  static long u32(String what, long value, String expected) {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw new ValidationException(
          what + " out of range 0..4294967295", Long.toString(value), expected);
    }
    return value;
  }

  /** Returns {@code value} if it is 0..2147483647 (RFC 2181 §8 timers), or throws. */
  static int u31(String what, long value, String expected) {
    return (int) check(what, value, Integer.MAX_VALUE, expected);
  }

  private static int check(String what, int value, int max, String expected) {
    return (int) check(what, (long) value, max, expected);
  }

  private static long check(String what, long value, long max, String expected) {
    if (value < 0 || value > max) {
      throw new ValidationException(
          what + " out of range 0.." + max, Long.toString(value), expected);
    }
    return value;
  }

  private Ranges() {}
}
