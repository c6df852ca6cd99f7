package denominator.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.Map;
import java.util.Optional;

/** Rewrites a JSON document with the values of secret fields, at any depth, replaced. */
final class JsonRedactor {
  private final SecretNames fields;

  JsonRedactor(SecretNames fields) {
    this.fields = fields;
  }

  /**
   * Returns {@code text} redacted, if it is a JSON object or array. Bare JSON values are refused
   * too: Gson parses leniently, so almost any text would otherwise pass as a string.
   */
  Optional<String> redact(String text) {
    try {
      JsonElement root = JsonParser.parseString(text);
      if (!root.isJsonObject() && !root.isJsonArray()) {
        return Optional.empty();
      }
      return Optional.of(redact(root).toString());
    } catch (JsonParseException | StackOverflowError notJson) {
      return Optional.empty();
    }
  }

  private JsonElement redact(JsonElement element) {
    if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(this::redact);
    } else if (element.isJsonObject()) {
      for (Map.Entry<String, JsonElement> field : element.getAsJsonObject().entrySet()) {
        if (fields.contains(field.getKey())) {
          field.setValue(new JsonPrimitive(SecretNames.REDACTED));
        } else {
          redact(field.getValue());
        }
      }
    }
    return element;
  }
}
