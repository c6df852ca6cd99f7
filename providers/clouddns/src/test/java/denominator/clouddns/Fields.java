package denominator.clouddns;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * One object of a request body read field by field, each problem added to a list of validation
 * messages prefixed with the object's place ({@code records[2]}): strings, and numbers that may
 * also come as decimal strings (the wire page, section 1: the Netflix client sent {@code
 * "ttl":"1800"}).
 */
final class Fields {
  private final JsonObject object;
  private final String place;
  private final List<String> messages;

  Fields(JsonObject object, String place, List<String> messages) {
    this.object = object;
    this.place = place;
    this.messages = messages;
  }

  boolean has(String name) {
    return object.has(name) && !object.get(name).isJsonNull();
  }

  /** A string member, or null when absent, JSON null or not a string (noted). */
  String string(String name) {
    if (!has(name)) {
      return null;
    }
    JsonElement value = object.get(name);
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      refuse(name + " " + value + " is not a string");
      return null;
    }
    return value.getAsString();
  }

  /** An integer member as a JSON number or a decimal string, or null (absent or refused). */
  Integer integer(String name, String what) {
    if (!has(name)) {
      return null;
    }
    JsonElement value = object.get(name);
    String text = value.isJsonPrimitive() ? value.getAsString() : value.toString();
    if (!value.isJsonPrimitive() || !text.matches("-?[0-9]{1,9}")) {
      refuse(name + " " + text + " is not an integer" + what);
      return null;
    }
    return Integer.parseInt(text);
  }

  /** How many messages the whole body has so far. */
  int messages() {
    return messages.size();
  }

  /** Adds {@code message}, prefixed with the object's place. */
  void refuse(String message) {
    messages.add(place + ": " + message);
  }
}
