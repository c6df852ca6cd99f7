package denominator.cli;

import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import denominator.DNSApi;
import denominator.ValidationException;
import denominator.change.Plan;
import denominator.json.ModelJson;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.zonefile.ZoneFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The record sets a zone should have, from a BIND zone file or a JSON array of record sets (what
 * {@code record list -o json} prints). A zone file cannot express geo or weighted sets, so a plan
 * from one manages only the zone's plain sets.
 *
 * @param sets the desired sets
 * @param managed which of the zone's current sets the desired state speaks for
 */
record DesiredState(List<ResourceRecordSet> sets, Predicate<ResourceRecordSet> managed) {

  /**
   * Reads and checks {@code file} before any request; the desired state follows once the zone is
   * known (a zone file's relative names and default TTL are the zone's).
   */
  static Function<Zone, DesiredState> load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw UnreadableFile.of("desired state", file, e, "a readable zone file or JSON file");
    }
    if (text.stripLeading().startsWith("[")) {
      try {
        List<ResourceRecordSet> sets =
            ModelJson.gson().fromJson(text, new TypeToken<List<ResourceRecordSet>>() {}.getType());
        DesiredState state = new DesiredState(sets, set -> true);
        return zone -> state;
      } catch (JsonParseException e) {
        throw new ValidationException(
            "bad JSON desired state (" + e.getMessage() + ")",
            file.toString(),
            "a JSON array of record sets, as record list -o json prints");
      }
    }
    Function<Zone, List<ResourceRecordSet>> sets = zoneFile(file);
    return zone -> new DesiredState(sets.apply(zone), set -> set.qualifier().isEmpty());
  }

  /**
   * Checks the zone file at {@code file} before any request, by reading it under the root; its
   * record sets follow once the zone is known.
   */
  static Function<Zone, List<ResourceRecordSet>> zoneFile(Path file) {
    ZoneFile.read(file, ".", 0);
    return zone -> ZoneFile.read(file, zone.name(), zone.ttl().orElse(ZoneFile.DEFAULT_TTL));
  }

  /** The plan from the zone's current sets that this state manages to this state. */
  Plan planFrom(DNSApi api, Zone zone) {
    List<ResourceRecordSet> current = new ArrayList<>();
    for (ResourceRecordSet set : api.recordSets(zone.id())) {
      if (managed.test(set)) {
        current.add(set);
      }
    }
    return Plan.between(zone.name(), current, sets);
  }
}
