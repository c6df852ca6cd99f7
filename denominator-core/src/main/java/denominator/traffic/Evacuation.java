package denominator.traffic;

import denominator.ValidationException;
import denominator.change.Plan;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Geo;
import denominator.model.geo.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans the evacuation of one geo qualifier in one zone: for every name and type that has a geo set
 * with that qualifier, each of its regions moves to a saviour set of the same name and type (chosen
 * by a {@link SaviourPolicy}), and the evacuated set is deleted. Sends nothing.
 */
final class Evacuation {

  /**
   * The plan that evacuates {@code from} in the zone named {@code zone} whose current sets are
   * {@code current}.
   *
   * @throws ValidationException if a name and type with an evacuated set has no saviour set
   */
  static Plan plan(
      String zone,
      Iterable<ResourceRecordSet> current,
      String from,
      List<String> saviours,
      SaviourPolicy policy) {
    Map<String, List<ResourceRecordSet>> byNameAndType = new LinkedHashMap<>();
    for (ResourceRecordSet set : current) {
      if (set.geo().isPresent()) {
        byNameAndType
            .computeIfAbsent(set.name() + " " + set.type(), k -> new ArrayList<>())
            .add(set);
      }
    }
    List<ResourceRecordSet> before = new ArrayList<>();
    List<ResourceRecordSet> after = new ArrayList<>();
    for (List<ResourceRecordSet> group : byNameAndType.values()) {
      ResourceRecordSet evacuated =
          group.stream()
              .filter(s -> s.qualifier().orElseThrow().equals(from))
              .findFirst()
              .orElse(null);
      if (evacuated == null) {
        continue;
      }
      List<ResourceRecordSet> rescuers = saviourSets(group, saviours, evacuated);
      before.add(evacuated);
      before.addAll(rescuers);
      after.addAll(takeOver(evacuated, rescuers, policy));
    }
    return Plan.between(zone, before, after);
  }

  private static List<ResourceRecordSet> saviourSets(
      List<ResourceRecordSet> group, List<String> saviours, ResourceRecordSet evacuated) {
    List<ResourceRecordSet> found = new ArrayList<>();
    for (String saviour : saviours) {
      group.stream()
          .filter(s -> s.qualifier().orElseThrow().equals(saviour))
          .findFirst()
          .ifPresent(found::add);
    }
    if (found.isEmpty()) {
      throw new ValidationException(
          "no saviour for " + evacuated.name() + " " + evacuated.type(),
          String.join(",", saviours),
          "a geo set with one of these qualifiers: "
              + group.stream().map(s -> s.qualifier().orElseThrow()).toList());
    }
    return found;
  }

  /** The saviour sets with the evacuated set's regions added, as the policy assigns them. */
  private static List<ResourceRecordSet> takeOver(
      ResourceRecordSet evacuated, List<ResourceRecordSet> rescuers, SaviourPolicy policy) {
    Map<String, Set<Region>> regions = new LinkedHashMap<>();
    rescuers.forEach(
        s ->
            regions.put(
                s.qualifier().orElseThrow(), new LinkedHashSet<>(s.geo().orElseThrow().regions())));
    for (Region region : evacuated.geo().orElseThrow().regions()) {
      String chosen = policy.choose(region, rescuers);
      Set<Region> target = regions.get(chosen);
      if (target == null) {
        throw new ValidationException(
            "saviour policy chose a qualifier that is no saviour",
            chosen,
            "one of " + regions.keySet());
      }
      target.add(region);
    }
    return rescuers.stream()
        .map(s -> s.toBuilder().geo(new Geo(regions.get(s.qualifier().orElseThrow()))).build())
        .toList();
  }

  private Evacuation() {}
}
