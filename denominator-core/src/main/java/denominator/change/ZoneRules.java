package denominator.change;

import denominator.DNSApi;
import denominator.InvalidChangeException;
import denominator.UnsupportedCapabilityException;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Region;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules every DNS provider enforces on the sets of one name, checked without a request: names
 * inside the zone, one routing profile per name and type, a region in at most one geo set of a name
 * and type, CNAME alone at its name, the apex SOA and NS kept, and sets routed by a policy the
 * model does not express never written. The mock provider enforces them when it applies; a dry run
 * checks them against what the provider holds, so that it refuses what the real run would.
 */
public final class ZoneRules {
  private static final int NAMES_READ_ONE_BY_ONE = 20;

  /**
   * Throws {@link InvalidChangeException} (or {@link UnsupportedCapabilityException} for a
   * provider-routed set) if {@code set} may not stand in the zone named {@code zone} beside {@code
   * others}, the zone's current sets (only those of the set's name matter).
   */
  public static void checkPut(
      String provider, String zone, Iterable<ResourceRecordSet> others, ResourceRecordSet set) {
    if (set.providerData().containsKey(ResourceRecordSet.ROUTING)) {
      throw new UnsupportedCapabilityException(
          provider,
          "writing "
              + set.key()
              + ", routed by "
              + set.providerData().get(ResourceRecordSet.ROUTING));
    }
    if (!Names.isWithin(set.name(), zone)) {
      throw invalid(provider, set.name() + " is not in zone " + zone);
    }
    for (ResourceRecordSet other : others) {
      if (other.key().equals(set.key()) || !other.name().equals(set.name())) {
        continue;
      }
      if (other.type().equals(set.type())) {
        checkSameNameAndType(provider, set, other);
      } else if (other.type().equals("CNAME") || set.type().equals("CNAME")) {
        throw invalid(
            provider,
            set.name()
                + " cannot have a CNAME and other data ("
                + other.type()
                + " and "
                + set.type()
                + ")");
      }
    }
  }

  /**
   * Checks {@code changes} against what {@code api} holds in zone {@code zoneId} (named {@code
   * zone}), each change seeing the ones before it, and sends nothing: a dry run that refuses what
   * the real run would. Reads each name the change set touches, or the whole zone once when it
   * touches more than {@value #NAMES_READ_ONE_BY_ONE} names.
   *
   * @throws InvalidChangeException or {@link UnsupportedCapabilityException} for the first change
   *     the rules refuse
   */
  public static void check(
      DNSApi api, String provider, String zoneId, String zone, ChangeSet changes) {
    Set<String> names = new HashSet<>();
    changes.changes().forEach(c -> names.add(c.key().name()));
    boolean wholeZone = names.size() > NAMES_READ_ONE_BY_ONE;
    Map<String, Map<RecordSetKey, ResourceRecordSet>> byName = new HashMap<>();
    if (wholeZone) {
      api.recordSets(zoneId)
          .forEach(
              set ->
                  byName
                      .computeIfAbsent(set.name(), n -> new LinkedHashMap<>())
                      .put(set.key(), set));
    }
    for (Change change : changes.changes()) {
      Map<RecordSetKey, ResourceRecordSet> atName =
          byName.computeIfAbsent(
              change.key().name(),
              name -> wholeZone ? new LinkedHashMap<>() : read(api, zoneId, name));
      if (change instanceof Change.Put put) {
        checkPut(provider, zone, atName.values(), put.recordSet());
        atName.put(put.key(), put.recordSet());
      } else if (atName.remove(change.key()) != null) {
        checkDelete(provider, zone, change.key());
      }
    }
  }

  private static Map<RecordSetKey, ResourceRecordSet> read(DNSApi api, String zoneId, String name) {
    Map<RecordSetKey, ResourceRecordSet> sets = new LinkedHashMap<>();
    api.recordSets(zoneId).iterateByName(name).forEachRemaining(set -> sets.put(set.key(), set));
    return sets;
  }

  /** Throws {@link InvalidChangeException} if the set with {@code key} may not be deleted. */
  public static void checkDelete(String provider, String zone, RecordSetKey key) {
    if (key.name().equals(Names.absolute(zone))
        && List.of("SOA", "NS").contains(key.type())
        && key.qualifier().isEmpty()) {
      throw invalid(
          provider, "the apex " + key.type() + " of " + key.name() + " cannot be deleted");
    }
  }

  private static void checkSameNameAndType(
      String provider, ResourceRecordSet set, ResourceRecordSet other) {
    if (!profile(set).equals(profile(other))) {
      throw invalid(
          provider,
          set.name()
              + " "
              + set.type()
              + " already has a "
              + profile(other)
              + " set ("
              + other.key()
              + "); one name and type has one routing profile");
    }
    if (set.geo().isPresent() && other.geo().isPresent()) {
      Set<Region> shared = set.geo().get().intersection(other.geo().get());
      if (!shared.isEmpty()) {
        throw invalid(
            provider,
            set.key()
                + " claims regions "
                + shared.stream().map(Region::code).collect(Collectors.joining(","))
                + " already served by qualifier "
                + other.qualifier().orElseThrow());
      }
    }
  }

  private static String profile(ResourceRecordSet set) {
    return set.geo().isPresent()
        ? "geo"
        : set.weighted().isPresent()
            ? "weighted"
            : set.qualifier().isPresent() ? "provider-routed" : "plain";
  }

  private static InvalidChangeException invalid(String provider, String message) {
    return new InvalidChangeException(provider, List.of(message));
  }

  private ZoneRules() {}
}
