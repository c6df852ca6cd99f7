package denominator.designate;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One zone of the simulated Designate: its fields, its serial, its status and action, and its
 * record sets in creation order (which is Designate's {@code created_at, id} order, creation times
 * never repeating). Every write {@linkplain #touch touches} it: a new serial, PENDING, and the time
 * propagation counts from; {@link #settle} later makes it ACTIVE, or ERROR when told to fail.
 */
final class SimulatedZone {
  static final String POOL_ID = "794ccc2c-d751-44fe-b57f-8894c9f5c842";

  /** The pool's name servers: the apex NS records and the SOA's primary. */
  static final List<String> NAME_SERVERS = List.of("ns1.example.org.", "ns2.example.org.");

  private final String id;
  private final String projectId;
  private final String name;
  private final Instant createdAt;
  private final Map<String, SimulatedRecordSet> recordSets = new LinkedHashMap<>();
  private String email;
  private String description;
  private int ttl;
  private long serial;
  private String status = "PENDING";
  private String action = "CREATE";
  private int version = 1;
  private Instant updatedAt;
  private Instant lastWriteAt;
  private boolean failNext;

  SimulatedZone(
      String id,
      String projectId,
      String name,
      String email,
      String description,
      int ttl,
      Instant createdAt) {
    this.id = id;
    this.projectId = projectId;
    this.name = name;
    this.email = email;
    this.description = description;
    this.ttl = ttl;
    this.createdAt = createdAt;
    this.lastWriteAt = createdAt;
    this.serial = createdAt.getEpochSecond();
  }

  String id() {
    return id;
  }

  String projectId() {
    return projectId;
  }

  String name() {
    return name;
  }

  String email() {
    return email;
  }

  String description() {
    return description;
  }

  int ttl() {
    return ttl;
  }

  long serial() {
    return serial;
  }

  String status() {
    return status;
  }

  String action() {
    return action;
  }

  boolean deleting() {
    return action.equals("DELETE");
  }

  Map<String, SimulatedRecordSet> recordSets() {
    return recordSets;
  }

  /** Whether {@code fqdn} is this zone's name or below it, ignoring case. */
  boolean contains(String fqdn) {
    String lower = fqdn.toLowerCase(Locale.ROOT);
    String zone = name.toLowerCase(Locale.ROOT);
    return lower.equals(zone) || lower.endsWith("." + zone);
  }

  /** The apex SOA record string for the current serial and email. */
  String soa() {
    return NAME_SERVERS.get(0)
        + " "
        + email.replace('@', '.')
        + ". "
        + serial
        + " 3600 600 86400 3600";
  }

  /**
   * Counts a change made at {@code now}: serial = max(now, serial + 1), PENDING, action UPDATE
   * unless a create or delete is still pending, and the SOA rewritten PENDING with the new serial.
   */
  void touch(Instant now) {
    serial = Math.max(now.getEpochSecond(), serial + 1);
    if (!(status.equals("PENDING") && (action.equals("CREATE") || action.equals("DELETE")))) {
      action = "UPDATE";
    }
    status = "PENDING";
    version++;
    updatedAt = now;
    lastWriteAt = now;
    for (SimulatedRecordSet set : recordSets.values()) {
      if (set.type().equals("SOA")) {
        set.update(
            List.of(new SimulatedRecordSet.Record(soa(), "PENDING", "UPDATE", serial)),
            null,
            null,
            now);
      }
    }
  }

  /** Sets the fields a PATCH carries. */
  void patch(String newEmail, Integer newTtl, String newDescription, boolean hasDescription) {
    if (newEmail != null) {
      email = newEmail;
    }
    if (newTtl != null) {
      ttl = newTtl;
    }
    if (hasDescription) {
      description = newDescription;
    }
  }

  /** Marks the zone being deleted at {@code now}: gone after propagation. */
  void delete(Instant now) {
    action = "DELETE";
    status = "PENDING";
    updatedAt = now;
    lastWriteAt = now;
  }

  /** The next propagation marks the zone and its PENDING records ERROR instead of ACTIVE. */
  void failNextPropagation() {
    failNext = true;
  }

  /**
   * Propagates the writes when {@code delay} has passed since the last one: ACTIVE (action NONE)
   * for the zone and its PENDING or ERROR records, or ERROR when told to fail. Answers whether the
   * zone is now gone (a delete that propagated).
   */
  boolean settle(Instant now, Duration delay) {
    if (!status.equals("PENDING") || now.isBefore(lastWriteAt.plus(delay))) {
      return false;
    }
    if (failNext) {
      failNext = false;
      status = "ERROR";
      recordSets.values().forEach(set -> set.settle("ERROR"));
      return false;
    }
    if (action.equals("DELETE")) {
      return true;
    }
    status = "ACTIVE";
    action = "NONE";
    recordSets.values().forEach(set -> set.settle("ACTIVE"));
    return false;
  }

  /** The zone object; {@code base} is the DNS endpoint, e.g. {@code http://h:p/dns}. */
  JsonObject toJson(String base) {
    JsonObject json = new JsonObject();
    json.addProperty("id", id);
    json.addProperty("pool_id", POOL_ID);
    json.addProperty("project_id", projectId);
    json.addProperty("name", name);
    json.addProperty("email", email);
    SimulatedRecordSet.addNullable(json, "description", description);
    json.addProperty("ttl", ttl);
    json.addProperty("serial", serial);
    json.addProperty("status", status);
    json.addProperty("action", action);
    json.addProperty("version", version);
    json.add("attributes", new JsonObject());
    json.addProperty("type", "PRIMARY");
    json.add("masters", new JsonArray());
    json.addProperty("created_at", Stamps.designate(createdAt));
    SimulatedRecordSet.addNullable(
        json, "updated_at", updatedAt == null ? null : Stamps.designate(updatedAt));
    SimulatedRecordSet.addNullable(json, "transferred_at", null);
    JsonObject links = new JsonObject();
    links.addProperty("self", base + "/v2/zones/" + id);
    json.add("links", links);
    return json;
  }

  /** Non-managed records in the zone, for the {@code zone_records} quota. */
  int unmanagedRecords() {
    return recordSets.values().stream()
        .filter(set -> !set.managed())
        .mapToInt(set -> set.records().size())
        .sum();
  }

  List<SimulatedRecordSet> inOrder() {
    return new ArrayList<>(recordSets.values());
  }
}
