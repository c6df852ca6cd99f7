package denominator.route53;

import static denominator.kit.Capabilities.profileOf;

import denominator.GeoResourceRecordSetApi;
import denominator.RecordProfile;
import denominator.ValidationException;
import denominator.WeightedResourceRecordSetApi;
import denominator.change.Change;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.RecordTypes;
import denominator.model.ResourceRecordSet;
import denominator.model.WeightRange;
import denominator.model.geo.Region;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/**
 * The record sets of one hosted zone, of every profile or only of one: the same class serves {@code
 * recordSets}, {@code geoRecordSets} and {@code weightedRecordSets}. Reads are lazy pages; writes
 * are one-change change sets, applied atomically as every change set is (see {@link
 * Route53Batches}).
 */
final class Route53RecordSetApi implements GeoResourceRecordSetApi, WeightedResourceRecordSetApi {
  private final Route53Endpoints api;
  private final String zoneId;
  private final RecordProfile profile; // null: every profile
  private final Function<ChangeSet, ChangeResult> apply;

  Route53RecordSetApi(
      Route53Endpoints api,
      String zoneId,
      RecordProfile profile,
      Function<ChangeSet, ChangeResult> apply) {
    this.api = api;
    this.zoneId = zoneId;
    this.profile = profile;
    this.apply = apply;
  }

  @Override
  public Iterator<ResourceRecordSet> iterator() {
    return inProfile(Route53Pages.grouped(Route53Pages.all(api, zoneId)));
  }

  @Override
  public Iterator<ResourceRecordSet> iterateByName(String name) {
    return inProfile(
        Route53Pages.grouped(Route53Pages.of(api, zoneId, Names.absolute(name), null)));
  }

  @Override
  public Iterator<ResourceRecordSet> iterateByNameAndType(String name, String type) {
    return inProfile(
        Route53Pages.grouped(
            Route53Pages.of(api, zoneId, Names.absolute(name), RecordTypes.normalize(type))));
  }

  @Override
  public Optional<ResourceRecordSet> get(RecordSetKey key) {
    Iterator<ResourceRecordSet> sets = iterateByNameAndType(key.name(), key.type());
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(sets, Spliterator.ORDERED), false)
        .filter(set -> set.key().equals(key))
        .findFirst();
  }

  @Override
  public void put(ResourceRecordSet set) {
    if (profile != null && profileOf(set) != profile) {
      throw new ValidationException(
          "route53: put of a " + profileOf(set) + " set to the " + profile + " record sets",
          set.toString(),
          "a " + profile + " record set");
    }
    apply(new Change.Put(set));
  }

  @Override
  public void delete(RecordSetKey key) {
    apply(new Change.Delete(key));
  }

  private void apply(Change change) {
    ChangeOutcome outcome = apply.apply(ChangeSet.of(List.of(change))).outcomes().get(0);
    if (outcome.error().isPresent()) {
      throw outcome.error().get();
    }
  }

  @Override
  public Collection<Region> supportedRegions() {
    return Route53Geo.supportedRegions();
  }

  @Override
  public WeightRange supportedWeights() {
    return Route53Provider.METADATA.weights();
  }

  private Iterator<ResourceRecordSet> inProfile(Iterator<ResourceRecordSet> sets) {
    if (profile == null) {
      return sets;
    }
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(sets, Spliterator.ORDERED), false)
        .filter(set -> profileOf(set) == profile)
        .iterator();
  }
}
