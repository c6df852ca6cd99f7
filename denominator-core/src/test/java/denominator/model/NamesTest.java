package denominator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"example.com", "Example.COM.", "*.example.com", "_sip._tcp.example.com"})
  void validNamesBecomeAbsoluteAndLowerCase(String name) {
    assertThat(Names.absolute(name)).endsWith(".").isLowerCase();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a..b", ".a", "a b.com"})
  void malformedNamesAreRefusedWithTheValue(String name) {
    assertThatThrownBy(() -> Names.absolute(name))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.com", "Example.com.", "a b.com.", "Z1D633PJN98FT9", "=2"})
  void onlyANameAsTheModelHoldsItIsAbsolute(String text) {
    assertThat(Names.ifAbsolute(text)).isEmpty();
    assertThat(Names.ifAbsolute("example.com.")).contains("example.com.");
  }

  @ParameterizedTest
  @ValueSource(ints = {63, 64})
  void labelsAreAtMost63Octets(int length) {
    String name = "x".repeat(length) + ".example.";
    if (length <= 63) {
      assertThat(Names.absolute(name)).isEqualTo(name);
    } else {
      assertThatThrownBy(() -> Names.absolute(name)).isInstanceOf(ValidationException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {253, 254})
  void namesAreAtMost253Octets(int length) {
    StringBuilder name = new StringBuilder();
    while (name.length() < length) {
      name.append(name.length() == 0 ? "" : ".")
          .append("a".repeat(Math.min(63, Math.max(1, length - name.length() - 1))));
    }
    String text = name.substring(0, length);
    if (text.endsWith(".")) {
      text = text.substring(0, length - 1) + "b";
    }
    String candidate = text;
    if (length <= 253) {
      assertThat(Names.absolute(candidate)).hasSize(length + 1);
    } else {
      assertThatThrownBy(() -> Names.absolute(candidate)).isInstanceOf(ValidationException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, 2147483648L})
  void ttlsOutsideTheRangeAreRefused(long ttl) {
    assertThatThrownBy(() -> Ttl.check(ttl)).isInstanceOf(ValidationException.class);
  }
}
