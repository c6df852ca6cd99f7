package denominator.googledns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What "a deletion must match the current rrset exactly" compares: name, type, TTL, rrdatas as a
 * set, the routing policy with weights as numbers; {@code kind} members and a false {@code
 * enableFencing} are not data.
 */
final class RrsetComparison {
  private RrsetComparison() {}

  /**
   * The form two rrsets are compared in for an exact-match deletion: name lower-case, rrdata lists
   * sorted, numbers as doubles, {@code kind} and a false {@code enableFencing} dropped. Signatures
   * count only when {@code withSignatures}.
   */
  static JsonElement of(JsonObject rrset, boolean withSignatures) {
    JsonObject copy = rrset.deepCopy();
    copy.addProperty("name", RrsetKey.of(copy.get("name").getAsString(), "").name());
    if (!withSignatures) {
      copy.remove("signatureRrdatas");
    }
    return normalized(copy);
  }

  private static JsonElement normalized(JsonElement element) {
    if (element.isJsonObject()) {
      JsonObject copy = new JsonObject();
      for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
        String key = member.getKey();
        JsonElement value = member.getValue();
        boolean falseFencing =
            key.equals("enableFencing") && value.isJsonPrimitive() && !value.getAsBoolean();
        if (!key.equals("kind") && !falseFencing && !value.isJsonNull()) {
          copy.add(key, sortedIfRrdatas(key, normalized(value)));
        }
      }
      return copy;
    }
    if (element.isJsonArray()) {
      JsonArray copy = new JsonArray();
      element.getAsJsonArray().forEach(item -> copy.add(normalized(item)));
      return copy;
    }
    if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isNumber()) {
      return new JsonPrimitive(element.getAsDouble());
    }
    return element;
  }

  private static JsonElement sortedIfRrdatas(String key, JsonElement value) {
    if (!(key.equals("rrdatas") || key.equals("signatureRrdatas")) || !value.isJsonArray()) {
      return value;
    }
    List<String> sorted = new ArrayList<>();
    value.getAsJsonArray().forEach(item -> sorted.add(item.getAsString()));
    sorted.sort(null);
    JsonArray array = new JsonArray();
    sorted.forEach(array::add);
    return array;
  }
}
