package denominator.cli;

import denominator.AcrossZones;
import denominator.ValidationException;
import denominator.model.Zone;
import denominator.traffic.Target;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The zones a traffic command works on ({@code -z}, {@code --zones}, {@code --all-zones}) and their
 * targets, each named by its zone's name: the name results, reports and snapshots use.
 */
final class ZoneTargets {
  private ZoneTargets() {}

  /** Each of {@code given} (names or ids) resolved as {@code -z} is, several at once. */
  static List<Zone> resolve(Session session, List<String> given, AcrossZones across) {
    session.api(); // opens the connection once, before the threads share it
    return across.map("find", given, session::zone);
  }

  /**
   * Every zone of the account, in the provider's order, as the listing without the SOA shows it: a
   * target needs a zone's id and name, not its mailbox and TTL.
   */
  static List<Zone> all(Session session) {
    List<Zone> zones = new ArrayList<>();
    Iterator<Zone> listed =
        Progress.of(session.api().zones().iterateWithoutSoa(), session, "zones");
    listed.forEachRemaining(zones::add);
    if (zones.isEmpty()) {
      throw new ValidationException(
          "no zones to work on", "--all-zones", "an account with one or more zones");
    }
    return zones;
  }

  /**
   * One target per zone, named by the zone's name.
   *
   * @throws ValidationException if a zone is given twice, or two zones have one name (the snapshot
   *     and the report could not tell them apart), naming the ids
   */
  static List<Target> of(Session session, List<Zone> zones) {
    Map<String, List<Zone>> byName = new LinkedHashMap<>();
    zones.forEach(zone -> byName.computeIfAbsent(zone.name(), n -> new ArrayList<>()).add(zone));
    for (Map.Entry<String, List<Zone>> named : byName.entrySet()) {
      Set<String> ids = new LinkedHashSet<>();
      named.getValue().forEach(zone -> ids.add(zone.id()));
      if (ids.size() > 1) {
        throw new ValidationException(
            "zone name held by several zones",
            named.getKey(),
            "one zone per name; the ids are " + ids + ": work on them one at a time with -z ID");
      }
      if (named.getValue().size() > 1) {
        throw new ValidationException(
            "zone given twice",
            named.getKey() + " (id " + ids.iterator().next() + ")",
            "each zone once");
      }
    }
    return zones.stream()
        .map(zone -> new Target(zone.name(), session.api(), zone.id(), zone.name()))
        .toList();
  }
}
