package denominator.azure;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import javax.inject.Inject;

/**
 * One resource group's Azure DNS zones and record sets. A zone's id is its name without the
 * trailing dot, as Azure's paths name it. Record sets map one to one; change sets are applied by
 * the kit's {@link ChangeEngine} with {@link AzureWriter}, one request per set, synchronously.
 */
final class AzureDNSApi extends KitDNSApi {
  private final AzureEndpoints endpoints;
  private final ProviderConfig config;

  @Inject
  AzureDNSApi(AzureEndpoints endpoints, ProviderConfig config) {
    super(AzureProvider.METADATA);
    this.endpoints = endpoints;
    this.config = config;
  }

  @Override
  public ZoneApi zones() {
    return new AzureZoneApi(endpoints, new AzureOperations(endpoints, config));
  }

  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    AzureWriter writer = new AzureWriter(endpoints, AzureZoneApi.id(zoneId), config.clock());
    return new ChangeEngine(writer, config.maxChangesPerBatch(Integer.MAX_VALUE))
        .apply(changes, mode);
  }

  @Override
  protected RecordSetView.Reader reader(String id) {
    String zoneId = AzureZoneApi.id(id); // also when given with its trailing dot
    String origin = Names.absolute(zoneId);
    return new RecordSetView.Reader() {
      @Override
      public Iterator<ResourceRecordSet> all() {
        return sets(zoneId, null);
      }

      @Override
      public Iterator<ResourceRecordSet> named(String name) {
        return sets(zoneId, name);
      }

      /** One set, one request. */
      @Override
      public Iterator<ResourceRecordSet> named(String name, String type) {
        if (!AzureRecords.TYPES.contains(type)) {
          return List.<ResourceRecordSet>of().iterator();
        }
        String relative = AzureRecords.relative(name, origin);
        return endpoints.recordSet(zoneId, type, relative).stream()
            .map(json -> AzureRecords.set(json, origin))
            .iterator();
      }
    };
  }

  // Read whole, as the view wants sets ordered by key; Azure has no filter by exact name.
  private Iterator<ResourceRecordSet> sets(String zoneId, String name) {
    String origin = Names.absolute(zoneId);
    List<ResourceRecordSet> sets = new ArrayList<>();
    endpoints
        .recordSets(zoneId)
        .forEachRemaining(
            json -> {
              ResourceRecordSet set = AzureRecords.set(json, origin);
              if (name == null || set.name().equals(name)) {
                sets.add(set);
              }
            });
    sets.sort(Comparator.comparing(ResourceRecordSet::key));
    return sets.iterator();
  }
}
