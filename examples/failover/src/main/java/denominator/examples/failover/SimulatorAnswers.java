package denominator.examples.failover;

import denominator.model.ResourceRecordSet;
import denominator.model.geo.Region;
import denominator.model.geo.RegionKind;
import denominator.model.geo.Regions;
import denominator.model.rdata.RData;
import denominator.traffic.Target;
import denominator.ultradns.UltraDnsResolver.Client;
import denominator.ultradns.UltraDnsSimulator;
import denominator.verify.Check;
import denominator.verify.SampleSubnets;
import denominator.verify.VerificationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Proves how the UltraDNS simulator answers a target's geo sets. The simulator serves no DNS, so
 * instead of a query with a client subnet this asks its resolver which rdata a client in each
 * region the sets name gets (a client in the region's sample country, as the DNS verification uses;
 * for {@code *} a client in a country no set names), and compares with the set whose most specific
 * region holds that client.
 */
final class SimulatorAnswers {
  static final String SERVER = "ultradns-simulator";

  private final UltraDnsSimulator simulator;
  private final Target target;
  private final SampleSubnets samples = SampleSubnets.defaults();

  SimulatorAnswers(UltraDnsSimulator simulator, Target target) {
    this.simulator = simulator;
    this.target = target;
  }

  /** One check per geo name and type and region; a region without a country is unchecked. */
  VerificationReport verify() {
    Map<String, List<ResourceRecordSet>> byNameAndType = new LinkedHashMap<>();
    target
        .api()
        .geoRecordSets(target.zoneId())
        .orElseThrow()
        .forEach(
            set ->
                byNameAndType
                    .computeIfAbsent(set.name() + " " + set.type(), k -> new ArrayList<>())
                    .add(set));
    List<Check> checks = new ArrayList<>();
    List<String> unchecked = new ArrayList<>();
    for (List<ResourceRecordSet> group : byNameAndType.values()) {
      ResourceRecordSet first = group.get(0);
      for (Region region : regions(group)) {
        Optional<Region> client = clientIn(region, group);
        if (client.isEmpty()) {
          unchecked.add(first.name() + " " + first.type() + " from " + region.code());
          continue;
        }
        checks.add(check(first, region, client.get(), group));
      }
    }
    return new VerificationReport(checks, unchecked);
  }

  private Check check(
      ResourceRecordSet first, Region region, Region client, List<ResourceRecordSet> group) {
    Set<RData> seen =
        simulator.answer(target.zoneName(), first.name(), first.type(), clientOf(client)).stream()
            .map(text -> RData.parse(first.type(), text))
            .collect(Collectors.toSet());
    return new Check(
        SERVER, first.name(), first.type(), region.code(), "", expected(client, group), seen, "");
  }

  /**
   * Where a client of {@code region} is: its sample country, else its first country (the resolver
   * needs no subnet, so a region without a sample, like Antarctica, is checked too); for {@code *}
   * a country no set names.
   */
  private Optional<Region> clientIn(Region region, List<ResourceRecordSet> group) {
    if (region.equals(Regions.world())) {
      return Regions.all(RegionKind.COUNTRY)
          .filter(country -> regions(group).stream().noneMatch(r -> contains(r, country)))
          .findFirst();
    }
    return samples
        .sample(region)
        .map(SampleSubnets.Sample::country)
        .or(() -> Regions.all(RegionKind.COUNTRY).filter(region::contains).findFirst());
  }

  private static Client clientOf(Region place) {
    return place.kind() == RegionKind.COUNTRY
        ? Client.in(place.code())
        : Client.inSubdivision(place.code());
  }

  // world contains every region, but a client somewhere gets * only where no other set applies
  private static boolean contains(Region region, Region client) {
    return !region.equals(Regions.world()) && region.contains(client);
  }

  /** The records of the set whose most specific region holds the client, as DNS would answer. */
  private static Set<RData> expected(Region client, List<ResourceRecordSet> group) {
    ResourceRecordSet winner = null;
    int best = -1;
    for (ResourceRecordSet set : group) {
      for (Region region : set.geo().orElseThrow().regions()) {
        boolean holds = region.equals(Regions.world()) || region.contains(client);
        if (holds && region.kind().ordinal() > best) {
          best = region.kind().ordinal();
          winner = set;
        }
      }
    }
    return winner == null ? Set.of() : Set.copyOf(winner.records());
  }

  private static Set<Region> regions(List<ResourceRecordSet> group) {
    Set<Region> regions = new LinkedHashSet<>();
    group.forEach(set -> regions.addAll(set.geo().orElseThrow().regions()));
    return regions;
  }
}
