package denominator.change;

import denominator.RecordProfile;
import denominator.ValidationException;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ordered puts and deletes for one zone, each touching a different record set. Applied with {@link
 * denominator.DNSApi#apply}. {@link Plan#between} computes the one that turns a zone's current
 * state into a desired one.
 */
public final class ChangeSet {
  private static final ChangeSet EMPTY = new ChangeSet(List.of());

  private final List<Change> changes;

  private ChangeSet(List<Change> changes) {
    Set<RecordSetKey> seen = new HashSet<>();
    for (Change change : changes) {
      if (!seen.add(change.key())) {
        throw new ValidationException(
            "change set touches a record set twice",
            change.key().toString(),
            "at most one change per name, type and qualifier");
      }
    }
    checkGeoRegions(changes);
    checkOneProfile(changes);
    this.changes = List.copyOf(changes);
  }

  /** A region belongs to at most one geo qualifier of a name and type; checked before sending. */
  private static void checkGeoRegions(List<Change> changes) {
    Map<String, List<ResourceRecordSet>> geoByNameType = new HashMap<>();
    for (Change change : changes) {
      if (!(change instanceof Change.Put put) || put.recordSet().geo().isEmpty()) {
        continue;
      }
      ResourceRecordSet set = put.recordSet();
      List<ResourceRecordSet> others =
          geoByNameType.computeIfAbsent(set.name() + " " + set.type(), k -> new ArrayList<>());
      for (ResourceRecordSet other : others) {
        if (other.geo().get().overlaps(set.geo().get())) {
          throw new ValidationException(
              "change set gives a region to two geo qualifiers of " + set.name() + " " + set.type(),
              other.geo().get().intersection(set.geo().get())
                  + " in "
                  + other.qualifier().orElseThrow()
                  + " and "
                  + set.qualifier().orElseThrow(),
              "each region in at most one qualifier of a name and type");
        }
      }
      others.add(set);
    }
  }

  /** A name and type has one routing profile: plain, geo or weighted; checked before sending. */
  private static void checkOneProfile(List<Change> changes) {
    Map<String, ResourceRecordSet> firstByNameType = new HashMap<>();
    for (Change change : changes) {
      if (!(change instanceof Change.Put put)) {
        continue;
      }
      ResourceRecordSet set = put.recordSet();
      ResourceRecordSet first = firstByNameType.putIfAbsent(set.name() + " " + set.type(), set);
      if (first != null && profile(first) != profile(set)) {
        throw new ValidationException(
            "change set puts sets of two routing profiles for " + set.name() + " " + set.type(),
            describe(first) + " and " + describe(set),
            "one profile per name and type: one plain set, or geo sets, or weighted sets");
      }
    }
  }

  private static RecordProfile profile(ResourceRecordSet set) {
    return set.geo().isPresent()
        ? RecordProfile.GEO
        : set.weighted().isPresent() ? RecordProfile.WEIGHTED : RecordProfile.ROUND_ROBIN;
  }

  private static String describe(ResourceRecordSet set) {
    return set.qualifier()
        .map(q -> profile(set).name().toLowerCase(Locale.ROOT) + " " + q)
        .orElse("plain");
  }

  public static ChangeSet of(List<Change> changes) {
    return new ChangeSet(changes);
  }

  public static ChangeSet empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Change> changes() {
    return changes;
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public int size() {
    return changes.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChangeSet c && changes.equals(c.changes);
  }

  @Override
  public int hashCode() {
    return changes.hashCode();
  }

  @Override
  public String toString() {
    return "ChangeSet" + changes;
  }

  /** Collects changes in order; {@link #build()} refuses two changes to the same set. */
  public static final class Builder {
    private final List<Change> changes = new ArrayList<>();

    private Builder() {}

    public Builder put(ResourceRecordSet recordSet) {
      changes.add(new Change.Put(recordSet));
      return this;
    }

    public Builder delete(RecordSetKey key) {
      changes.add(new Change.Delete(key));
      return this;
    }

    public Builder add(Change change) {
      changes.add(change);
      return this;
    }

    public ChangeSet build() {
      return new ChangeSet(changes);
    }
  }
}
