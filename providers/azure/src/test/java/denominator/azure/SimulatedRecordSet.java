package denominator.azure;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Comparator;
import java.util.Locale;

/**
 * One record set of a simulated zone as Azure DNS stores it (wire page, section 5): its name
 * relative to the zone ({@code @} the apex), type, TTL, metadata, alias target or records (or
 * neither: an empty set) and the etag of its last write.
 *
 * @param name relative name as first written, {@code @} for the apex
 * @param type upper-case record type
 * @param ttl {@code TTL}
 * @param metadata string to string, empty when none
 * @param targetResource the alias target's resource id, or null
 * @param records the type's record property (an array, or the object of CNAME and SOA), or null
 * @param etag a UUID, renewed by every write
 */
record SimulatedRecordSet(
    String name,
    String type,
    long ttl,
    JsonObject metadata,
    String targetResource,
    JsonElement records,
    String etag) {

  /** Apex first, then by name (ignoring case), then by type: the simulator's list order. */
  static final Comparator<SimulatedRecordSet> ORDER =
      Comparator.comparing((SimulatedRecordSet set) -> !set.name().equals("@"))
          .thenComparing(set -> set.name().toLowerCase(Locale.ROOT))
          .thenComparing(SimulatedRecordSet::type);

  /** The key of a name and type in a zone's map: case does not matter in names. */
  static String key(String name, String type) {
    return name.toLowerCase(Locale.ROOT) + " " + type;
  }

  String key() {
    return key(name, type);
  }

  /** The {@code $skipToken} text of this set: its name then its type, as in {@code @SOA}. */
  String skipKey() {
    return name + type;
  }

  /** The set as GET and PUT answer it and lists hold it. */
  JsonObject toJson(String zoneId, String zoneName) {
    JsonObject json = new JsonObject();
    json.addProperty("id", zoneId + "/" + type + "/" + name);
    json.addProperty("name", name);
    json.addProperty("type", "Microsoft.Network/dnszones/" + type);
    json.addProperty("etag", etag);
    JsonObject properties = new JsonObject();
    if (metadata.size() > 0) {
      properties.add("metadata", metadata.deepCopy());
    }
    properties.addProperty("TTL", ttl);
    properties.addProperty("fqdn", (name.equals("@") ? "" : name + ".") + zoneName + ".");
    properties.addProperty("provisioningState", "Succeeded");
    properties.add("targetResource", target());
    if (records != null) {
      properties.add(RecordData.PROPERTIES.get(type), records.deepCopy());
    }
    json.add("properties", properties);
    return json;
  }

  /** What another tool controls, as JSON: metadata, TTL, alias target and records. */
  String state() {
    JsonObject state = new JsonObject();
    state.add("metadata", metadata.deepCopy());
    state.addProperty("TTL", ttl);
    state.add("targetResource", target());
    if (records != null) {
      state.add(RecordData.PROPERTIES.get(type), records.deepCopy());
    }
    return state.toString();
  }

  private JsonObject target() {
    JsonObject target = new JsonObject();
    if (targetResource != null) {
      target.addProperty("id", targetResource);
    }
    return target;
  }
}
