package denominator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsTest {
  static final ProviderMetadata AWS_LIKE =
      ProviderMetadata.builder("aws-like")
          .defaultUrl("http://127.0.0.1:1")
          .credentialForm(CredentialForm.of("accessKey", "accessKey", "secretKey"))
          .credentialForm(CredentialForm.of("session", "accessKey", "secretKey", "sessionToken"))
          .credentialForm(CredentialForm.anonymous())
          .build();

  @Test
  void orderedValuesTakeTheNamesOfTheFormWithTheirCount() {
    Credentials.MapCredentials resolved = Credentials.of("AKID", "s3cret").resolve(AWS_LIKE);

    assertThat(resolved.get("accessKey")).contains("AKID");
    assertThat(resolved.get("secretKey")).contains("s3cret");
    assertThat(Credentials.of("AKID", "s3cret", "tok").resolve(AWS_LIKE).get("sessionToken"))
        .contains("tok");
  }

  @Test
  void namedValuesMatchTheFormWithTheSameNames() {
    Credentials named = Credentials.of(Map.of("secretKey", "s3cret", "accessKey", "AKID"));

    assertThat(named.resolve(AWS_LIKE).values()).containsOnlyKeys("accessKey", "secretKey");
  }

  @Test
  void anonymousMatchesTheFormWithoutParameters() {
    assertThat(Credentials.anonymous().resolve(AWS_LIKE).values()).isEmpty();
  }

  @Test
  void credentialsOfNoFormAreRefusedWithTheExpectedFormsAndNoSecret() {
    Credentials wrong = Credentials.of(Map.of("apiKey", "topsecret"));

    assertThatThrownBy(() -> wrong.resolve(AWS_LIKE))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.value()).isEqualTo("[apiKey]");
              assertThat(e.expected())
                  .contains("accessKey+secretKey", "accessKey+secretKey+sessionToken", "anonymous");
              assertThat(e.getMessage()).doesNotContain("topsecret");
            });
    assertThatThrownBy(() -> Credentials.of("only-one").resolve(AWS_LIKE))
        .isInstanceOf(ValidationException.class)
        .hasMessageNotContaining("only-one");
  }

  @Test
  void toStringNeverShowsAValue() {
    assertThat(Credentials.of("AKID", "s3cret").toString()).doesNotContain("AKID", "s3cret");
    assertThat(Credentials.of(Map.of("accessKey", "AKID", "secretKey", "s3cret")).toString())
        .contains("accessKey", "secretKey")
        .doesNotContain("AKID", "s3cret");
  }
}
