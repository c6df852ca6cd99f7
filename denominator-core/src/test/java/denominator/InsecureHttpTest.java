package denominator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InsecureHttpTest {
  final List<String> opened = new ArrayList<>();
  final Provider http =
      new Provider() {
        @Override
        public ProviderMetadata metadata() {
          return ProviderMetadata.builder("keyed")
              .defaultUrl("https://dns.example")
              .credentialForm(CredentialForm.of("apiKey", "apiKey"))
              .build();
        }

        @Override
        public DNSApi open(ProviderConfig config) {
          opened.add(config.url());
          return Denominator.create("mock").api();
        }
      };

  Denominator.Builder builder(String url) {
    return Denominator.builder().provider(http).url(url).credentials(Credentials.of("key"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://dns.example:8081",
        "HTTP://192.0.2.1/api",
        "http://[2001:db8::1]",
        "http://localhost.example",
        "http://128.0.0.1",
        "http://127.0.0.1.example"
      })
  void plainHttpToAHostThatIsNotLoopbackIsRefusedBeforeTheProviderIsOpened(String url) {
    assertThatThrownBy(() -> builder(url).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.value()).isEqualTo(url);
              assertThat(e.getMessage()).startsWith("keyed: plain HTTP");
              assertThat(e.expected()).contains("https://", "allowInsecureHttp", "--insecure-http");
            });
    assertThat(opened).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://dns.example:8081", "http://192.0.2.1/api"})
  void plainHttpToAnyHostIsAcceptedOnceTheCallerOptsIn(String url) {
    try (DNSApiManager manager = builder(url).allowInsecureHttp(true).build()) {
      assertThat(manager.url()).isEqualTo(url);
    }
    assertThat(opened).containsExactly(url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8081",
        "http://LOCALHOST/",
        "http://127.0.0.1:8081",
        "http://127.10.20.30/",
        "http://[::1]:8081/api",
        "http://[0:0:0:0:0:0:0:1]/",
        "https://dns.example"
      })
  void loopbackHttpAndOtherSchemesAreAlwaysAccepted(String url) {
    builder(url).build().close();
    assertThat(opened).containsExactly(url);
  }

  @Test
  void aPasswordInTheUrlIsNeverPrinted() {
    String url = "http://ops:SECRET-in-url@dns.example:8081/api";
    assertThatThrownBy(() -> builder(url).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("http://\u2588\u2588@dns.example:8081/api")
        .hasMessageNotContaining("SECRET-in-url");

    try (DNSApiManager manager = builder(url).allowInsecureHttp(true).build()) {
      assertThat(manager.toString()).contains("dns.example").doesNotContain("SECRET-in-url");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"notaurl", "ftp://dns.example", "http://", "https://", "dns://192.0.2.1:53"})
  void anHttpProviderRefusesAUrlThatIsNotHttpBeforeItIsOpened(String url) {
    assertThatThrownBy(() -> builder(url).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.getMessage()).startsWith("keyed: bad url");
              assertThat(e.value()).isEqualTo(url);
              assertThat(e.expected()).contains("https://dns.example");
            });
    assertThat(opened).isEmpty();
  }
}
