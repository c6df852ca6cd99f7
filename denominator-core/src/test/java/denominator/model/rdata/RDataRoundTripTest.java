package denominator.model.rdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/** Property tests without a property-testing library: seeded random values of every type. */
class RDataRoundTripTest {
  static final List<String> TYPES =
      List.of(
          "A",
          "AAAA",
          "CNAME",
          "NS",
          "PTR",
          "MX",
          "SOA",
          "SRV",
          "TXT",
          "SPF",
          "CAA",
          "NAPTR",
          "SSHFP",
          "DS",
          "TLSA",
          "SVCB",
          "HTTPS",
          "TYPE65280");
  static final int PER_TYPE = 300;

  static Stream<RData> randomValues() {
    RandomRData random = new RandomRData(20240101L);
    return TYPES.stream()
        .flatMap(type -> IntStream.range(0, PER_TYPE).mapToObj(i -> random.next(type)));
  }

  @ParameterizedTest
  @MethodSource("randomValues")
  void parsingThePrintedFormGivesAnEqualValue(RData rdata) {
    assertThat(RData.parse(rdata.type(), rdata.toString())).isEqualTo(rdata);
  }

  @ParameterizedTest
  @MethodSource("randomValues")
  void printingIsStableAcrossParses(RData rdata) {
    String printed = rdata.toString();
    RData reparsed = RData.parse(rdata.type(), printed);
    assertThat(reparsed.toString()).isEqualTo(printed);
    assertThat(RData.parse(reparsed.type(), reparsed.toString()).toString()).isEqualTo(printed);
  }

  @ParameterizedTest
  @MethodSource("randomValues")
  void theGenericFormOfTypedDataParsesBackToTheRecord(RData rdata) {
    assertThat(RData.parse(rdata.type(), toGeneric(rdata))).isEqualTo(rdata);
  }

  private static String toGeneric(RData rdata) {
    try {
      Record record =
          Record.fromString(
              Name.root,
              Type.value(rdata.type()),
              DClass.IN,
              0,
              Text.escapeNonAscii(rdata.toString()),
              Name.root);
      byte[] wire = record.rdataToWireCanonical();
      return "\\# " + wire.length + (wire.length == 0 ? "" : " " + Hex.of(wire));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
