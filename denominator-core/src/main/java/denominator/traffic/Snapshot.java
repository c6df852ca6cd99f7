package denominator.traffic;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.ValidationException;
import denominator.change.Plan;
import denominator.json.ModelJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a traffic operation changed, saved before it changed anything: per target, the plan it
 * applied, whose {@code before} sets are the state to return to and whose {@code after} sets are
 * what the operation wrote. {@link Traffic#restore} applies the inverse plans.
 *
 * @param plans by target name, in the order the operation applies them
 */
public record Snapshot(Map<String, Plan> plans) {
  public Snapshot {
    plans = Collections.unmodifiableMap(new LinkedHashMap<>(plans));
  }

  /** {@code {"targets":[{"target":NAME,"plan":{...}}]}}, each plan with its checksum. */
  public String toJson() {
    JsonArray targets = new JsonArray();
    plans.forEach(
        (target, plan) -> {
          JsonObject entry = new JsonObject();
          entry.addProperty("target", target);
          entry.add("plan", JsonParser.parseString(plan.toJson()));
          targets.add(entry);
        });
    JsonObject json = new JsonObject();
    json.add("targets", targets);
    return ModelJson.gson().newBuilder().setPrettyPrinting().create().toJson(json);
  }

  /** Reads what {@link #toJson} wrote, checking every plan's checksum. */
  public static Snapshot fromJson(String text) {
    try {
      Map<String, Plan> plans = new LinkedHashMap<>();
      for (var element : JsonParser.parseString(text).getAsJsonObject().getAsJsonArray("targets")) {
        JsonObject entry = element.getAsJsonObject();
        plans.put(entry.get("target").getAsString(), Plan.fromJson(entry.get("plan").toString()));
      }
      return new Snapshot(plans);
    } catch (RuntimeException e) {
      if (e instanceof ValidationException v) {
        throw v;
      }
      throw new ValidationException(
          "not a traffic snapshot (" + e.getMessage() + ")",
          text.length() > 60 ? text.substring(0, 60) + "…" : text,
          "the JSON that Snapshot.toJson wrote");
    }
  }
}
