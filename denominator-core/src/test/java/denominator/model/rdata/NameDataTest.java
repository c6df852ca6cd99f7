package denominator.model.rdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import org.junit.jupiter.api.Test;

class NameDataTest {
  @Test
  void namesAreMadeAbsoluteAndLowerCase() {
    assertThat(CNAMEData.parse("WWW.Example.NET")).isEqualTo(new CNAMEData("www.example.net."));
    assertThat(NSData.parse("ns1.example.com.").nameserver()).isEqualTo("ns1.example.com.");
    assertThat(PTRData.parse("1.2.0.192.in-addr.arpa.").toString())
        .isEqualTo("1.2.0.192.in-addr.arpa.");
  }

  @Test
  void wildcardAndUnderscoreLabelsAreAllowed() {
    assertThat(RData.parse("CNAME", "*.Example.com.")).isEqualTo(new CNAMEData("*.example.com."));
    assertThat(RData.parse("PTR", "_sip._tcp.example.com").toString())
        .isEqualTo("_sip._tcp.example.com.");
  }

  @Test
  void mxParsesPreferenceAndExchange() {
    MXData mx = MXData.parse("10 Mail.Example.com.");
    assertThat(mx.preference()).isEqualTo(10);
    assertThat(mx.exchange()).isEqualTo("mail.example.com.");
    assertThat(mx.toString()).isEqualTo("10 mail.example.com.");
  }

  @Test
  void mxWithoutExchangeIsRefusedWithTheText() {
    assertThatThrownBy(() -> RData.parse("MX", "10"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.value()).isEqualTo("10");
              assertThat(e.expected()).contains("10 mail.example.com.");
              assertThat(e.getMessage()).startsWith("bad MX data");
            });
  }

  @Test
  void mxConstructorRefusesAPreferenceOutOfRange() {
    assertThatThrownBy(() -> new MXData(65536, "mail.example.com."))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("65536"));
  }

  @Test
  void srvParsesAllFourFields() {
    assertThat(SRVData.parse("10 5 5060 SIP.example.com"))
        .isEqualTo(new SRVData(10, 5, 5060, "sip.example.com."));
    assertThat(new SRVData(0, 0, 0, ".").toString()).isEqualTo("0 0 0 .");
  }

  @Test
  void srvPortBeyond16BitsIsRefused() {
    assertThatThrownBy(() -> SRVData.parse("10 5 70000 sip.example.com."))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.value()).isEqualTo("10 5 70000 sip.example.com."));
    assertThatThrownBy(() -> new SRVData(10, 5, 70000, "sip.example.com."))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("70000"));
  }

  @Test
  void soaParsesNamesSerialAndTimersWithUnits() {
    SOAData soa =
        SOAData.parse("ns1.example.com. Hostmaster.example.com. 4294967295 2h 3600 1209600 300");
    assertThat(soa)
        .isEqualTo(
            new SOAData(
                "ns1.example.com.",
                "hostmaster.example.com.",
                4294967295L,
                7200,
                3600,
                1209600,
                300));
    assertThat(soa.toString())
        .isEqualTo("ns1.example.com. hostmaster.example.com. 4294967295 7200 3600 1209600 300");
  }

  @Test
  void soaRefusesASerialBeyond32BitsAndMissingTimers() {
    assertThatThrownBy(() -> SOAData.parse("a. b. 4294967296 1 1 1 1"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.value()).isEqualTo("a. b. 4294967296 1 1 1 1"));
    assertThatThrownBy(() -> SOAData.parse("a. b. 1 1 1")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new SOAData("a.", "b.", -1, 1, 1, 1, 1))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void badNamesAreRefused() {
    assertThatThrownBy(() -> CNAMEData.parse("a..b."))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("a..b."));
    assertThatThrownBy(() -> new NSData("x".repeat(64) + ".com."))
        .isInstanceOf(ValidationException.class);
  }
}
