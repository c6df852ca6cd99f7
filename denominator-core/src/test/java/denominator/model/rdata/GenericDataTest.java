package denominator.model.rdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import org.junit.jupiter.api.Test;

class GenericDataTest {
  @Test
  void unknownTypesParseTheRfc3597Form() {
    RData rdata = RData.parse("TYPE65280", "\\# 2 abcd");
    assertThat(rdata).isEqualTo(new GenericData("type65280", "ABCD"));
    assertThat(rdata.type()).isEqualTo("TYPE65280");
    assertThat(rdata.toString()).isEqualTo("\\# 2 ABCD");
    assertThat(RData.parse("TYPE65280", "\\# 0").toString()).isEqualTo("\\# 0");
  }

  @Test
  void typesWithTheirOwnRecordConvertFromTheGenericForm() {
    assertThat(RData.parse("a", "\\# 4 c0000201")).isEqualTo(new AData("192.0.2.1"));
    assertThat(RData.parse("TYPE15", "\\# 8 000A0161026E6F00")).isEqualTo(new MXData(10, "a.no."));
  }

  @Test
  void typesDnsjavaKnowsButWeDoNotAreHeldAsWireDataAndPrintedInTheirOwnForm() {
    RData nsec = RData.parse("nsec", "Host.Example.com. A MX");
    assertThat(nsec.type()).isEqualTo("NSEC");
    assertThat(((GenericData) nsec).data())
        .isEqualTo("04486F7374074578616D706C6503636F6D0000024001");
    assertThat(nsec.toString()).isEqualTo("Host.Example.com. A MX");
    assertThat(RData.parse("NSEC", nsec.toString())).isEqualTo(nsec);
    assertThat(RData.parse("NSEC", "\\# 22 04486F7374074578616D706C6503636F6D0000024001"))
        .isEqualTo(nsec);
  }

  @Test
  void foreignTypesPrintAsOtherServersReadThem() {
    assertThat(RData.parse("DNAME", "\\# 13 076578616D706C65036E657400").toString())
        .isEqualTo("example.net.");
    assertThat(RData.parse("HINFO", "\"x86\" \"Linux\"").toString()).isEqualTo("\"x86\" \"Linux\"");
    assertThat(RData.parse("URI", "10 1 \"https://example.com/\"").toString())
        .isEqualTo("10 1 \"https://example.com/\"");
    assertThat(RData.parse("RP", "admin.example.com. txt.example.com.").toString())
        .isEqualTo("admin.example.com. txt.example.com.");
    assertThat(
            RData.parse("LOC", "52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m").toString())
        .isEqualTo("52 22 23 N 04 53 32 E -2m 0m 10000m 10m");
    assertThat(RData.parse("APL", "1:192.0.2.0/24 !2:2001:db8::/32").toString())
        .isEqualTo("1:192.0.2.0/24 !2:2001:db8::/32");
  }

  @Test
  void wireDataItsOwnRecordCannotHoldIsKeptAsGenericDataOfThatType() {
    byte[] shortDigest = {3, 1, 1, (byte) 0xAB}; // TLSA SHA-256 of one byte: the model refuses it
    RData tlsa = GenericData.ofWire("TLSA", shortDigest);

    assertThat(tlsa).isEqualTo(new GenericData("TLSA", "030101AB"));
    assertThat(tlsa.type()).isEqualTo("TLSA");
    assertThat(tlsa.toString()).isEqualTo("\\# 4 030101AB");
    assertThatThrownBy(() -> RData.parse("TLSA", tlsa.toString()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void wireDataItsOwnRecordHoldsIsThatRecordNeverGenericData() {
    byte[] mx = {0, 10, 1, 'A', 2, 'N', 'O', 0};

    assertThat(GenericData.ofWire("MX", mx)).isEqualTo(new MXData(10, "a.no."));
    assertThat(GenericData.ofWire("TYPE65280", new byte[] {1}))
        .isEqualTo(new GenericData("TYPE65280", "01"));
    assertThatThrownBy(() -> new GenericData("MX", "000A01610000"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> GenericData.ofWire("MX", new byte[] {0}))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void genericDataRefusesTypedAndMetaTypesAndBadData() {
    assertThatThrownBy(() -> new GenericData("MX", "00")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new GenericData("ANY", "")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new GenericData("TYPE65280", "abc"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("abc"));
    assertThatThrownBy(() -> RData.parse("TYPE65280", "\\# 3 abcd"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("\\# 3 abcd"));
  }

  @Test
  void unknownMnemonicsAreRefused() {
    assertThatThrownBy(() -> RData.parse("FOO", "1"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("FOO"));
  }
}
