package denominator.cloudflare;

import denominator.ProviderConfig;
import denominator.ProviderMetadata;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.cloudflare.CloudflareJson.RecordJson;
import denominator.cloudflare.CloudflareJson.ZoneJson;
import denominator.kit.ChangeEngine;
import denominator.kit.KitDNSApi;
import denominator.kit.RecordGrouping;
import denominator.kit.RecordSetView;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import javax.inject.Inject;

/**
 * One Cloudflare account's zones and record sets. A zone is named by Cloudflare's id (a zone name
 * is looked up once). Sets are the zone's records grouped by name and type, and the SOA that its
 * DNS settings describe. Change sets are applied by the kit's {@link ChangeEngine} with {@link
 * CloudflareWriter}, one {@code /batch} request per batch.
 */
final class CloudflareDNSApi extends KitDNSApi {
  private final CloudflareEndpoints endpoints;
  private final ProviderMetadata metadata;
  private final ProviderConfig config;

  @Inject
  CloudflareDNSApi(
      CloudflareEndpoints endpoints, ProviderMetadata metadata, ProviderConfig config) {
    super(metadata);
    this.endpoints = endpoints;
    this.metadata = metadata;
    this.config = config;
  }

  @Override
  public ZoneApi zones() {
    return new CloudflareZoneApi(endpoints);
  }

  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    CloudflareWriter writer =
        new CloudflareWriter(endpoints, metadata, endpoints.zoneId(zoneId), config.clock());
    return new ChangeEngine(writer, config.maxChangesPerBatch(Integer.MAX_VALUE))
        .apply(changes, mode);
  }

  @Override
  protected RecordSetView.Reader reader(String zoneId) {
    return new RecordSetView.Reader() {
      @Override
      public Iterator<ResourceRecordSet> all() {
        String id = endpoints.zoneId(zoneId);
        return sets(id, endpoints.records(id, null, null), name -> true);
      }

      @Override
      public Iterator<ResourceRecordSet> named(String name) {
        String id = endpoints.zoneId(zoneId);
        return sets(id, endpoints.records(id, name, null), name::equals);
      }

      @Override
      public Iterator<ResourceRecordSet> named(String name, String type) {
        String id = endpoints.zoneId(zoneId);
        return type.equals("SOA")
            ? sets(id, Collections.emptyIterator(), name::equals)
            : sets(id, endpoints.records(id, name, type), soa -> false);
      }
    };
  }

  /**
   * The sets of {@code records}, with the apex SOA if {@code soaAt} accepts the apex, sorted by
   * key.
   */
  private Iterator<ResourceRecordSet> sets(
      String id, Iterator<RecordJson> records, Predicate<String> soaAt) {
    List<RecordJson> all = new ArrayList<>();
    records.forEachRemaining(all::add);
    List<ResourceRecordSet> sets =
        new ArrayList<>(
            RecordGrouping.byKey(
                all,
                r -> RecordSetKey.of(Names.absolute(r.name()), r.type()),
                CloudflareRecords::toSet));
    ZoneJson zone = endpoints.zone(id);
    if (soaAt.test(Names.absolute(zone.name()))) {
      CloudflareRecords.soa(zone, endpoints.soa(id)).ifPresent(sets::add);
    }
    sets.sort(Comparator.comparing(ResourceRecordSet::key));
    return sets.iterator();
  }
}
