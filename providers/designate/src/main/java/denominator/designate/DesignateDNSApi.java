package denominator.designate;

import denominator.ProviderConfig;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.designate.DesignateJson.RecordSetJson;
import denominator.kit.ChangeEngine;
import denominator.kit.KitDNSApi;
import denominator.kit.RecordSetView;
import denominator.model.ResourceRecordSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import javax.inject.Inject;

/**
 * One Designate project's zones and record sets. Record sets map one to one; a set without a TTL
 * shows the zone's. Change sets are applied by the kit's {@link ChangeEngine} with {@link
 * DesignateWriter}, one request per set; their {@code await} polls the zone until {@code ACTIVE}.
 */
final class DesignateDNSApi extends KitDNSApi {
  private final DesignateEndpoints endpoints;
  private final DesignatePropagation propagation;
  private final ProviderConfig config;

  @Inject
  DesignateDNSApi(DesignateEndpoints endpoints, ProviderConfig config) {
    super(DesignateProvider.METADATA);
    this.endpoints = endpoints;
    this.propagation = new DesignatePropagation(endpoints, config);
    this.config = config;
  }

  @Override
  public ZoneApi zones() {
    return new DesignateZoneApi(endpoints, propagation);
  }

  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    DesignateWriter writer =
        new DesignateWriter(endpoints, zoneId, propagation.sync(zoneId), config.clock());
    return new ChangeEngine(writer, config.maxChangesPerBatch(Integer.MAX_VALUE))
        .apply(changes, mode);
  }

  @Override
  protected RecordSetView.Reader reader(String zoneId) {
    return RecordSetView.Reader.of(() -> sets(zoneId, null), name -> sets(zoneId, name));
  }

  // Read whole, as the view wants sets ordered by key and Designate orders them by creation.
  private Iterator<ResourceRecordSet> sets(String zoneId, String name) {
    int zoneTtl = endpoints.zone(zoneId).ttl();
    List<ResourceRecordSet> sets = new ArrayList<>();
    Iterator<RecordSetJson> found = endpoints.recordSets(zoneId, name, null);
    found.forEachRemaining(json -> DesignateRecords.set(json, zoneTtl).ifPresent(sets::add));
    sets.sort(Comparator.comparing(ResourceRecordSet::key));
    return sets.iterator();
  }
}
