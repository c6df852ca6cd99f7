package denominator.model.rdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.DNSOutput;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/** Our printed form, read by dnsjava, gives the same wire bytes as dnsjava's own records. */
class DnsjavaCrossCheckTest {
  static Stream<RData> randomValues() {
    RandomRData random = new RandomRData(42L);
    return Stream.of("A", "MX", "TXT")
        .flatMap(type -> IntStream.range(0, 200).mapToObj(i -> random.next(type)));
  }

  @ParameterizedTest
  @MethodSource("randomValues")
  void ourPresentationIsDnsjavasWireData(RData rdata) throws IOException {
    Record theirs = dnsjavaRecord(rdata);
    Record parsed =
        Record.fromString(
            Name.root,
            Type.value(rdata.type()),
            DClass.IN,
            0,
            Text.escapeNonAscii(rdata.toString()),
            Name.root);
    assertThat(parsed.rdataToWireCanonical()).isEqualTo(theirs.rdataToWireCanonical());
  }

  private static Record dnsjavaRecord(RData rdata) throws IOException {
    if (rdata instanceof AData a) {
      return new ARecord(Name.root, DClass.IN, 0, InetAddress.getByName(a.address()));
    } else if (rdata instanceof MXData mx) {
      return new MXRecord(Name.root, DClass.IN, 0, mx.preference(), Name.fromString(mx.exchange()));
    } else {
      // built from wire bytes, so dnsjava's own text parsing plays no part
      DNSOutput wire = new DNSOutput();
      for (String string : ((TXTData) rdata).strings()) {
        wire.writeCountedString(string.getBytes(StandardCharsets.UTF_8));
      }
      return Record.newRecord(Name.root, Type.TXT, DClass.IN, 0, wire.toByteArray());
    }
  }
}
