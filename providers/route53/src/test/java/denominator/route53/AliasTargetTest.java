package denominator.route53;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AliasTargetTest {
  final Route53Provider provider = new Route53Provider();

  @Test
  void readsWhatItPrints() {
    AliasTarget alias = new AliasTarget("A", "Z2FDTNDATAQYW2", "d111.cloudfront.net.", true);

    assertThat(provider.parseData("A", alias.toString())).contains(alias);
    assertThat(provider.parseData("a", "ALIAS Z2FDTNDATAQYW2 D111.cloudfront.net"))
        .contains(new AliasTarget("A", "Z2FDTNDATAQYW2", "d111.cloudfront.net.", false));
  }

  @Test
  void zoneFileTextIsNotAnAlias() {
    assertThat(provider.parseData("A", "192.0.2.1")).isEmpty();
    assertThat(provider.parseData("TXT", "\"alias me\"")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "alias",
        "alias Z2FDTNDATAQYW2",
        "alias Z2 d111.example. maybe",
        "alias Z2 d111.example. true extra"
      })
  void aMalformedAliasNamesItselfAndTheForm(String text) {
    assertThatThrownBy(() -> provider.parseData("A", text))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(text)
        .hasMessageContaining("alias HOSTED_ZONE_ID DNS_NAME");
  }
}
