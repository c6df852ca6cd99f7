package denominator.mock;

import denominator.InvalidChangeException;
import denominator.UnsupportedCapabilityException;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Region;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules real providers enforce, so that code tested on the mock does not fail at a vendor:
 * names inside the zone, one routing profile per name and type, a region in at most one geo
 * set of a name and type, CNAME alone at its name, and the apex SOA and NS kept. Sets routed by
 * a policy the model does not express (read from a store another program wrote) are kept and
 * listed, never written.
 */
final class MockRules {

  /** Throws {@link InvalidChangeException} if {@code set} may not stand in {@code zone}. */
  static void checkPut(MockZone zone, ResourceRecordSet set) {
    if (set.providerData().containsKey(ResourceRecordSet.ROUTING)) {
      throw new UnsupportedCapabilityException(MockProvider.NAME, "writing " + set.key()
          + ", routed by " + set.providerData().get(ResourceRecordSet.ROUTING));
    }
    if (!Names.isWithin(set.name(), zone.zone.name())) {
      throw invalid(set.name() + " is not in zone " + zone.zone.name());
    }
    for (ResourceRecordSet other : zone.recordSets.values()) {
      if (other.key().equals(set.key()) || !other.name().equals(set.name())) {
        continue;
      }
      if (other.type().equals(set.type())) {
        checkSameNameAndType(set, other);
      } else if (other.type().equals("CNAME") || set.type().equals("CNAME")) {
        throw invalid(set.name() + " cannot have a CNAME and other data ("
            + other.type() + " and " + set.type() + ")");
      }
    }
  }

  /** Throws {@link InvalidChangeException} if the set with {@code key} may not be deleted. */
  static void checkDelete(MockZone zone, RecordSetKey key) {
    if (key.name().equals(zone.zone.name()) && List.of("SOA", "NS").contains(key.type())
        && key.qualifier().isEmpty()) {
      throw invalid("the apex " + key.type() + " of " + key.name() + " cannot be deleted");
    }
  }

  private static void checkSameNameAndType(ResourceRecordSet set, ResourceRecordSet other) {
    if (profile(set) != profile(other)) {
      throw invalid(set.name() + " " + set.type() + " already has a " + profile(other)
          + " set (" + other.key() + "); one name and type has one routing profile");
    }
    if (set.geo().isPresent() && other.geo().isPresent()) {
      Set<Region> shared = set.geo().get().intersection(other.geo().get());
      if (!shared.isEmpty()) {
        throw invalid(set.key() + " claims regions "
            + shared.stream().map(Region::code).collect(Collectors.joining(","))
            + " already served by qualifier " + other.qualifier().orElseThrow());
      }
    }
  }

  private static String profile(ResourceRecordSet set) {
    return set.geo().isPresent() ? "geo" : set.weighted().isPresent() ? "weighted"
        : set.qualifier().isPresent() ? "provider-routed" : "plain";
  }

  private static InvalidChangeException invalid(String message) {
    return new InvalidChangeException(MockProvider.NAME, List.of(message));
  }

  private MockRules() {}
}
