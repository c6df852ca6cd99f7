package denominator.cloudflare;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One zone of the simulated Cloudflare: its fields, its SOA settings ({@code dns_settings}) and its
 * records by id in creation order, each kept as the JSON object every answer shows. A batch works
 * on a {@link #copy} and commits it with {@link #replaceRecords}.
 */
final class SimulatedZone {
  static final List<String> NAME_SERVERS =
      List.of("ada.ns.cloudflare.com", "bob.ns.cloudflare.com");

  private final String id;
  private final String name;
  private final String accountId;
  private final String createdOn;
  private final JsonObject soa;
  private Map<String, JsonObject> records = new LinkedHashMap<>();

  SimulatedZone(String id, String name, String accountId, String createdOn) {
    this.id = id;
    this.name = name;
    this.accountId = accountId;
    this.createdOn = createdOn;
    this.soa = new JsonObject();
    soa.add("mname", JsonNull.INSTANCE);
    soa.addProperty("rname", "dns.cloudflare.com");
    soa.addProperty("refresh", 10000);
    soa.addProperty("retry", 2400);
    soa.addProperty("expire", 604800);
    soa.addProperty("min_ttl", 1800);
    soa.addProperty("ttl", 3600);
  }

  String id() {
    return id;
  }

  String name() {
    return name;
  }

  /** The stored records by id, in creation order: callers may change it. */
  Map<String, JsonObject> records() {
    return records;
  }

  /** The records sorted as listings give them: by name, then type, then creation. */
  List<JsonObject> sorted() {
    List<JsonObject> sorted = new ArrayList<>(records.values());
    sorted.sort(
        Comparator.comparing((JsonObject r) -> r.get("name").getAsString())
            .thenComparing(r -> r.get("type").getAsString()));
    return sorted;
  }

  /** A copy of the records (each a deep copy) for a batch to change. */
  Map<String, JsonObject> copy() {
    Map<String, JsonObject> copy = new LinkedHashMap<>();
    records.forEach((recordId, record) -> copy.put(recordId, record.deepCopy()));
    return copy;
  }

  void replaceRecords(Map<String, JsonObject> committed) {
    this.records = committed;
  }

  JsonObject soa() {
    return soa;
  }

  /** The zone object of the wire page, section 5. */
  JsonObject toJson() {
    JsonObject zone = new JsonObject();
    zone.addProperty("id", id);
    zone.addProperty("name", name);
    zone.addProperty("status", "pending");
    zone.addProperty("paused", false);
    zone.addProperty("type", "full");
    zone.addProperty("development_mode", 0);
    JsonArray nameServers = new JsonArray();
    NAME_SERVERS.forEach(nameServers::add);
    zone.add("name_servers", nameServers);
    zone.add("original_name_servers", JsonNull.INSTANCE);
    zone.add("original_registrar", JsonNull.INSTANCE);
    zone.add("original_dnshost", JsonNull.INSTANCE);
    zone.addProperty("created_on", createdOn);
    zone.addProperty("modified_on", createdOn);
    zone.add("activated_on", JsonNull.INSTANCE);
    zone.add("meta", new JsonObject());
    JsonObject owner = new JsonObject();
    owner.add("id", JsonNull.INSTANCE);
    owner.addProperty("type", "user");
    owner.add("email", JsonNull.INSTANCE);
    zone.add("owner", owner);
    JsonObject account = new JsonObject();
    account.addProperty("id", accountId);
    account.addProperty("name", "Denominator");
    zone.add("account", account);
    zone.add("permissions", new JsonArray());
    JsonObject plan = new JsonObject();
    plan.addProperty("id", "0feeeeeeeeeeeeeeeeeeeeeeeeeeeeee");
    plan.addProperty("name", "Free Website");
    zone.add("plan", plan);
    return zone;
  }

  /** The {@code dns_settings} object: the SOA and Cloudflare's other settings at defaults. */
  JsonObject settingsJson() {
    JsonObject settings = new JsonObject();
    settings.add("soa", soa.deepCopy());
    settings.addProperty("flatten_all_cnames", false);
    settings.addProperty("foundation_dns", false);
    settings.addProperty("multi_provider", false);
    settings.addProperty("ns_ttl", 86400);
    settings.addProperty("secondary_overrides", false);
    settings.addProperty("zone_mode", "standard");
    return settings;
  }
}
