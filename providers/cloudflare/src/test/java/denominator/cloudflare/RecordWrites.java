package denominator.cloudflare;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Record creates, patches, overwrites and deletes as the simulated Cloudflare applies them (wire
 * page, sections 6 to 8), each on a given map of a zone's records: the live one for the single
 * endpoints, a batch's copy for {@code /batch}. Each checks its record's fields and values, then
 * the conflicts with the records as they stand at that moment, and applies itself only when all
 * hold.
 */
final class RecordWrites {
  private final Supplier<String> ids;
  private final Supplier<String> now;
  private final int minTtl;
  private final int tagQuota;

  RecordWrites(Supplier<String> ids, Supplier<String> now, int minTtl, int tagQuota) {
    this.ids = ids;
    this.now = now;
    this.minTtl = minTtl;
    this.tagQuota = tagQuota;
  }

  /** {@code POST dns_records}: a new record from {@code input}, fields absent at defaults. */
  JsonObject create(SimulatedZone zone, Map<String, JsonObject> records, JsonObject input) {
    String time = now.get();
    return store(zone, records, build(zone, null, input, ids.get(), time, time));
  }

  /** {@code PATCH dns_records/{id}}: the fields of {@code input} replace the stored ones. */
  JsonObject patch(
      SimulatedZone zone, Map<String, JsonObject> records, String id, JsonObject input) {
    JsonObject stored = existing(records, id);
    return store(
        zone,
        records,
        build(zone, stored, input, id, stored.get("created_on").getAsString(), now.get()));
  }

  /** {@code PUT dns_records/{id}}: {@code input} overwrites the record, absent fields default. */
  JsonObject put(SimulatedZone zone, Map<String, JsonObject> records, String id, JsonObject input) {
    JsonObject stored = existing(records, id);
    JsonObject typeOnly = new JsonObject();
    typeOnly.add("type", stored.get("type"));
    JsonObject record =
        build(zone, null, input, id, stored.get("created_on").getAsString(), now.get());
    sameType(typeOnly, record.get("type").getAsString());
    return store(zone, records, record);
  }

  /** {@code DELETE dns_records/{id}}: removes the record, giving it as it was. */
  JsonObject delete(Map<String, JsonObject> records, String id) {
    JsonObject removed = records.remove(id);
    if (removed == null) {
      throw CloudflareRefusal.recordMissing();
    }
    return removed;
  }

  private static JsonObject existing(Map<String, JsonObject> records, String id) {
    JsonObject stored = records.get(id);
    if (stored == null) {
      throw CloudflareRefusal.recordMissing();
    }
    return stored;
  }

  private static JsonObject store(
      SimulatedZone zone, Map<String, JsonObject> records, JsonObject record) {
    Conflicts.check(zone.name(), records, record);
    records.put(record.get("id").getAsString(), record);
    return record.deepCopy();
  }

  /**
   * The record {@code input} makes over {@code base} (the stored record for a patch, null for a
   * create or an overwrite), in the field order of the wire page.
   */
  private JsonObject build(
      SimulatedZone zone,
      JsonObject base,
      JsonObject input,
      String id,
      String createdOn,
      String modifiedOn) {
    String type =
        RecordRules.upper(
            text(input.has("type") || base == null ? input : base, "type", "type is required"));
    if (base != null) {
      sameType(base, type);
    }
    if (!RecordRules.TYPES.contains(type)) {
      throw CloudflareRefusal.invalid("unsupported record type: " + type);
    }
    String name =
        Names.recordName(
            text(input.has("name") || base == null ? input : base, "name", "name is required"),
            zone.name());
    String content =
        input.has("content")
            ? text(input, "content", null)
            : base != null && base.has("content") ? base.get("content").getAsString() : null;
    JsonObject data = data(input, base);
    JsonElement priority =
        input.has("priority") ? input.get("priority") : base == null ? null : base.get("priority");
    RecordRules.Values values = RecordRules.values(type, content, data, priority);
    boolean proxied = proxied(input, base, type);
    int ttl = proxied ? 1 : ttl(field(input, base, "ttl"));

    JsonObject record = new JsonObject();
    record.addProperty("id", id);
    record.addProperty("zone_id", zone.id());
    record.addProperty("zone_name", zone.name());
    record.addProperty("name", name);
    record.addProperty("type", type);
    record.addProperty("content", values.content());
    if (values.priority() != null) {
      record.addProperty("priority", values.priority());
    }
    if (values.data() != null) {
      record.add("data", values.data());
    }
    record.addProperty("proxiable", RecordRules.PROXIABLE.contains(type));
    record.addProperty("proxied", proxied);
    record.addProperty("ttl", ttl);
    record.add("settings", settings(field(input, base, "settings")));
    record.add("meta", new JsonObject());
    record.add("comment", comment(field(input, base, "comment")));
    record.add("tags", tags(field(input, base, "tags")));
    record.addProperty("created_on", createdOn);
    record.addProperty("modified_on", modifiedOn);
    return record;
  }

  private static void sameType(JsonObject base, String type) {
    String stored = base.get("type").getAsString();
    if (!stored.equals(type)) {
      throw CloudflareRefusal.invalid(
          "type cannot change from " + stored + " to " + type + " (delete and create instead)");
    }
  }

  /** The {@code data} a write means: sent, or none when new content is sent, or the stored. */
  private static JsonObject data(JsonObject input, JsonObject base) {
    if (input.has("data") && !input.get("data").isJsonNull()) {
      if (!input.get("data").isJsonObject()) {
        throw CloudflareRefusal.invalid("data " + input.get("data") + " is not an object");
      }
      return input.getAsJsonObject("data");
    }
    if (input.has("content") || base == null || !base.has("data")) {
      return null;
    }
    return base.getAsJsonObject("data");
  }

  private static JsonElement field(JsonObject input, JsonObject base, String name) {
    if (input.has(name)) {
      return input.get(name);
    }
    return base == null ? null : base.get(name);
  }

  private static boolean proxied(JsonObject input, JsonObject base, String type) {
    JsonElement value = field(input, base, "proxied");
    if (value == null || value.isJsonNull()) {
      return false;
    }
    if (!(value instanceof JsonPrimitive primitive) || !primitive.isBoolean()) {
      throw CloudflareRefusal.invalid("proxied " + value + " is not a boolean");
    }
    if (value.getAsBoolean() && !RecordRules.PROXIABLE.contains(type)) {
      throw CloudflareRefusal.invalid(type + " records cannot be proxied");
    }
    return value.getAsBoolean();
  }

  private int ttl(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return 1;
    }
    int ttl = RecordRules.number("ttl", value, Integer.MAX_VALUE);
    if (ttl != 1 && (ttl < minTtl || ttl > 86400)) {
      throw CloudflareRefusal.invalid(
          "ttl " + ttl + " must be 1 (automatic) or between " + minTtl + " and 86400");
    }
    return ttl;
  }

  private static JsonObject settings(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return new JsonObject();
    }
    if (!value.isJsonObject()) {
      throw CloudflareRefusal.invalid("settings " + value + " is not an object");
    }
    return value.getAsJsonObject().deepCopy();
  }

  private static JsonElement comment(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return JsonNull.INSTANCE;
    }
    if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
      throw CloudflareRefusal.invalid("comment " + value + " is not a string");
    }
    if (value.getAsString().length() > 100) {
      throw CloudflareRefusal.invalid(
          "comment of " + value.getAsString().length() + " characters is longer than 100");
    }
    return value;
  }

  private JsonArray tags(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return new JsonArray();
    }
    if (!value.isJsonArray()) {
      throw CloudflareRefusal.invalid("tags " + value + " is not an array");
    }
    JsonArray tags = value.getAsJsonArray();
    for (JsonElement tag : tags) {
      if (!(tag instanceof JsonPrimitive primitive) || !primitive.isString()) {
        throw CloudflareRefusal.invalid("tag " + tag + " is not a string");
      }
    }
    if (tags.size() > tagQuota) {
      throw CloudflareRefusal.tagQuota(tags.size(), tagQuota);
    }
    return tags.deepCopy();
  }

  private static String text(JsonObject in, String field, String absent) {
    JsonElement value = in.get(field);
    if (value == null || value.isJsonNull()) {
      if (absent == null) {
        return null;
      }
      throw CloudflareRefusal.invalid(absent);
    }
    if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
      throw CloudflareRefusal.invalid(field + " " + value + " is not a string");
    }
    return value.getAsString();
  }

  /** The checks between one record and the others at its name (wire page, section 7). */
  private static final class Conflicts {
    private Conflicts() {}

    static void check(String zone, Map<String, JsonObject> records, JsonObject record) {
      String id = record.get("id").getAsString();
      String name = record.get("name").getAsString();
      String type = record.get("type").getAsString();
      for (JsonObject other : records.values()) {
        if (other.get("id").getAsString().equals(id)
            || !other.get("name").getAsString().equals(name)) {
          continue;
        }
        String otherType = other.get("type").getAsString();
        if (otherType.equals(type)
            && other.get("content").equals(record.get("content"))
            && Objects.equals(other.get("priority"), record.get("priority"))) {
          throw CloudflareRefusal.identicalRecord();
        }
        if (type.equals("CNAME")) {
          throw CloudflareRefusal.hostTaken();
        }
        if (otherType.equals("CNAME")) {
          throw CloudflareRefusal.cnameTaken();
        }
        if (!name.equals(zone) && type.equals("NS") != otherType.equals("NS")) {
          throw CloudflareRefusal.nsTaken();
        }
      }
    }
  }
}
