package denominator.ultradns;

import dagger.BindsInstance;
import dagger.Component;
import denominator.CredentialForm;
import denominator.DNSApi;
import denominator.Provider;
import denominator.ProviderConfig;
import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.model.geo.RegionKind;
import java.util.List;

/**
 * UltraDNS, through its REST API: name {@code ultradns}, credentials {@code username} and {@code
 * password} (and optionally {@code accountName}, the account new zones go to; else the first
 * account listed), URL {@code https://api.ultradns.com} unless given.
 *
 * <p>Geo sets are directional (DIR) pools, by continent, country, US state and Canadian province;
 * weighted sets are traffic-controller (TC) pools with even weights 2..100. Change sets are sent
 * one request per name and type, up to {@value UltraDnsBatches#MAX_BATCH} in one {@code /v1/batch},
 * each batch all or nothing (a failed item's batch is undone).
 *
 * <p>UltraDNS has no documented request limit; pace with {@code
 * Denominator.builder().requestLimit(..)} (CLI {@code --request-limit}).
 *
 * @see <a href="https://docs.ultradns.com/">UltraDNS REST API</a>
 */
public final class UltraDnsProvider implements Provider {
  static final String NAME = "ultradns";

  /** The types of directional pools: every plain type but SOA (ASSUMPTION). */
  static final List<String> DIRECTIONAL_TYPES =
      List.of(
          "A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NAPTR", "NS", "PTR", "RP",
          "SPF", "SRV", "SSHFP", "SVCB", "TLSA", "TXT");

  static final ProviderMetadata METADATA =
      ProviderMetadata.builder(NAME)
          .defaultUrl("https://api.ultradns.com")
          .credentialForm(CredentialForm.of("password", "username", "password"))
          .credentialForm(
              CredentialForm.of("passwordWithAccount", "username", "password", "accountName"))
          .recordTypes(RecordProfile.ROUND_ROBIN, DIRECTIONAL_TYPES.toArray(String[]::new))
          .recordTypes(RecordProfile.ROUND_ROBIN, "SOA")
          .recordTypes(RecordProfile.GEO, DIRECTIONAL_TYPES.toArray(String[]::new))
          .recordTypes(RecordProfile.WEIGHTED, "A", "CNAME")
          .geoRegionKinds(
              RegionKind.WORLD, RegionKind.CONTINENT, RegionKind.COUNTRY, RegionKind.SUBDIVISION)
          .weights(2, 100, 2)
          .atomicChangeSets(true, UltraDnsBatches.MAX_BATCH)
          .build();

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  @Override
  public DNSApi open(ProviderConfig config) {
    return DaggerUltraDnsProvider_Wiring.factory().create(config).api();
  }

  @Override
  public String toString() {
    return "UltraDnsProvider";
  }

  /** Wires the API of one account from its configuration. */
  @Component
  interface Wiring {
    UltraDnsDNSApi api();

    @Component.Factory
    interface Factory {
      Wiring create(@BindsInstance ProviderConfig config);
    }
  }
}
