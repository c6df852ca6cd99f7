package denominator.ultradns;

import denominator.DNSApi;
import denominator.GeoResourceRecordSetApi;
import denominator.ProviderConfig;
import denominator.RecordProfile;
import denominator.ResourceRecordSetApi;
import denominator.WeightedResourceRecordSetApi;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.kit.ChangeEngine;
import denominator.kit.RecordSetView;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.ultradns.UltraDnsJson.RRSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;

/**
 * One UltraDNS account's zones and record sets. Change sets are applied by the kit's {@link
 * ChangeEngine} with {@link UltraDnsBatches}: one request per name and type, several in one {@code
 * /v1/batch}, undone when an item fails.
 */
final class UltraDnsDNSApi implements DNSApi {
  private final UltraDnsEndpoints endpoints;
  private final ProviderConfig config;

  @Inject
  UltraDnsDNSApi(UltraDnsEndpoints endpoints, ProviderConfig config) {
    this.endpoints = endpoints;
    this.config = config;
  }

  @Override
  public ZoneApi zones() {
    return new UltraDnsZoneApi(endpoints);
  }

  @Override
  public ResourceRecordSetApi recordSets(String zoneId) {
    return recordSetView(zoneId);
  }

  @Override
  public Optional<GeoResourceRecordSetApi> geoRecordSets(String zoneId) {
    return Optional.of(recordSetView(zoneId).only(RecordProfile.GEO));
  }

  @Override
  public Optional<WeightedResourceRecordSetApi> weightedRecordSets(String zoneId) {
    return Optional.of(recordSetView(zoneId).only(RecordProfile.WEIGHTED));
  }

  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    return engine(zoneId).apply(changes, mode);
  }

  /**
   * The record sets of one zone: a listing pages through the zone's rrsets, a read by name asks for
   * every type at the name ({@code ANY}).
   */
  private RecordSetView recordSetView(String zoneId) {
    String zone = Names.absolute(zoneId);
    RecordSetView.Reader reader =
        RecordSetView.Reader.of(
            () -> sets(endpoints.rrsets(zone)),
            name -> sets(endpoints.rrsets(zone, "ANY", Names.absolute(name)).iterator()));
    return RecordSetView.of(
            UltraDnsProvider.METADATA,
            reader,
            changes -> engine(zone).apply(changes, ApplyMode.ATOMIC))
        .regions(UltraDnsTerritories::knows);
  }

  // Sorted here: the service sorts by owner and type number, the model by key.
  private static Iterator<ResourceRecordSet> sets(Iterator<RRSet> rrsets) {
    List<ResourceRecordSet> sets = new ArrayList<>();
    rrsets.forEachRemaining(rrset -> sets.addAll(UltraDnsPools.sets(rrset)));
    sets.sort(Comparator.comparing(ResourceRecordSet::key));
    return sets.iterator();
  }

  /** A new engine, and writer, for one apply. */
  private ChangeEngine engine(String zoneId) {
    return new ChangeEngine(
        new UltraDnsBatches(endpoints, Names.absolute(zoneId), config.clock()),
        config.maxChangesPerBatch(Integer.MAX_VALUE));
  }
}
