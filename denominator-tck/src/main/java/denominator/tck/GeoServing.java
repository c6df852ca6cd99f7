package denominator.tck;

import denominator.model.ResourceRecordSet;
import denominator.model.geo.Region;
import denominator.model.geo.Regions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What {@code geo list} says a client is served, for routing tests that ask a vendor simulator what
 * it serves: the listed geo set whose regions hold the client's most specific place, its
 * subdivision, then its country, then that country's continent, then {@code *}.
 */
public final class GeoServing {
  private GeoServing() {}

  /**
   * The set served to a client in {@code subdivision} (ISO 3166-2, if known) of {@code country}
   * (ISO 3166-1, if known); empty when no listed set holds any of its places.
   */
  public static Optional<ResourceRecordSet> servedTo(
      Collection<ResourceRecordSet> listed,
      Optional<String> country,
      Optional<String> subdivision) {
    List<Region> places = new ArrayList<>();
    subdivision.map(Regions::require).ifPresent(places::add);
    country
        .map(Regions::require)
        .ifPresent(
            found -> {
              places.add(found);
              found.parent().ifPresent(places::add);
            });
    places.add(Regions.world());
    for (Region place : places) {
      Optional<ResourceRecordSet> set =
          listed.stream()
              .filter(s -> s.geo().map(geo -> geo.regions().contains(place)).orElse(false))
              .min(Comparator.comparing(s -> s.qualifier().orElseThrow()));
      if (set.isPresent()) {
        return set;
      }
    }
    return Optional.empty();
  }
}
