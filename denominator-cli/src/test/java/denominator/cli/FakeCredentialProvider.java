package denominator.cli;

import denominator.CredentialForm;
import denominator.DNSApi;
import denominator.Denominator;
import denominator.Provider;
import denominator.ProviderConfig;
import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.mock.MockProvider;
import denominator.model.Zone;

/**
 * A provider that needs credentials, for the CLI tests: it is an in-memory mock whose only zone is
 * named after the access key it was given, so a test can see which source of credentials won.
 */
public final class FakeCredentialProvider implements Provider {
  private static final ProviderMetadata METADATA =
      ProviderMetadata.builder("fake")
          .defaultUrl("mem:")
          .credentialForm(CredentialForm.of("keys", "accessKey", "secretKey"))
          .recordTypes(RecordProfile.ROUND_ROBIN, "A")
          .build();

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  @Override
  public DNSApi open(ProviderConfig config) {
    DNSApi api = Denominator.builder().provider(new MockProvider()).url("mem:").build().api();
    String key = config.credentials().get("accessKey").orElseThrow();
    api.zones().put(Zone.create(key + ".test.", "hostmaster@test", 60));
    return api;
  }
}
