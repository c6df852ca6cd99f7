package denominator.rfc2136;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.Credentials;
import denominator.Credentials.MapCredentials;
import denominator.Denominator;
import denominator.RecordProfile;
import denominator.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.TSIG;

class Rfc2136KeysTest {
  static final String SECRET = "wHsHn9HViYKk9/Lyqx3YFsN4ORQWTOx4HdMCkYsOVyI=";
  static final Rfc2136Provider PROVIDER = new Rfc2136Provider();

  @Test
  void threeValuesAreNameAlgorithmAndSecret() {
    MapCredentials credentials =
        Credentials.of("update-key", "hmac-sha512", SECRET).resolve(PROVIDER.metadata());

    assertThat(credentials.get("keyAlgorithm")).contains("hmac-sha512");
    assertThat(Rfc2136Keys.tsig(credentials)).isNotNull();
  }

  @Test
  void twoValuesAreNameAndSecretOfAnHmacSha256Key() {
    MapCredentials credentials = Credentials.of("update-key", SECRET).resolve(PROVIDER.metadata());

    assertThat(credentials.values()).containsOnlyKeys("keyName", "keySecret");
    assertThat(Rfc2136Keys.tsig(credentials)).isInstanceOf(TSIG.class);
  }

  @Test
  void anUnknownAlgorithmIsRefused() {
    assertThatThrownBy(
            () ->
                Rfc2136Keys.tsig(
                    new MapCredentials(
                        Map.of("keyName", "k", "keyAlgorithm", "rot13", "keySecret", SECRET))))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("rot13"));
  }

  @Test
  void aSecretThatIsNotBase64IsRefusedWithoutShowingIt() {
    assertThatThrownBy(
            () ->
                Rfc2136Keys.tsig(
                    new MapCredentials(Map.of("keyName", "k", "keySecret", "not base64!"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageNotContaining("not base64!");
  }

  @Test
  void theProviderIsFoundByNameAndDeclaresPlainSetsOnly() {
    try (var manager =
        Denominator.builder()
            .provider("rfc2136")
            .url("dns://127.0.0.1:5300")
            .credentials(Credentials.of("update-key", SECRET))
            .build()) {
      assertThat(manager.provider().metadata().name()).isEqualTo("rfc2136");
      assertThat(manager.provider().metadata().recordTypes(RecordProfile.ROUND_ROBIN))
          .contains("A", "AAAA", "CNAME", "MX", "TXT", "SOA")
          .doesNotContain("DS");
      assertThat(manager.provider().metadata().supports(RecordProfile.GEO)).isFalse();
      assertThat(manager.api().geoRecordSets("a.test.")).isEmpty();
      assertThat(manager.api().weightedRecordSets("a.test.")).isEmpty();
    }
  }

  @Test
  void aBadUrlIsRefusedWhenOpened() {
    assertThatThrownBy(
            () ->
                Denominator.builder()
                    .provider("rfc2136")
                    .url("http://x")
                    .credentials(Credentials.of("update-key", SECRET))
                    .build()
                    .api())
        .isInstanceOf(ValidationException.class);
  }
}
