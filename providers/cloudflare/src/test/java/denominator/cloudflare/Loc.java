package denominator.cloudflare;

import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * LOC {@code data} as the simulated Cloudflare checks it (RFC 1876 ranges) and its content: {@code
 * 51 30 12.748 N 0 7 39.611 W 0.00m 1.00m 10000.00m 10.00m} (the form is an ASSUMPTION).
 */
final class Loc {
  private Loc() {}

  /** Copies the checked fields of {@code in} into {@code data}; gives the content. */
  static String content(JsonObject in, JsonObject data) {
    return position(in, data, "lat", 90, "N", "S")
        + " "
        + position(in, data, "long", 180, "E", "W")
        + " "
        + metres(in, data, "altitude", new BigDecimal("-100000"), new BigDecimal("42849672.95"))
        + " "
        + metres(in, data, "size", BigDecimal.ZERO, new BigDecimal("90000000"))
        + " "
        + metres(in, data, "precision_horz", BigDecimal.ZERO, new BigDecimal("90000000"))
        + " "
        + metres(in, data, "precision_vert", BigDecimal.ZERO, new BigDecimal("90000000"));
  }

  private static String position(
      JsonObject in, JsonObject data, String axis, int maxDegrees, String plus, String minus) {
    int degrees =
        RecordRules.number("data." + axis + "_degrees", in.get(axis + "_degrees"), maxDegrees);
    int minutes = RecordRules.number("data." + axis + "_minutes", in.get(axis + "_minutes"), 59);
    BigDecimal seconds =
        RecordRules.decimal("data." + axis + "_seconds", in.get(axis + "_seconds"));
    if (seconds.signum() < 0 || seconds.compareTo(new BigDecimal("59.999")) > 0) {
      throw CloudflareRefusal.invalid(
          "data." + axis + "_seconds " + seconds.toPlainString() + " is out of range 0..59.999");
    }
    String direction = RecordRules.text(in, axis + "_direction");
    if (!direction.equals(plus) && !direction.equals(minus)) {
      throw CloudflareRefusal.invalid(
          "data." + axis + "_direction \"" + direction + "\" is not " + plus + " or " + minus);
    }
    data.addProperty(axis + "_degrees", degrees);
    data.addProperty(axis + "_minutes", minutes);
    data.addProperty(axis + "_seconds", seconds);
    data.addProperty(axis + "_direction", direction);
    return degrees
        + " "
        + minutes
        + " "
        + seconds.setScale(3, RoundingMode.HALF_UP).toPlainString()
        + " "
        + direction;
  }

  private static String metres(
      JsonObject in, JsonObject data, String field, BigDecimal min, BigDecimal max) {
    BigDecimal value = RecordRules.decimal("data." + field, in.get(field));
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw CloudflareRefusal.invalid(
          "data." + field + " " + value.toPlainString() + " is out of range " + min + ".." + max);
    }
    data.addProperty(field, value);
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString() + "m";
  }
}
