package denominator.change;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import denominator.ValidationException;
import denominator.json.ModelJson;
import denominator.model.ResourceRecordSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A plan's JSON form: {@code {"zone", "checksum", "changes": [{"action", "before", "after"}]}},
 * record sets in {@link ModelJson}'s form. The checksum is the SHA-256 of the compact JSON of zone
 * and changes, so any edit to a saved plan is detected.
 */
final class PlanJson {

  static String write(Plan plan) {
    JsonObject json = new JsonObject();
    json.addProperty("zone", plan.zone());
    json.addProperty("checksum", checksum(plan));
    json.add("changes", changes(plan));
    return ModelJson.gson().newBuilder().setPrettyPrinting().create().toJson(json);
  }

  static String checksum(Plan plan) {
    JsonObject body = new JsonObject();
    body.addProperty("zone", plan.zone());
    body.add("changes", changes(plan));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(ModelJson.gson().toJson(body).getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  static Plan read(String text) {
    try {
      JsonObject json = JsonParser.parseString(text).getAsJsonObject();
      List<PlannedChange> changes = new ArrayList<>();
      for (JsonElement element : json.getAsJsonArray("changes")) {
        JsonObject change = element.getAsJsonObject();
        changes.add(PlannedChange.of(set(change.get("before")), set(change.get("after"))));
      }
      Plan plan = new Plan(json.get("zone").getAsString(), changes);
      String saved = json.has("checksum") ? json.get("checksum").getAsString() : "none";
      if (!saved.equals(plan.checksum())) {
        throw new ValidationException(
            "plan checksum does not match its contents",
            saved,
            plan.checksum() + " (the plan was edited after it was saved)");
      }
      return plan;
    } catch (JsonSyntaxException | IllegalStateException | NullPointerException e) {
      throw new ValidationException(
          "not a saved plan (" + e.getMessage() + ")",
          text.length() > 60 ? text.substring(0, 60) + "…" : text,
          "the JSON that Plan.toJson wrote");
    }
  }

  private static JsonArray changes(Plan plan) {
    JsonArray changes = new JsonArray();
    for (PlannedChange change : plan.changes()) {
      JsonObject json = new JsonObject();
      json.addProperty("action", change.action().name());
      change.before().ifPresent(set -> json.add("before", ModelJson.gson().toJsonTree(set)));
      change.after().ifPresent(set -> json.add("after", ModelJson.gson().toJsonTree(set)));
      changes.add(json);
    }
    return changes;
  }

  private static ResourceRecordSet set(JsonElement json) {
    return json == null || json.isJsonNull()
        ? null
        : ModelJson.gson().fromJson(json, ResourceRecordSet.class);
  }

  private PlanJson() {}
}
