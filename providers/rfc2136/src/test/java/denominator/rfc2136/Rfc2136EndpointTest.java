package denominator.rfc2136;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import org.junit.jupiter.api.Test;

class Rfc2136EndpointTest {

  @Test
  void hostPortAndZonesComeFromTheUrl() {
    Rfc2136Endpoint endpoint = Rfc2136Endpoint.parse("dns://127.0.0.1:5300?zones=a.test.,B.test");

    assertThat(endpoint.host()).isEqualTo("127.0.0.1");
    assertThat(endpoint.port()).isEqualTo(5300);
    assertThat(endpoint.zones()).containsExactly("a.test.", "b.test.");
  }

  @Test
  void portDefaultsTo53AndZonesToNone() {
    Rfc2136Endpoint endpoint = Rfc2136Endpoint.parse("dns://ns1.example.com");

    assertThat(endpoint.port()).isEqualTo(53);
    assertThat(endpoint.zones()).isEmpty();
    assertThat(Rfc2136Endpoint.parse("dns://[::1]:53/").host()).isEqualTo("[::1]");
  }

  @Test
  void otherSchemesPathsAndParametersAreRefused() {
    for (String url :
        new String[] {
          "http://127.0.0.1:53",
          "dns:///nohost",
          "dns://h/path",
          "dns://h?zone=a.test.",
          "dns://h?zones=a.test.&x=1",
          "dns://h?zones=a..test."
        }) {
      assertThatThrownBy(() -> Rfc2136Endpoint.parse(url))
          .as(url)
          .isInstanceOf(ValidationException.class);
    }
  }
}
