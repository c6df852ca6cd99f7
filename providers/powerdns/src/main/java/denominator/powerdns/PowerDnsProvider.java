package denominator.powerdns;

import dagger.BindsInstance;
import dagger.Component;
import denominator.CredentialForm;
import denominator.DNSApi;
import denominator.Provider;
import denominator.ProviderConfig;
import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.model.geo.RegionKind;
import denominator.model.rdata.ProviderRData;
import java.util.Optional;
import java.util.Set;

/**
 * PowerDNS Authoritative, through its HTTP API v1: name {@code powerdns}, credentials {@code
 * apiKey}, URL {@code http://host:port} of the server's webserver (the server id {@code localhost}
 * is implied unless the URL has a {@code /api/v1/servers/ID} path).
 *
 * <p>Zones are native zones. Change sets are applied in batches of one {@code PATCH} of up to
 * {@value PowerDnsBatches#MAX_BATCH} changes, each applied by the server in one transaction; an
 * ATOMIC change set of several batches is all or nothing, earlier batches undone when one fails.
 *
 * <p>PowerDNS has no documented request limit (the server is one's own); pace with {@code
 * Denominator.builder().requestLimit(..)} (CLI {@code --request-limit}).
 *
 * @see <a href="https://doc.powerdns.com/authoritative/http-api/">PowerDNS HTTP API</a>
 */
public final class PowerDnsProvider implements Provider {
  static final String NAME = "powerdns";

  /** Types whose Lua answers PowerDNS 4.7 serves (TXT answers are not in presentation form). */
  static final Set<String> QUALIFIED_TYPES = Set.of("A", "AAAA", "CNAME", "MX", "SRV");

  static final ProviderMetadata METADATA =
      ProviderMetadata.builder(NAME)
          .defaultUrl("http://127.0.0.1:8081")
          .credentialForm(CredentialForm.of("apiKey", "apiKey"))
          .recordTypes(
              RecordProfile.ROUND_ROBIN,
              "A",
              "AAAA",
              "CAA",
              "CNAME",
              "DS",
              "HTTPS",
              "MX",
              "NAPTR",
              "NS",
              "PTR",
              "SOA",
              "SPF",
              "SRV",
              "SSHFP",
              "SVCB",
              "TLSA",
              "TXT")
          .recordTypes(RecordProfile.GEO, QUALIFIED_TYPES.toArray(String[]::new))
          .recordTypes(RecordProfile.WEIGHTED, QUALIFIED_TYPES.toArray(String[]::new))
          .geoRegionKinds(RegionKind.WORLD, RegionKind.CONTINENT, RegionKind.COUNTRY)
          .weights(0, 255)
          .atomicChangeSets(true, PowerDnsBatches.MAX_BATCH)
          .build();

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  @Override
  public DNSApi open(ProviderConfig config) {
    return DaggerPowerDnsProvider_Wiring.factory().create(config).api();
  }

  /** Reads {@code alias TARGET} for a set of type {@value PowerDnsAlias#TYPE}: an ALIAS. */
  @Override
  public Optional<ProviderRData> parseData(String type, String text) {
    return PowerDnsAlias.parse(type, text).map(alias -> alias);
  }

  @Override
  public String toString() {
    return "PowerDnsProvider";
  }

  /** Wires the API of one server from its configuration. */
  @Component
  interface Wiring {
    PowerDnsDNSApi api();

    @Component.Factory
    interface Factory {
      Wiring create(@BindsInstance ProviderConfig config);
    }
  }
}
