package denominator.model.rdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import org.junit.jupiter.api.Test;

class HexDataTest {
  static final String SHA1 = "00112233445566778899aabbccddeeff00112233";
  static final String SHA256 = "0123456789abcdef".repeat(4);

  @Test
  void sshfpParsesAndUpperCasesTheFingerprint() {
    SSHFPData sshfp = SSHFPData.parse("4 2 " + SHA256);
    assertThat(sshfp).isEqualTo(new SSHFPData(4, 2, SHA256.toUpperCase()));
    assertThat(sshfp.toString()).isEqualTo("4 2 " + SHA256.toUpperCase());
  }

  @Test
  void sshfpRefusesOddLengthHexAndWrongDigestLengths() {
    assertThatThrownBy(() -> SSHFPData.parse("1 1 abcde"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("1 1 abcde"));
    assertThatThrownBy(() -> new SSHFPData(1, 0, "abcde"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("abcde"));
    assertThatThrownBy(() -> new SSHFPData(1, 2, SHA1))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo(SHA1.toUpperCase()));
  }

  @Test
  void dsParsesKeyTagAlgorithmDigestTypeAndDigest() {
    DSData ds = DSData.parse("12345 13 1 " + SHA1);
    assertThat(ds).isEqualTo(new DSData(12345, 13, 1, SHA1.toUpperCase()));
    assertThat(ds.toString()).isEqualTo("12345 13 1 " + SHA1.toUpperCase());
  }

  @Test
  void dsRefusesNonHexAndAKeyTagOutOfRange() {
    assertThatThrownBy(() -> DSData.parse("1 8 0 xyz0"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("1 8 0 xyz0"));
    assertThatThrownBy(() -> new DSData(65536, 8, 0, "AB")).isInstanceOf(ValidationException.class);
  }

  @Test
  void tlsaParsesHexSplitAcrossWords() {
    assertThat(TLSAData.parse("3 1 0 abcd EF01")).isEqualTo(new TLSAData(3, 1, 0, "ABCDEF01"));
    assertThat(new TLSAData(3, 1, 0, "abcdef01").toString()).isEqualTo("3 1 0 ABCDEF01");
    assertThat(TLSAData.parse("3 1 1 " + SHA256.substring(0, 32) + " " + SHA256.substring(32)))
        .isEqualTo(new TLSAData(3, 1, 1, SHA256.toUpperCase()));
  }

  @Test
  void digestsOfTheWrongLengthForTheirTypeAreRefusedNamingTheLength() {
    assertThatThrownBy(() -> new TLSAData(3, 1, 1, "ABCDEF01"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.value()).isEqualTo("ABCDEF01");
              assertThat(e.expected()).contains("32 bytes");
            });
    assertThatThrownBy(() -> TLSAData.parse("3 1 2 " + SHA256))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.getMessage()).contains("64 bytes"));
    assertThatThrownBy(() -> new DSData(1, 13, 4, SHA256))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.expected()).contains("48 bytes"));
    assertThatThrownBy(() -> new SSHFPData(4, 1, SHA256))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.expected()).contains("20 bytes"));
  }

  @Test
  void tlsaRefusesEmptyOrOddLengthData() {
    assertThatThrownBy(() -> TLSAData.parse("3 1 1 abc"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("3 1 1 abc"));
    assertThatThrownBy(() -> new TLSAData(3, 1, 1, "")).isInstanceOf(ValidationException.class);
  }
}
