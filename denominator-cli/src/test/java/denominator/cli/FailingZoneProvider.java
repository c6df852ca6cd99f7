package denominator.cli;

import denominator.DNSApi;
import denominator.Denominator;
import denominator.DenominatorException;
import denominator.GeoResourceRecordSetApi;
import denominator.Provider;
import denominator.ProviderConfig;
import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.ResourceRecordSetApi;
import denominator.WeightedResourceRecordSetApi;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.mock.MockProvider;
import denominator.model.geo.RegionKind;
import java.util.Optional;

/**
 * A provider, for the CLI tests, that is the mock at the URL given, except that every change to a
 * zone whose id starts with {@code fail.} fails: for operations over many zones that must roll back
 * the zones that applied.
 */
public final class FailingZoneProvider implements Provider {
  private static final ProviderMetadata METADATA =
      ProviderMetadata.builder("failing")
          .defaultUrl("mem:")
          .recordTypes(RecordProfile.ROUND_ROBIN, "A")
          .recordTypes(RecordProfile.GEO, "A")
          .geoRegionKinds(RegionKind.values())
          .build();

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  @Override
  public DNSApi open(ProviderConfig config) {
    DNSApi mock =
        Denominator.builder().provider(new MockProvider()).url(config.url()).build().api();
    return new DNSApi() {
      @Override
      public ZoneApi zones() {
        return mock.zones();
      }

      @Override
      public ResourceRecordSetApi recordSets(String zoneId) {
        return mock.recordSets(zoneId);
      }

      @Override
      public Optional<GeoResourceRecordSetApi> geoRecordSets(String zoneId) {
        return mock.geoRecordSets(zoneId);
      }

      @Override
      public Optional<WeightedResourceRecordSetApi> weightedRecordSets(String zoneId) {
        return mock.weightedRecordSets(zoneId);
      }

      @Override
      public denominator.change.ChangeResult apply(
          String zoneId, ChangeSet changes, ApplyMode mode) {
        refuse(zoneId);
        return mock.apply(zoneId, changes, mode);
      }

      @Override
      public denominator.change.ChangeResult apply(String zoneId, Plan plan, ApplyMode mode) {
        refuse(zoneId);
        return mock.apply(zoneId, plan, mode);
      }
    };
  }

  private static void refuse(String zoneId) {
    if (zoneId.startsWith("fail.")) {
      throw new DenominatorException("the test provider refuses every change to " + zoneId);
    }
  }
}
