package denominator.model.rdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressDataTest {
  @Test
  void aParsesADottedQuad() {
    assertThat(AData.parse("192.0.2.1")).isEqualTo(new AData("192.0.2.1"));
    assertThat(RData.parse("a", " 192.0.2.1 ").toString()).isEqualTo("192.0.2.1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"999.1.1.1", "1.2.3", "01.2.3.4", "1.2.3.4.5", "host.example.com", ""})
  void aRefusesWhatIsNotAStrictDottedQuad(String text) {
    assertThatThrownBy(() -> AData.parse(text))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.value()).isEqualTo(text);
              assertThat(e.expected()).contains("192.0.2.1");
            });
  }

  @Test
  void aConstructorRefusesLeadingZeros() {
    assertThatThrownBy(() -> new AData("10.0.0.010"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("10.0.0.010"));
  }

  @ParameterizedTest
  @CsvSource({
    "2001:DB8:0:0:0:0:0:1, 2001:db8::1",
    "2001:0db8:0000:0000:0001:0000:0000:0001, 2001:db8::1:0:0:1",
    "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
    "0:0:0:0:0:0:0:0, ::",
    "::1, ::1",
    "fe80:0:0:1:0:0:0:0, fe80:0:0:1::",
    "::ffff:c000:0201, ::ffff:192.0.2.1",
    "::ffff:192.0.2.1, ::ffff:192.0.2.1",
  })
  void aaaaNormalizesToRfc5952(String text, String canonical) {
    assertThat(AAAAData.parse(text).address()).isEqualTo(canonical);
    assertThat(new AAAAData(text)).isEqualTo(new AAAAData(canonical));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2001:db8::1::1", "192.0.2.1", "2001:db8::g", "1:2:3:4:5:6:7:8:9"})
  void aaaaRefusesWhatIsNotAnIpv6Address(String text) {
    assertThatThrownBy(() -> AAAAData.parse(text))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo(text));
  }
}
