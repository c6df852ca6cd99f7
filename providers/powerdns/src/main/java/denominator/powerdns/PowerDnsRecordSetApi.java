package denominator.powerdns;

import denominator.GeoResourceRecordSetApi;
import denominator.RecordProfile;
import denominator.ValidationException;
import denominator.WeightedResourceRecordSetApi;
import denominator.change.ApplyMode;
import denominator.change.Change;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeSet;
import denominator.kit.ChangeEngine;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.RecordTypes;
import denominator.model.ResourceRecordSet;
import denominator.model.WeightRange;
import denominator.model.geo.Region;
import denominator.model.geo.RegionKind;
import denominator.model.geo.Regions;
import denominator.powerdns.PowerDnsJson.RRSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The record sets of one PowerDNS zone: all of them, or only the geo or weighted ones (kept as LUA
 * records, see {@link PowerDnsLua}). A read by name asks {@code search-data} (PowerDNS 4.7 leaves
 * disabled records out of an answer filtered by name); a listing reads the zone. A put or delete is
 * a change set of one change, applied like any other ({@link PowerDnsBatches}); a qualified set is
 * written by reading its name's LUA records, changing them and replacing them, so concurrent
 * writers of one name's sets may overwrite each other.
 */
final class PowerDnsRecordSetApi implements GeoResourceRecordSetApi, WeightedResourceRecordSetApi {
  private final PowerDnsEndpoints endpoints;
  private final String zoneId;
  private final RecordProfile profile;
  private final Supplier<ChangeEngine> engine;

  /**
   * @param profile null means every set; GEO or WEIGHTED only those
   * @param engine a new engine for one write of this zone
   */
  PowerDnsRecordSetApi(
      PowerDnsEndpoints endpoints,
      String zoneId,
      RecordProfile profile,
      Supplier<ChangeEngine> engine) {
    this.endpoints = endpoints;
    this.zoneId = zoneId;
    this.profile = profile;
    this.engine = engine;
  }

  @Override
  public Collection<Region> supportedRegions() {
    Set<RegionKind> kinds = PowerDnsProvider.METADATA.geoRegionKinds();
    return Regions.all().filter(r -> kinds.contains(r.kind())).toList();
  }

  @Override
  public WeightRange supportedWeights() {
    return PowerDnsProvider.METADATA.weights();
  }

  @Override
  public Iterator<ResourceRecordSet> iterator() {
    return read(null, null).iterator();
  }

  @Override
  public Iterator<ResourceRecordSet> iterateByName(String name) {
    return read(Names.absolute(name), null).iterator();
  }

  @Override
  public Iterator<ResourceRecordSet> iterateByNameAndType(String name, String type) {
    return read(Names.absolute(name), RecordTypes.normalize(type)).iterator();
  }

  @Override
  public Optional<ResourceRecordSet> get(RecordSetKey key) {
    return read(key.name(), key.type()).stream().filter(s -> s.key().equals(key)).findFirst();
  }

  @Override
  public void put(ResourceRecordSet recordSet) {
    if (profile == RecordProfile.GEO && recordSet.geo().isEmpty()
        || profile == RecordProfile.WEIGHTED && recordSet.weighted().isEmpty()) {
      throw new ValidationException(
          "not a " + profile + " record set",
          recordSet.toString(),
          "a set with " + (profile == RecordProfile.GEO ? "geo regions" : "a weight"));
    }
    apply(new Change.Put(recordSet));
  }

  @Override
  public void delete(RecordSetKey key) {
    apply(new Change.Delete(key));
  }

  /** The sets of this name and type, or every name or type where null, ordered by key. */
  private List<ResourceRecordSet> read(String name, String type) {
    List<RRSet> rrsets =
        name == null
            ? endpoints.zone(zoneId, null, null).rrsets()
            : new PowerDnsBatches(endpoints, zoneId).rrsets(Set.of(name));
    return rrsets.stream()
        .flatMap(PowerDnsRecords::sets)
        .filter(set -> type == null || set.type().equals(type))
        .filter(
            set ->
                profile == null
                    || (profile == RecordProfile.GEO
                        ? set.geo().isPresent()
                        : set.weighted().isPresent()))
        .sorted(Comparator.comparing(ResourceRecordSet::key))
        .toList();
  }

  /** Applies one change through the change engine: the one write path. */
  private void apply(Change change) {
    ChangeOutcome outcome =
        engine.get().apply(ChangeSet.of(List.of(change)), ApplyMode.ATOMIC).outcomes().get(0);
    if (outcome.status() != ChangeOutcome.Status.APPLIED) {
      throw outcome.error().orElseThrow();
    }
  }
}
