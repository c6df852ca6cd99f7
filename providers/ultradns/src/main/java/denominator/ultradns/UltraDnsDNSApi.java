package denominator.ultradns;

import denominator.ProviderConfig;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.kit.ChangeEngine;
import denominator.kit.KitDNSApi;
import denominator.kit.RecordSetView;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Region;
import denominator.ultradns.UltraDnsJson.RRSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import javax.inject.Inject;

/**
 * One UltraDNS account's zones and record sets. Change sets are applied by the kit's {@link
 * ChangeEngine} with {@link UltraDnsBatches}: one request per name and type, several in one {@code
 * /v1/batch}, undone when an item fails.
 */
final class UltraDnsDNSApi extends KitDNSApi {
  private final UltraDnsEndpoints endpoints;
  private final ProviderConfig config;

  @Inject
  UltraDnsDNSApi(UltraDnsEndpoints endpoints, ProviderConfig config) {
    super(UltraDnsProvider.METADATA);
    this.endpoints = endpoints;
    this.config = config;
  }

  @Override
  public ZoneApi zones() {
    return new UltraDnsZoneApi(endpoints);
  }

  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    return new ChangeEngine(
            new UltraDnsBatches(endpoints, Names.absolute(zoneId), config.clock()),
            config.maxChangesPerBatch(Integer.MAX_VALUE))
        .apply(changes, mode);
  }

  /**
   * The record sets of one zone: a listing pages through the zone's rrsets, a read by name asks for
   * every type at the name ({@code ANY}).
   */
  @Override
  protected RecordSetView.Reader reader(String zoneId) {
    String zone = Names.absolute(zoneId);
    return RecordSetView.Reader.of(
        () -> sets(endpoints.rrsets(zone)),
        name -> sets(endpoints.rrsets(zone, "ANY", Names.absolute(name)).iterator()));
  }

  @Override
  protected boolean expresses(Region region) {
    return UltraDnsTerritories.knows(region);
  }

  // Sorted here: the service sorts by owner and type number, the model by key.
  private static Iterator<ResourceRecordSet> sets(Iterator<RRSet> rrsets) {
    List<ResourceRecordSet> sets = new ArrayList<>();
    rrsets.forEachRemaining(rrset -> sets.addAll(UltraDnsPools.sets(rrset)));
    sets.sort(Comparator.comparing(ResourceRecordSet::key));
    return sets.iterator();
  }
}
