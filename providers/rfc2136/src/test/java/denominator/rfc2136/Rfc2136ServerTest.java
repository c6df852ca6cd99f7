package denominator.rfc2136;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import org.junit.jupiter.api.Test;

class Rfc2136ServerTest {

  @Test
  void hostPortAndZonesComeFromTheUrl() {
    Rfc2136Server server = Rfc2136Server.parse("dns://127.0.0.1:5300?zones=a.test.,B.test");

    assertThat(server.host()).isEqualTo("127.0.0.1");
    assertThat(server.port()).isEqualTo(5300);
    assertThat(server.zones()).containsExactly("a.test.", "b.test.");
  }

  @Test
  void portDefaultsTo53AndZonesToNone() {
    Rfc2136Server server = Rfc2136Server.parse("dns://ns1.example.com");

    assertThat(server.port()).isEqualTo(53);
    assertThat(server.zones()).isEmpty();
    assertThat(Rfc2136Server.parse("dns://[::1]:53/").host()).isEqualTo("[::1]");
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
      assertThatThrownBy(() -> Rfc2136Server.parse(url))
          .as(url)
          .isInstanceOf(ValidationException.class);
    }
  }
}
