package denominator.azure;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;

/** Reading request bodies as the simulated ARM does: a JSON object, and objects of strings. */
final class JsonBodies {
  private JsonBodies() {}

  /** The body as a JSON object, or a 400 naming it. */
  static JsonObject object(String body, String what) {
    try {
      JsonElement json = JsonParser.parseString(body);
      if (json.isJsonObject()) {
        return json.getAsJsonObject();
      }
    } catch (RuntimeException e) {
      // not JSON: refused below
    }
    throw ArmRefusal.badRequest("The " + what + " body '" + body + "' is invalid.");
  }

  // tags and metadata: an object of strings, empty when absent
  static JsonObject strings(JsonObject parent, String member) {
    JsonElement value = parent.get(member);
    if (value == null || value.isJsonNull()) {
      return new JsonObject();
    }
    if (!value.isJsonObject()) {
      throw ArmRefusal.invalid(member, value);
    }
    for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
      JsonElement text = entry.getValue();
      if (!text.isJsonPrimitive() || !text.getAsJsonPrimitive().isString()) {
        throw ArmRefusal.invalid(member, value);
      }
    }
    return value.getAsJsonObject().deepCopy();
  }
}
