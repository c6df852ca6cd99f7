package denominator.ns1;

import denominator.ProviderConfig;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.Change;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.kit.ChangeEngine;
import denominator.kit.KitDNSApi;
import denominator.kit.NameType;
import denominator.kit.RecordSetView;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Region;
import denominator.ns1.Ns1Json.Summary;
import denominator.ns1.Ns1Json.ZoneJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.inject.Inject;

/**
 * One NS1 account's zones and record sets. Sets are read from a zone's record summaries: a plain
 * record ({@code tier 1}) from its short answers, any other fetched whole. Change sets are applied
 * by the kit's {@link ChangeEngine} with {@link Ns1Writer}, one request per name and type.
 */
final class Ns1DNSApi extends KitDNSApi {
  private final Ns1Endpoints endpoints;
  private final ProviderConfig config;

  @Inject
  Ns1DNSApi(Ns1Endpoints endpoints, ProviderConfig config) {
    super(Ns1Provider.METADATA);
    this.endpoints = endpoints;
    this.config = config;
  }

  @Override
  public ZoneApi zones() {
    return new Ns1ZoneApi(endpoints);
  }

  /** Refuses sets that one record cannot hold together before any request, then applies. */
  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    Map<NameType, List<ResourceRecordSet>> puts = new LinkedHashMap<>();
    for (Change change : changes.changes()) {
      if (change instanceof Change.Put put) {
        puts.computeIfAbsent(NameType.of(put.key()), t -> new ArrayList<>()).add(put.recordSet());
      }
    }
    puts.forEach(Ns1Steering::checkTogether);
    return new ChangeEngine(
            new Ns1Writer(endpoints, Names.absolute(zoneId), config.clock()),
            config.maxChangesPerBatch(Integer.MAX_VALUE))
        .apply(changes, mode);
  }

  @Override
  protected RecordSetView.Reader reader(String zoneId) {
    String zone = Names.absolute(zoneId);
    return RecordSetView.Reader.of(
        () -> sets(zone, summary -> true),
        name -> sets(zone, summary -> Names.absolute(summary.domain()).equals(name)));
  }

  @Override
  protected boolean expresses(Region region) {
    return Ns1Provider.expresses(region);
  }

  private Iterator<ResourceRecordSet> sets(String zone, Predicate<Summary> wanted) {
    ZoneJson read = endpoints.zone(zone, true);
    List<ResourceRecordSet> sets = new ArrayList<>();
    Ns1Records.soa(read).filter(soa -> wanted.test(soaSummary(read))).ifPresent(sets::add);
    for (Summary summary : read.records()) {
      if (!wanted.test(summary) || !Ns1Records.modelled(summary.type())) {
        continue; // a type NS1 added after this provider was written
      }
      if (summary.tier() != null && summary.tier() > 1) {
        endpoints
            .record(zone, summary.domain(), summary.type())
            .ifPresent(record -> sets.addAll(Ns1Steering.sets(record)));
      } else {
        sets.addAll(Ns1Steering.sets(Ns1Records.plainRecord(summary)));
      }
    }
    sets.sort(Comparator.comparing(ResourceRecordSet::key));
    return sets.iterator();
  }

  private static Summary soaSummary(ZoneJson zone) {
    return new Summary(zone.zone(), "SOA", zone.ttl(), 1, List.of());
  }
}
