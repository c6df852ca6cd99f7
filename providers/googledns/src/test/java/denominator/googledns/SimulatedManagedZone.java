package denominator.googledns;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One managed zone of the simulated Cloud DNS: its fields, its rrsets sorted by name and type, the
 * changes made to it (change {@code "0"} wrote the apex SOA and NS) and the client operation ids
 * those changes were made under.
 */
final class SimulatedManagedZone {
  /** The name servers of the simulator's only shard, {@code a}; also the apex NS rrdatas. */
  static final List<String> NAME_SERVERS =
      List.of(
          "ns-cloud-a1.googledomains.com.",
          "ns-cloud-a2.googledomains.com.",
          "ns-cloud-a3.googledomains.com.",
          "ns-cloud-a4.googledomains.com.");

  /** The apex SOA's only rrdata as the service writes it. */
  static final String SOA =
      "ns-cloud-a1.googledomains.com. cloud-dns-hostmaster.google.com. 1 21600 3600 259200 300";

  /** The TTL of the apex SOA and NS the service writes. */
  static final int APEX_TTL = 21600;

  private final String name;
  private final String dnsName;
  private final String description;
  private final String id;
  private final Instant creationTime;
  private NavigableMap<RrsetKey, JsonObject> rrsets = new TreeMap<>();
  private final List<SimulatedChange> changes = new ArrayList<>();
  private final Map<String, SimulatedChange> byOperationId = new HashMap<>();

  SimulatedManagedZone(
      String name, String dnsName, String description, String id, Instant creationTime) {
    this.name = name;
    this.dnsName = dnsName;
    this.description = description;
    this.id = id;
    this.creationTime = creationTime;
    JsonObject ns = apex("NS", NAME_SERVERS);
    JsonObject soa = apex("SOA", List.of(SOA));
    rrsets.put(key(ns), ns);
    rrsets.put(key(soa), soa);
    changes.add(new SimulatedChange("0", creationTime, List.of(ns, soa), List.of(), 0, null));
  }

  String name() {
    return name;
  }

  String dnsName() {
    return dnsName;
  }

  String id() {
    return id;
  }

  /** The rrsets, sorted; the map a change replaces whole when it commits. */
  NavigableMap<RrsetKey, JsonObject> rrsets() {
    return rrsets;
  }

  /** Replaces the rrsets with a change's result and records the change. */
  void commit(NavigableMap<RrsetKey, JsonObject> result, SimulatedChange change, String opId) {
    this.rrsets = result;
    changes.add(change);
    if (opId != null) {
      byOperationId.put(opId, change);
    }
  }

  String nextChangeId() {
    return Integer.toString(changes.size());
  }

  List<SimulatedChange> changes() {
    return changes;
  }

  Optional<SimulatedChange> change(String changeId) {
    return changes.stream().filter(change -> change.id().equals(changeId)).findFirst();
  }

  /** The change first made under this client operation id, if any. */
  Optional<SimulatedChange> changeByOperationId(String opId) {
    return Optional.ofNullable(byOperationId.get(opId));
  }

  /** Whether only the apex SOA and NS remain, so that the zone may be deleted. */
  boolean isEmpty() {
    return rrsets.keySet().stream()
        .allMatch(
            key -> isApex(key.name()) && (key.type().equals("SOA") || key.type().equals("NS")));
  }

  boolean isApex(String rrsetName) {
    return rrsetName.equalsIgnoreCase(dnsName);
  }

  static RrsetKey key(JsonObject rrset) {
    return RrsetKey.of(rrset.get("name").getAsString(), rrset.get("type").getAsString());
  }

  JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.addProperty("kind", "dns#managedZone");
    json.addProperty("name", name);
    json.addProperty("dnsName", dnsName);
    json.addProperty("description", description);
    json.addProperty("id", id);
    JsonArray servers = new JsonArray();
    NAME_SERVERS.forEach(servers::add);
    json.add("nameServers", servers);
    json.addProperty("creationTime", SimulatedChange.rfc3339(creationTime));
    json.addProperty("visibility", "public");
    return json;
  }

  private JsonObject apex(String type, List<String> rrdatas) {
    JsonObject rrset = new JsonObject();
    rrset.addProperty("kind", "dns#resourceRecordSet");
    rrset.addProperty("name", dnsName);
    rrset.addProperty("type", type);
    rrset.addProperty("ttl", APEX_TTL);
    JsonArray array = new JsonArray();
    rrdatas.forEach(array::add);
    rrset.add("rrdatas", array);
    return rrset;
  }
}
