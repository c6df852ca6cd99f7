package denominator.clouddns;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Locale;

/**
 * One record of a simulated domain: Cloud DNS stores one record per value, with an id {@code
 * <TYPE>-<number>} (wire page, section 7). Name and type are fixed; data, ttl, priority and comment
 * change on update. Not thread-safe: the simulator calls it under its lock.
 */
final class SimulatedRecord {
  private final String id;
  private final String name;
  private final String type;
  private final Instant created;
  private String data;
  private int ttl;
  private Integer priority;
  private String comment;
  private Instant updated;

  SimulatedRecord(
      String id,
      String name,
      String type,
      String data,
      int ttl,
      Integer priority,
      String comment,
      Instant now) {
    this.id = id;
    this.name = name;
    this.type = type;
    this.data = data;
    this.ttl = ttl;
    this.priority = priority;
    this.comment = comment;
    this.created = now;
    this.updated = now;
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

  String data() {
    return data;
  }

  Integer priority() {
    return priority;
  }

  /** Changes what is given (null: kept). */
  void update(String data, Integer ttl, Integer priority, String comment, Instant now) {
    if (data != null) {
      this.data = data;
    }
    if (ttl != null) {
      this.ttl = ttl;
    }
    if (priority != null) {
      this.priority = priority;
    }
    if (comment != null) {
      this.comment = comment;
    }
    this.updated = now;
  }

  /**
   * What makes two records the same to the service: name, type, data, and the priority of MX and
   * SRV (an SRV's weight, port and target are in its data).
   */
  String identity() {
    return identity(name, type, data, priority);
  }

  static String identity(String name, String type, String data, Integer priority) {
    String key = name.toLowerCase(Locale.ROOT) + " " + type + " " + data;
    return type.equals("MX") || type.equals("SRV") ? key + " " + priority : key;
  }

  /** The record object of every answer. */
  JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.addProperty("name", name);
    json.addProperty("id", id);
    json.addProperty("type", type);
    json.addProperty("data", data);
    json.addProperty("ttl", ttl);
    if (priority != null) {
      json.addProperty("priority", priority);
    }
    if (comment != null) {
      json.addProperty("comment", comment);
    }
    json.addProperty("created", Stamps.cloudDns(created));
    json.addProperty("updated", Stamps.cloudDns(updated));
    return json;
  }

  /** What another tool controls, for {@code stateOf}: the record without id and times. */
  JsonObject state() {
    JsonObject json = toJson();
    json.remove("id");
    json.remove("name");
    json.remove("type");
    json.remove("created");
    json.remove("updated");
    return json;
  }
}
