package denominator.designate;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A request body of the simulated Designate, read field by field as Designate's API adapters and
 * objects check them (wire page, sections 2 to 4): a JSON object whose keys the object has, names
 * ending with a dot, TTLs within 0 and 2^31-1, descriptions of at most 160 characters, records an
 * array of strings. Each accessor refuses a bad value with Designate's own error.
 */
final class Fields {
  static final int MAX_TTL = Integer.MAX_VALUE;
  static final int MAX_DESCRIPTION = 160;
  static final int MAX_NAME = 255;

  private final JsonObject body;

  private Fields(JsonObject body) {
    this.body = body;
  }

  /** The body as an object whose keys are all {@code allowed} for {@code object}. */
  static Fields parse(String body, Set<String> allowed, String object) {
    if (body.isBlank()) {
      throw DesignateRefusal.of(400, "empty_request_body", "Request Body is empty");
    }
    JsonElement json;
    try {
      json = JsonParser.parseString(body);
    } catch (RuntimeException e) {
      throw DesignateRefusal.of(400, "invalid_json", "Invalid JSON body");
    }
    if (!json.isJsonObject()) {
      throw DesignateRefusal.of(400, "invalid_json", "Invalid JSON body: not an object");
    }
    List<String> unknown = new ArrayList<>();
    for (String key : json.getAsJsonObject().keySet()) {
      if (!allowed.contains(key)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw DesignateRefusal.unknownKeys(unknown, object);
    }
    return new Fields(json.getAsJsonObject());
  }

  boolean has(String name) {
    return body.has(name);
  }

  /** Refuses the body when {@code name} is missing, at the schema path the page gives. */
  Fields require(String name) {
    if (!body.has(name)) {
      throw DesignateRefusal.validation(
          List.of(
              new DesignateRefusal.Violation(
                  List.of("type"),
                  "'" + name + "' is a required property",
                  "required",
                  List.of(name))));
    }
    return this;
  }

  /** A string member, or null when absent or JSON null. */
  String string(String name) {
    JsonElement value = body.get(name);
    if (value == null || value.isJsonNull()) {
      return null;
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw DesignateRefusal.valueError("A string is required in field " + name + ", not " + value);
    }
    return value.getAsString();
  }

  /** A domain name member: it must end with a dot and be a name (the simulator's own text). */
  String fqdn(String name) {
    String value = string(name);
    if (value == null) {
      throw DesignateRefusal.valueError("Field `" + name + "' cannot be None");
    }
    if (!value.endsWith(".")) {
      throw DesignateRefusal.valueError("Domain " + value + " does not end with a dot");
    }
    if (value.length() <= MAX_NAME
        && !RecordData.domain(value.startsWith("*.") ? value.substring(2) : value)) {
      throw DesignateRefusal.valueError("Domain " + value + " is not a valid domain name");
    }
    return value;
  }

  /** The TTL, null when absent or JSON null (the zone's then). */
  Integer ttl() {
    JsonElement value = body.get("ttl");
    if (value == null || value.isJsonNull()) {
      return null;
    }
    if (!value.isJsonPrimitive()
        || !value.getAsJsonPrimitive().isNumber()
        || !value.getAsString().matches("-?[0-9]{1,12}")) {
      throw DesignateRefusal.valueError("Value " + value + " is not an integer for field ttl");
    }
    long ttl = Long.parseLong(value.getAsString());
    if (ttl < 0) {
      throw DesignateRefusal.valueError("Value must be >= 0 for field ttl");
    }
    if (ttl > MAX_TTL) {
      throw DesignateRefusal.valueError("Value too high for ttl");
    }
    return (int) ttl;
  }

  /** The description, null when absent or JSON null; at most 160 characters. */
  String description() {
    String value = string("description");
    if (value != null && value.length() > MAX_DESCRIPTION) {
      throw DesignateRefusal.valueError("Value too long for description");
    }
    return value;
  }

  /** The record strings, as given. */
  List<String> records() {
    JsonElement value = body.get("records");
    if (!(value instanceof JsonArray array)) {
      throw DesignateRefusal.validation(
          List.of(
              new DesignateRefusal.Violation(
                  List.of("records"),
                  value + " is not of type 'array'",
                  "type",
                  List.of("array"))));
    }
    List<String> records = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonElement record = array.get(i);
      if (!record.isJsonPrimitive() || !record.getAsJsonPrimitive().isString()) {
        throw DesignateRefusal.validation(
            List.of(
                new DesignateRefusal.Violation(
                    List.of("records", i),
                    record + " is not of type 'string'",
                    "type",
                    List.of("string"))));
      }
      records.add(record.getAsString());
    }
    return records;
  }
}
