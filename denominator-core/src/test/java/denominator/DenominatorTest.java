package denominator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.model.Zone;
import org.junit.jupiter.api.Test;

class DenominatorTest {

  @Test
  void providersAreFoundWithServiceLoader() {
    assertThat(Denominator.providers()).extracting(p -> p.metadata().name()).contains("mock");
  }

  @Test
  void anUnknownProviderNameFailsWithTheKnownOnes() {
    assertThatThrownBy(() -> Denominator.create("nosuch"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.value()).isEqualTo("nosuch");
              assertThat(e.expected()).contains("mock");
            });
  }

  @Test
  void credentialsAreCheckedBeforeTheProviderIsOpened() {
    assertThatThrownBy(() -> Denominator.create("mock", Credentials.of("user", "pass")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("mock")
        .hasMessageNotContaining("pass\"");
  }

  @Test
  void theUrlOverridesTheDefault() {
    try (DNSApiManager manager = Denominator.builder().provider("mock").url("mem:named").build()) {
      assertThat(manager.url()).isEqualTo("mem:named");
      assertThat(manager.toString()).contains("mock", "mem:named");
    }
  }

  @Test
  void managersOfOneNamedMemoryStoreShareIt() {
    try (DNSApiManager one = Denominator.builder().provider("mock").url("mem:shared").build();
        DNSApiManager two = Denominator.builder().provider("mock").url("mem:shared").build()) {
      one.api().zones().put(Zone.create("shared.example.", "h@shared.example", 60));

      assertThat(two.api().zones().iterateByName("shared.example.")).hasNext();
    }
  }

  @Test
  void credentialsAreReadAgainOnEveryUseSoTheyCanRotate() {
    ProviderMetadata metadata =
        ProviderMetadata.builder("keyed")
            .defaultUrl("mem:")
            .credentialForm(CredentialForm.of("apiKey", "apiKey"))
            .build();
    ProviderConfig[] opened = new ProviderConfig[1];
    Provider keyed =
        new Provider() {
          @Override
          public ProviderMetadata metadata() {
            return metadata;
          }

          @Override
          public DNSApi open(ProviderConfig config) {
            opened[0] = config;
            return Denominator.create("mock").api();
          }
        };
    String[] key = {"first"};

    try (DNSApiManager manager =
        Denominator.builder().provider(keyed).credentials(() -> Credentials.of(key[0])).build()) {
      assertThat(opened[0].credentials().get("apiKey")).contains("first");
      key[0] = "rotated";
      assertThat(opened[0].credentials().get("apiKey")).contains("rotated");
      assertThat(opened[0].toString()).doesNotContain("rotated");
      assertThat(manager.toString()).doesNotContain("rotated");
    }
  }

  @Test
  void aBadMockUrlIsRefused() {
    assertThatThrownBy(() -> Denominator.builder().provider("mock").url("http://x").build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("http://x"));
  }
}
