package denominator.clouddns;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One domain of the simulated account (wire page, section 5) and its records in id order, which is
 * creation order: the values of one set are not consecutive when written at different times. Not
 * thread-safe: the simulator calls it under its lock.
 */
final class SimulatedDomain {
  static final List<String> NAMESERVERS =
      List.of("dns1.stabletransit.com", "dns2.stabletransit.com");

  private final long id;
  private final String name;
  private final String accountId;
  private final Instant created;
  private final Map<String, SimulatedRecord> records = new LinkedHashMap<>();
  private String email;
  private int ttl;
  private String comment;
  private Instant updated;

  SimulatedDomain(
      long id, String name, String accountId, String email, int ttl, String comment, Instant now) {
    this.id = id;
    this.name = name;
    this.accountId = accountId;
    this.email = email;
    this.ttl = ttl;
    this.comment = comment;
    this.created = now;
    this.updated = now;
  }

  long id() {
    return id;
  }

  String name() {
    return name;
  }

  int ttl() {
    return ttl;
  }

  /** Whether {@code other} (a domain name) is this domain or below it. */
  boolean contains(String other) {
    return atOrBelow(other, name);
  }

  /** Whether {@code name} is {@code apex} or below it, case-insensitively. */
  static boolean atOrBelow(String name, String apex) {
    String lower = name.toLowerCase(Locale.ROOT);
    String top = apex.toLowerCase(Locale.ROOT);
    return lower.equals(top) || lower.endsWith("." + top);
  }

  List<SimulatedRecord> records() {
    return new ArrayList<>(records.values());
  }

  Optional<SimulatedRecord> record(String recordId) {
    return Optional.ofNullable(records.get(recordId));
  }

  void add(SimulatedRecord record) {
    records.put(record.id(), record);
  }

  void remove(String recordId) {
    records.remove(recordId);
  }

  /** Changes what is given (null: kept) and notes the change. */
  void update(String email, Integer ttl, String comment, Instant now) {
    if (email != null) {
      this.email = email;
    }
    if (ttl != null) {
      this.ttl = ttl;
    }
    if (comment != null) {
      this.comment = comment;
    }
    touch(now);
  }

  /** Notes a change of the domain or its records: the SOA serial follows it. */
  void touch(Instant now) {
    this.updated = now;
  }

  /** The SOA pseudo record a search of the apex SOA answers; its serial is the last change. */
  JsonObject soa(String soaId) {
    JsonObject json = new JsonObject();
    json.addProperty("name", name);
    json.addProperty("id", soaId);
    json.addProperty("type", "SOA");
    json.addProperty("data", "ns.rackspace.com " + email + " " + updated.getEpochSecond());
    json.addProperty("ttl", ttl);
    json.addProperty("created", Stamps.cloudDns(created));
    json.addProperty("updated", Stamps.cloudDns(updated));
    return json;
  }

  /** The entry of a domain listing: no {@code ttl}; {@code comment} only when set. */
  JsonObject toListJson() {
    JsonObject json = new JsonObject();
    json.addProperty("name", name);
    json.addProperty("id", id);
    if (accountId.matches("[0-9]{1,18}")) {
      json.addProperty("accountId", Long.parseLong(accountId));
    } else {
      json.addProperty("accountId", accountId);
    }
    json.addProperty("emailAddress", email);
    if (comment != null) {
      json.addProperty("comment", comment);
    }
    json.addProperty("created", Stamps.cloudDns(created));
    json.addProperty("updated", Stamps.cloudDns(updated));
    return json;
  }

  /** The answer of a get: the list entry with {@code ttl} and {@code nameservers}. */
  JsonObject toJson() {
    JsonObject json = toListJson();
    json.addProperty("ttl", ttl);
    JsonArray nameservers = new JsonArray();
    for (String nameserver : NAMESERVERS) {
      JsonObject entry = new JsonObject();
      entry.addProperty("name", nameserver);
      nameservers.add(entry);
    }
    json.add("nameservers", nameservers);
    return json;
  }
}
