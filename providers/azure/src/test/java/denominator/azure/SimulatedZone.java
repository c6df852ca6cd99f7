package denominator.azure;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One simulated Azure DNS zone (wire page, section 4): its name without the trailing dot, etag,
 * tags, the four name servers Azure assigned, its record sets by name and type, and the delete
 * operation running on it, if any. Not thread-safe: the simulator calls it under its lock.
 */
final class SimulatedZone {
  static final List<String> NAME_SERVERS =
      List.of(
          "ns1-01.azure-dns.com.",
          "ns2-01.azure-dns.net.",
          "ns3-01.azure-dns.org.",
          "ns4-01.azure-dns.info.");

  private final String id;
  private final String name;
  private String etag;
  private JsonObject tags;
  private final Map<String, SimulatedRecordSet> sets = new HashMap<>();
  private String deletion;

  SimulatedZone(String id, String name, String etag, JsonObject tags) {
    this.id = id;
    this.name = name;
    this.etag = etag;
    this.tags = tags;
  }

  String id() {
    return id;
  }

  String name() {
    return name;
  }

  String etag() {
    return etag;
  }

  /** A zone PUT on an existing zone: only tags change, and the etag. */
  void update(JsonObject tags, String etag) {
    this.tags = tags;
    this.etag = etag;
  }

  /** The id of the delete operation running on this zone, if one is. */
  Optional<String> deletion() {
    return Optional.ofNullable(deletion);
  }

  void deleting(String operationId) {
    this.deletion = operationId;
  }

  /** A failed delete leaves the zone as it was, writable again. */
  void deleteFailed() {
    this.deletion = null;
  }

  Optional<SimulatedRecordSet> get(String name, String type) {
    return Optional.ofNullable(sets.get(SimulatedRecordSet.key(name, type)));
  }

  void put(SimulatedRecordSet set) {
    sets.put(set.key(), set);
  }

  void remove(SimulatedRecordSet set) {
    sets.remove(set.key());
  }

  int size() {
    return sets.size();
  }

  /** Record sets at this name, any type. */
  List<SimulatedRecordSet> at(String name) {
    return inOrder().stream().filter(set -> set.name().equalsIgnoreCase(name)).toList();
  }

  List<SimulatedRecordSet> inOrder() {
    List<SimulatedRecordSet> ordered = new ArrayList<>(sets.values());
    ordered.sort(SimulatedRecordSet.ORDER);
    return ordered;
  }

  /** The zone as ARM answers it, every field in the page's order. */
  JsonObject toJson(int maxRecordSets) {
    JsonObject json = new JsonObject();
    json.addProperty("id", id);
    json.addProperty("name", name);
    json.addProperty("type", "Microsoft.Network/dnszones");
    json.addProperty("etag", etag);
    json.addProperty("location", "global");
    json.add("tags", tags.deepCopy());
    JsonObject properties = new JsonObject();
    properties.addProperty("maxNumberOfRecordSets", maxRecordSets);
    properties.add("maxNumberOfRecordsPerRecordSet", JsonNull.INSTANCE);
    JsonArray servers = new JsonArray();
    NAME_SERVERS.forEach(servers::add);
    properties.add("nameServers", servers);
    properties.addProperty("numberOfRecordSets", sets.size());
    properties.addProperty("zoneType", "Public");
    json.add("properties", properties);
    return json;
  }
}
