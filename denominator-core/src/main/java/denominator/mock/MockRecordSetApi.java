package denominator.mock;

import denominator.GeoResourceRecordSetApi;
import denominator.RecordProfile;
import denominator.ValidationException;
import denominator.WeightedResourceRecordSetApi;
import denominator.change.ZoneRules;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.RecordTypes;
import denominator.model.ResourceRecordSet;
import denominator.model.WeightRange;
import denominator.model.geo.Region;
import denominator.model.geo.Regions;
import java.util.Collection;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The record sets of one mock zone, seen through one profile: every set ({@code profile} null), or
 * only geo or only weighted sets. Reads return a snapshot taken under the store's lock.
 */
final class MockRecordSetApi implements GeoResourceRecordSetApi, WeightedResourceRecordSetApi {
  static final WeightRange WEIGHTS = new WeightRange(0, 1000);

  private final MockStore store;
  private final String zoneId;
  private final RecordProfile profile;

  MockRecordSetApi(MockStore store, String zoneId, RecordProfile profile) {
    this.store = store;
    this.zoneId = zoneId;
    this.profile = profile;
  }

  @Override
  public Iterator<ResourceRecordSet> iterator() {
    return list(set -> true);
  }

  @Override
  public Iterator<ResourceRecordSet> iterateByName(String name) {
    String absolute = Names.absolute(name);
    return list(set -> set.name().equals(absolute));
  }

  @Override
  public Iterator<ResourceRecordSet> iterateByNameAndType(String name, String type) {
    String absolute = Names.absolute(name);
    String normalized = RecordTypes.normalize(type);
    return list(set -> set.name().equals(absolute) && set.type().equals(normalized));
  }

  @Override
  public Optional<ResourceRecordSet> get(RecordSetKey key) {
    return store.read(
        state ->
            Optional.ofNullable(state.zone(zoneId).recordSets.get(key)).filter(this::inProfile));
  }

  @Override
  public void put(ResourceRecordSet set) {
    if (!inProfile(set)) {
      throw new ValidationException(
          "not a " + profile.name().toLowerCase() + " record set",
          set.key().toString(),
          profile == RecordProfile.GEO ? "a set with geo regions" : "a set with a weight");
    }
    checkWeight(set);
    store.write(
        state -> {
          MockZone zone = state.zone(zoneId);
          ZoneRules.checkPut(MockProvider.NAME, zone.zone.name(), zone.recordSets.values(), set);
          return zone.put(set);
        });
  }

  /** Refuses a weight outside {@link #WEIGHTS}, before anything is written. */
  static void checkWeight(ResourceRecordSet set) {
    if (set.weighted().isPresent() && !WEIGHTS.contains(set.weighted().get().weight())) {
      throw new ValidationException(
          "mock: weight out of range",
          Integer.toString(set.weighted().get().weight()),
          WEIGHTS.toString());
    }
  }

  @Override
  public void delete(RecordSetKey key) {
    store.write(
        state -> {
          MockZone zone = state.zone(zoneId);
          if (!zone.recordSets.containsKey(key)) {
            return null;
          }
          ZoneRules.checkDelete(MockProvider.NAME, zone.zone.name(), key);
          return zone.recordSets.remove(key);
        });
  }

  @Override
  public Collection<Region> supportedRegions() {
    return Regions.all().toList();
  }

  @Override
  public WeightRange supportedWeights() {
    return WEIGHTS;
  }

  private Iterator<ResourceRecordSet> list(Predicate<ResourceRecordSet> filter) {
    return store
        .read(
            state ->
                state.zone(zoneId).recordSets.values().stream()
                    .filter(this::inProfile)
                    .filter(filter)
                    .toList())
        .iterator();
  }

  private boolean inProfile(ResourceRecordSet set) {
    return profile == null
        || (profile == RecordProfile.GEO && set.geo().isPresent())
        || (profile == RecordProfile.WEIGHTED && set.weighted().isPresent());
  }
}
