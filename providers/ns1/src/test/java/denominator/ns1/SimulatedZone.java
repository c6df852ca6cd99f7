package denominator.ns1;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One zone of the simulated NS1: its fields (the SOA lives here, not in a record), a serial that
 * moves on every change of the zone or its records, and its records sorted by domain and type.
 */
final class SimulatedZone {
  /** The name servers NS1 assigns; also the answers of the apex NS it writes. */
  static final List<String> DNS_SERVERS =
      List.of(
          "dns1.p01.nsone.net", "dns2.p01.nsone.net", "dns3.p01.nsone.net", "dns4.p01.nsone.net");

  /** The zone fields a create or update may set, with their defaults. */
  static final Map<String, Object> DEFAULTS =
      Map.of(
          "ttl", 3600L,
          "nx_ttl", 3600L,
          "retry", 7200L,
          "refresh", 43200L,
          "expiry", 1209600L,
          "hostmaster", "hostmaster@nsone.net");

  private final String id;
  private final String name;
  private final JsonObject settings = new JsonObject();
  private final NavigableMap<SimulatedRecord.Key, SimulatedRecord> records = new TreeMap<>();
  private long serial;

  SimulatedZone(String id, String name, long serial) {
    this.id = id;
    this.name = name;
    this.serial = serial;
    DEFAULTS.forEach(
        (key, value) -> {
          if (value instanceof Long number) {
            settings.addProperty(key, number);
          } else {
            settings.addProperty(key, (String) value);
          }
        });
  }

  String name() {
    return name;
  }

  long ttl() {
    return settings.get("ttl").getAsLong();
  }

  /** Sets the zone fields a body carries; unknown fields are ignored, bad ones refused. */
  void update(JsonObject body) {
    for (String key : DEFAULTS.keySet()) {
      JsonElement value = body.get(key);
      if (value == null || value.isJsonNull()) {
        continue;
      }
      if (key.equals("hostmaster")) {
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
          throw Ns1Refusal.invalid("hostmaster: " + value + " is not a string");
        }
        settings.add(key, value);
      } else if (value.isJsonPrimitive() && value.getAsString().matches("\\d{1,10}")) {
        settings.addProperty(key, Long.parseLong(value.getAsString()));
      } else {
        throw Ns1Refusal.invalid(key + ": " + value + " is not a non-negative integer");
      }
    }
    changed();
  }

  /** Counts a change of the zone or one of its records. */
  void changed() {
    serial++;
  }

  NavigableMap<SimulatedRecord.Key, SimulatedRecord> records() {
    return records;
  }

  /** The zone object without {@code records}, as the zone list gives it. */
  JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.addProperty("id", id);
    json.addProperty("zone", name);
    settings.entrySet().forEach(entry -> json.add(entry.getKey(), entry.getValue()));
    json.addProperty("serial", serial);
    JsonArray servers = new JsonArray();
    DNS_SERVERS.forEach(servers::add);
    json.add("dns_servers", servers);
    JsonArray networks = new JsonArray();
    networks.add(0);
    json.add("networks", networks);
    JsonArray pools = new JsonArray();
    pools.add("p01");
    json.add("network_pools", pools);
    json.add("meta", new JsonObject());
    json.add("link", JsonNull.INSTANCE);
    json.addProperty("dnssec", false);
    JsonObject primary = new JsonObject();
    primary.addProperty("enabled", false);
    primary.add("secondaries", new JsonArray());
    json.add("primary", primary);
    return json;
  }

  /** The zone object with these record summaries. */
  JsonObject toJson(List<SimulatedRecord> page) {
    JsonObject json = toJson();
    JsonArray summaries = new JsonArray();
    page.forEach(record -> summaries.add(record.summary()));
    json.add("records", summaries);
    return json;
  }
}
