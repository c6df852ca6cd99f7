package denominator.cli;

import denominator.DNSApi;
import denominator.Denominator;
import denominator.GeoResourceRecordSetApi;
import denominator.Provider;
import denominator.ProviderConfig;
import denominator.ProviderMetadata;
import denominator.ResourceRecordSetApi;
import denominator.WeightedResourceRecordSetApi;
import denominator.ZoneApi;
import denominator.mock.MockProvider;
import denominator.model.Names;
import denominator.model.Zone;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** A provider, for the CLI tests, with two zones named example.com. (ids z1 and z2). */
public final class DuplicateZonesProvider implements Provider {
  private static final ProviderMetadata METADATA =
      ProviderMetadata.builder("duplicates").defaultUrl("mem:").duplicateZoneNames(true).build();

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  @Override
  public DNSApi open(ProviderConfig config) {
    DNSApi mock = Denominator.builder().provider(new MockProvider()).url("mem:").build().api();
    mock.zones().put(Zone.create("example.com.", "hostmaster@example.com", 60));
    List<Zone> zones =
        List.of(
            new Zone("z1", "example.com.", "hostmaster@example.com", 60),
            new Zone("z2", "example.com.", "hostmaster@example.com", 60));
    ZoneApi zoneApi =
        new ZoneApi() {
          @Override
          public Iterator<Zone> iterator() {
            return zones.iterator();
          }

          @Override
          public Iterator<Zone> iterateByName(String name) {
            return zones.stream().filter(z -> z.name().equals(Names.absolute(name))).iterator();
          }

          @Override
          public String put(Zone zone) {
            throw new UnsupportedOperationException();
          }

          @Override
          public void delete(String id) {}
        };
    return new DNSApi() {
      @Override
      public ZoneApi zones() {
        return zoneApi;
      }

      @Override
      public ResourceRecordSetApi recordSets(String zoneId) {
        return mock.recordSets("example.com.");
      }

      @Override
      public Optional<GeoResourceRecordSetApi> geoRecordSets(String zoneId) {
        return Optional.empty();
      }

      @Override
      public Optional<WeightedResourceRecordSetApi> weightedRecordSets(String zoneId) {
        return Optional.empty();
      }
    };
  }
}
