package denominator.ns1;

import dagger.BindsInstance;
import dagger.Component;
import denominator.CredentialForm;
import denominator.DNSApi;
import denominator.Provider;
import denominator.ProviderConfig;
import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.model.geo.Region;
import denominator.model.geo.RegionKind;
import denominator.model.geo.Regions;
import denominator.model.rdata.ProviderRData;
import java.util.Optional;

/**
 * NS1, through its REST API: name {@code ns1}, credential {@code apiKey} (sent as {@code
 * X-NSONE-Key}), URL {@code https://api.nsone.net/v1} unless given.
 *
 * <p>Geo sets are answers located by country, US state, Canadian province or ISO 3166-2 subdivision
 * under the chain {@code geofence_country, priority}; continents are written as their countries.
 * Weighted sets are answers under {@code weighted_shuffle, select_first_region}, weights 0..100.
 * NS1 has no transaction over several records: each name and type is one request, and the kit's
 * engine makes ATOMIC hold by writing back what it read, so change sets are not declared atomic
 * natively. Requests are paced by NS1's {@code X-RateLimit-*} headers.
 *
 * <p>NS1 has no documented fixed request limit (each route's varies, reported by those headers);
 * pace with {@code Denominator.builder().requestLimit(..)} (CLI {@code --request-limit}).
 *
 * @see <a href="https://developer.ibm.com/apis/catalog/ns1--ibm-ns1-connect-api/">NS1 API</a>
 */
public final class Ns1Provider implements Provider {
  static final String NAME = "ns1";

  static final ProviderMetadata METADATA =
      ProviderMetadata.builder(NAME)
          .defaultUrl("https://api.nsone.net/v1")
          .credentialForm(CredentialForm.of("apiKey", "apiKey"))
          .recordTypes(RecordProfile.ROUND_ROBIN, Ns1Records.TYPES.toArray(String[]::new))
          .recordTypes(RecordProfile.ROUND_ROBIN, "SOA")
          .recordTypes(RecordProfile.GEO, Ns1Records.STEERED_TYPES.toArray(String[]::new))
          .recordTypes(RecordProfile.WEIGHTED, Ns1Records.STEERED_TYPES.toArray(String[]::new))
          .geoRegionKinds(
              RegionKind.WORLD, RegionKind.CONTINENT, RegionKind.COUNTRY, RegionKind.SUBDIVISION)
          .weights(0, 100)
          .atomicChangeSets(false, 1)
          .build();

  /** Whether a geo set may use this region: any in the table but a continent without countries. */
  static boolean expresses(Region region) {
    return region.kind() != RegionKind.CONTINENT
        ? Regions.find(region.code()).isPresent()
        : Regions.children(region).stream().anyMatch(r -> r.kind() == RegionKind.COUNTRY);
  }

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  @Override
  public DNSApi open(ProviderConfig config) {
    return DaggerNs1Provider_Wiring.factory().create(config).api();
  }

  /** Reads {@code alias TARGET} and {@code urlfwd ...} for sets of NS1's own types. */
  @Override
  public Optional<ProviderRData> parseData(String type, String text) {
    return Ns1Data.parse(type, text).map(data -> data);
  }

  @Override
  public String toString() {
    return "Ns1Provider";
  }

  /** Wires the API of one account from its configuration. */
  @Component
  interface Wiring {
    Ns1DNSApi api();

    @Component.Factory
    interface Factory {
      Wiring create(@BindsInstance ProviderConfig config);
    }
  }
}
