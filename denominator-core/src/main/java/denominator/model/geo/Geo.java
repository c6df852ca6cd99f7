package denominator.model.geo;

import java.util.*;

/** PLACEHOLDER. */
public record Geo(Set<Region> regions) {
  public static Geo parse(String text) {
    Set<Region> set = new LinkedHashSet<>();
    for (String c : text.split(",")) set.add(new Region(c.strip(), c.strip(), RegionKind.COUNTRY));
    return new Geo(set);
  }
  public Set<Region> intersection(Geo other) {
    Set<Region> s = new LinkedHashSet<>(regions); s.retainAll(other.regions); return s;
  }
  public boolean overlaps(Geo other) { return !intersection(other).isEmpty(); }
  public List<String> codes() { return regions.stream().map(Region::code).toList(); }
  @Override public String toString() { return String.join(",", codes()); }
}
