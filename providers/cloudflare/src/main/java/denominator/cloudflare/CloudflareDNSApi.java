package denominator.cloudflare;

import denominator.ProviderConfig;
import denominator.ProviderMetadata;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.cloudflare.CloudflareJson.RecordJson;
import denominator.kit.ChangeEngine;
import denominator.kit.KitDNSApi;
import denominator.kit.RecordGrouping;
import denominator.kit.RecordSetView;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.inject.Inject;

/**
 * One Cloudflare account's zones and record sets. A zone is named by Cloudflare's id, or by its
 * name (then looked up). Sets are the zone's records grouped by name and type; Cloudflare lists no
 * SOA. Change sets are applied by the kit's {@link ChangeEngine} with {@link CloudflareWriter}, one
 * {@code /batch} request per batch.
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
        return sets(endpoints.records(endpoints.zoneId(zoneId), null, null));
      }

      @Override
      public Iterator<ResourceRecordSet> named(String name) {
        return sets(endpoints.records(endpoints.zoneId(zoneId), name, null));
      }

      @Override
      public Iterator<ResourceRecordSet> named(String name, String type) {
        return sets(endpoints.records(endpoints.zoneId(zoneId), name, type));
      }
    };
  }

  /** The sets of {@code records}, sorted by key: every record is read first. */
  private static Iterator<ResourceRecordSet> sets(Iterator<RecordJson> records) {
    List<RecordJson> all = new ArrayList<>();
    records.forEachRemaining(all::add);
    return RecordGrouping.byKey(
            all, r -> RecordSetKey.of(Names.absolute(r.name()), r.type()), CloudflareRecords::toSet)
        .iterator();
  }
}
