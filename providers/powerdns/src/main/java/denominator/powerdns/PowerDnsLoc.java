package denominator.powerdns;

import denominator.model.rdata.GenericData;
import java.util.HexFormat;
import java.util.Locale;
import org.xbill.DNS.DClass;
import org.xbill.DNS.LOCRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * LOC data in the one text PowerDNS's API takes: the API refuses any content that is not its own
 * print of the record ({@code 52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000.00m 10.00m}), and the
 * usual zone-file form ({@code 52 22 23 N 04 53 32 E -2m ...}, which dnsjava prints) is not that.
 * dnsjava reads the wire form; this only prints it PowerDNS's way.
 */
final class PowerDnsLoc {

  /** PowerDNS's text of LOC {@code data}. */
  static String content(GenericData data) {
    LOCRecord loc =
        (LOCRecord)
            Record.newRecord(
                Name.root, Type.LOC, DClass.IN, 0, HexFormat.of().parseHex(data.data()));
    return angle(loc.getLatitude(), 'N', 'S')
        + " "
        + angle(loc.getLongitude(), 'E', 'W')
        + " "
        + meters(loc.getAltitude())
        + " "
        + meters(loc.getSize())
        + " "
        + meters(loc.getHPrecision())
        + " "
        + meters(loc.getVPrecision());
  }

  /** Degrees, minutes, seconds to the thousandth and hemisphere of an angle in degrees. */
  private static String angle(double degrees, char positive, char negative) {
    long thousandths = Math.round(Math.abs(degrees) * 3_600_000); // the wire's unit: exact
    return String.format(
        Locale.ROOT,
        "%d %d %.3f %c",
        thousandths / 3_600_000,
        thousandths % 3_600_000 / 60_000,
        thousandths % 60_000 / 1000.0,
        degrees >= 0 ? positive : negative);
  }

  private static String meters(double meters) {
    return String.format(Locale.ROOT, "%.2fm", meters);
  }

  private PowerDnsLoc() {}
}
