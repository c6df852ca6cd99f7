package denominator.designate;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One record set of the simulated Designate: name and type, its record strings each with the
 * status, action and serial of its last change, an optional TTL ({@code null}: the zone's) and
 * description. Its status is its records' worst; its action is derived from theirs as Designate
 * derives it. Managed sets (the apex SOA and NS Designate writes) refuse every change.
 */
final class SimulatedRecordSet {
  /**
   * One record: its presentation string and the state of its last change.
   *
   * @param data the string, stored verbatim
   * @param status {@code ACTIVE}, {@code PENDING} or {@code ERROR}
   * @param action {@code NONE}, {@code CREATE}, {@code UPDATE} or {@code DELETE}
   * @param serial the zone serial of its last change
   */
  record Record(String data, String status, String action, long serial) {
    Record settled(String newStatus) {
      return new Record(data, newStatus, newStatus.equals("ACTIVE") ? "NONE" : action, serial);
    }
  }

  private final String id;
  private final SimulatedZone zone;
  private final String name;
  private final String type;
  private final boolean managed;
  private final Instant createdAt;
  private List<Record> records;
  private Integer ttl;
  private String description;
  private int version = 1;
  private Instant updatedAt;

  SimulatedRecordSet(
      String id,
      SimulatedZone zone,
      String name,
      String type,
      boolean managed,
      Instant createdAt,
      List<Record> records,
      Integer ttl,
      String description) {
    this.id = id;
    this.zone = zone;
    this.name = name;
    this.type = type;
    this.managed = managed;
    this.createdAt = createdAt;
    this.records = List.copyOf(records);
    this.ttl = ttl;
    this.description = description;
  }

  String id() {
    return id;
  }

  String name() {
    return name;
  }

  String type() {
    return type;
  }

  boolean managed() {
    return managed;
  }

  Integer ttl() {
    return ttl;
  }

  String description() {
    return description;
  }

  List<Record> records() {
    return records;
  }

  List<String> data() {
    return records.stream().map(Record::data).toList();
  }

  /** Replaces the records, their TTL and description after a write at {@code at}. */
  void update(List<Record> newRecords, Integer newTtl, String newDescription, Instant at) {
    this.records = List.copyOf(newRecords);
    this.ttl = newTtl;
    this.description = newDescription;
    this.version++;
    this.updatedAt = at;
  }

  /** Every record moved to {@code status}; the set's records' actions cleared on ACTIVE. */
  void settle(String status) {
    List<Record> settled = new ArrayList<>();
    for (Record record : records) {
      settled.add(record.status().equals("ACTIVE") ? record : record.settled(status));
    }
    records = settled;
  }

  /** The worst of its records' statuses: ERROR, then PENDING, then ACTIVE; ACTIVE when none. */
  String status() {
    if (records.stream().anyMatch(record -> record.status().equals("ERROR"))) {
      return "ERROR";
    }
    return records.stream().anyMatch(record -> record.status().equals("PENDING"))
        ? "PENDING"
        : "ACTIVE";
  }

  /** CREATE or DELETE when all changed records say so, UPDATE for a mix or an update, else NONE. */
  String action() {
    long creates = count("CREATE");
    long deletes = count("DELETE");
    long updates = count("UPDATE");
    if (updates > 0 || (creates > 0 && deletes > 0)) {
      return "UPDATE";
    }
    return creates > 0 ? "CREATE" : deletes > 0 ? "DELETE" : "NONE";
  }

  private long count(String action) {
    return records.stream().filter(record -> record.action().equals(action)).count();
  }

  /** The recordset object; {@code base} is the DNS endpoint, e.g. {@code http://h:p/dns}. */
  JsonObject toJson(String base) {
    JsonObject json = new JsonObject();
    json.addProperty("id", id);
    json.addProperty("zone_id", zone.id());
    json.addProperty("project_id", zone.projectId());
    json.addProperty("name", name);
    json.addProperty("zone_name", zone.name());
    json.addProperty("type", type);
    JsonArray strings = new JsonArray();
    records.forEach(record -> strings.add(record.data()));
    json.add("records", strings);
    addNullable(json, "description", description);
    if (ttl == null) {
      json.add("ttl", JsonNull.INSTANCE);
    } else {
      json.addProperty("ttl", ttl);
    }
    json.addProperty("status", status());
    json.addProperty("action", action());
    json.addProperty("version", version);
    json.addProperty("created_at", Stamps.designate(createdAt));
    addNullable(json, "updated_at", updatedAt == null ? null : Stamps.designate(updatedAt));
    JsonObject links = new JsonObject();
    links.addProperty("self", base + "/v2/zones/" + zone.id() + "/recordsets/" + id);
    json.add("links", links);
    return json;
  }

  /**
   * What another tool controls, for comparing before and after a write: name, type, ttl,
   * description and the record strings sorted (their order is the server's); no id, status or time,
   * which a write renews.
   */
  String state() {
    JsonObject json = new JsonObject();
    json.addProperty("name", name);
    json.addProperty("type", type);
    if (ttl == null) {
      json.add("ttl", JsonNull.INSTANCE);
    } else {
      json.addProperty("ttl", ttl);
    }
    addNullable(json, "description", description);
    JsonArray strings = new JsonArray();
    data().stream().sorted().forEach(strings::add);
    json.add("records", strings);
    return json.toString();
  }

  static void addNullable(JsonObject json, String name, String value) {
    if (value == null) {
      json.add(name, JsonNull.INSTANCE);
    } else {
      json.addProperty(name, value);
    }
  }
}
