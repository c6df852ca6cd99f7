package denominator.powerdns;

import denominator.model.rdata.GenericData;
import java.util.HexFormat;
import java.util.Locale;

/**
 * LOC data in the one text PowerDNS's API takes: the API refuses any content that is not its own
 * print of the record ({@code 52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000.00m 10.00m}),
 * and the usual zone-file form ({@code 52 22 23 N 04 53 32 E -2m ...}, which dnsjava prints) is
 * not that.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc1876#section-2">RFC 1876 §2, the wire form</a>
 */
final class PowerDnsLoc {
  private static final long EQUATOR = 1L << 31;
  private static final long ALTITUDE_BASE_CM = 10_000_000L;

  /** PowerDNS's text of LOC {@code data}, read from its wire bytes. */
  static String content(GenericData data) {
    byte[] wire = HexFormat.of().parseHex(data.data());
    if (wire.length != 16 || wire[0] != 0) {
      return data.toString(); // not version 0: let the server judge the text
    }
    return angle(u32(wire, 4), 'N', 'S') + " " + angle(u32(wire, 8), 'E', 'W') + " "
        + meters(u32(wire, 12) - ALTITUDE_BASE_CM) + " " + meters(precision(wire[1])) + " "
        + meters(precision(wire[2])) + " " + meters(precision(wire[3]));
  }

  /** Degrees, minutes, seconds to the thousandth and hemisphere of a wire angle. */
  private static String angle(long wire, char positive, char negative) {
    long thousandths = Math.abs(wire - EQUATOR);
    return String.format(Locale.ROOT, "%d %d %.3f %c", thousandths / 3_600_000,
        thousandths % 3_600_000 / 60_000, thousandths % 60_000 / 1000.0,
        wire >= EQUATOR ? positive : negative);
  }

  /** Centimetres of a size or precision byte: mantissa times ten to the exponent. */
  private static long precision(byte b) {
    return ((b >> 4) & 0x0F) * (long) Math.pow(10, b & 0x0F);
  }

  private static String meters(long centimetres) {
    return String.format(Locale.ROOT, "%.2fm", centimetres / 100.0);
  }

  private static long u32(byte[] wire, int at) {
    return ((wire[at] & 0xFFL) << 24) | ((wire[at + 1] & 0xFFL) << 16)
        | ((wire[at + 2] & 0xFFL) << 8) | (wire[at + 3] & 0xFFL);
  }

  private PowerDnsLoc() {}
}
