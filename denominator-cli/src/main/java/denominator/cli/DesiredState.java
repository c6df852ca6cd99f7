package denominator.cli;

import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import denominator.ValidationException;
import denominator.json.ModelJson;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.zonefile.ZoneFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * The record sets a zone should have, from a BIND zone file or a JSON array of record sets
 * (what {@code record list -o json} prints). A zone file cannot express geo or weighted sets, so
 * a plan from one manages only the zone's plain sets.
 *
 * @param sets the desired sets
 * @param managed which of the zone's current sets the desired state speaks for
 */
record DesiredState(List<ResourceRecordSet> sets, Predicate<ResourceRecordSet> managed) {

  static DesiredState read(Path file, Zone zone) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ValidationException("cannot read desired state", file.toString(),
          "a readable zone file or JSON file");
    }
    if (text.stripLeading().startsWith("[")) {
      try {
        List<ResourceRecordSet> sets = ModelJson.gson().fromJson(text,
            new TypeToken<List<ResourceRecordSet>>() {}.getType());
        return new DesiredState(sets, set -> true);
      } catch (JsonParseException e) {
        throw new ValidationException("bad JSON desired state (" + e.getMessage() + ")",
            file.toString(), "a JSON array of record sets, as record list -o json prints");
      }
    }
    return new DesiredState(ZoneFile.read(file, zone.name(), zone.ttl()),
        set -> set.qualifier().isEmpty());
  }
}
