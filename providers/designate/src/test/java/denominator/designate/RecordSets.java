package denominator.designate;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The record-set endpoints of the simulated Designate under {@code /v2/zones/{zone_id}/recordsets}
 * (wire page, section 4): list with filters and marker paging, get, create (202 PENDING, 201 when
 * empty), update (202 when records or TTL change, 200 otherwise), delete (202, gone at once), with
 * Designate's checks in its order: the body, the zone, quotas, placement, duplicates. Every write
 * touches the zone. Not thread-safe: the simulator calls it under its lock.
 */
final class RecordSets {
  private static final Set<String> KEYS = Set.of("name", "type", "records", "ttl", "description");
  private static final Set<String> FILTERS =
      Set.of("name", "type", "ttl", "data", "status", "description");
  private static final Pattern SRV_NAME = Pattern.compile("_[^.]+\\._[^.]+\\..+");

  private final DesignateService service;
  private final Stamps stamps;
  private final Quotas quotas;

  RecordSets(DesignateService service, Stamps stamps, Quotas quotas) {
    this.service = service;
    this.stamps = stamps;
    this.quotas = quotas;
  }

  /** Writes the managed apex SOA, then NS, of a new zone: PENDING CREATE, TTL null. */
  void writeManaged(SimulatedZone zone) {
    add(zone, zone.name(), "SOA", List.of(zone.soa()), true, null, null);
    add(zone, zone.name(), "NS", SimulatedZone.NAME_SERVERS, true, null, null);
  }

  private SimulatedRecordSet add(
      SimulatedZone zone,
      String name,
      String type,
      List<String> data,
      boolean managed,
      Integer ttl,
      String description) {
    List<SimulatedRecordSet.Record> records = new ArrayList<>();
    for (String value : data) {
      records.add(new SimulatedRecordSet.Record(value, "PENDING", "CREATE", zone.serial()));
    }
    SimulatedRecordSet set =
        new SimulatedRecordSet(
            stamps.uuid(), zone, name, type, managed, stamps.created(), records, ttl, description);
    zone.recordSets().put(set.id(), set);
    return set;
  }

  JsonObject list(DesignateService.Call call, SimulatedZone zone, int defaultLimit) {
    MarkerPaging paging =
        new MarkerPaging(call.url(), defaultLimit, quotas.maxPageLimit(), FILTERS);
    Map<String, Function<SimulatedRecordSet, List<String>>> fields =
        Map.of(
            "name", set -> List.of(set.name()),
            "type", set -> List.of(set.type()),
            "ttl", set -> set.ttl() == null ? List.of() : List.of(set.ttl().toString()),
            "data", SimulatedRecordSet::data,
            "status", set -> List.of(set.status()),
            "description", set -> DesignateService.nullable(set.description()));
    return paging.page(
        "recordsets",
        zone.inOrder(),
        SimulatedRecordSet::id,
        fields,
        Map.of(
            "name", Comparator.comparing(SimulatedRecordSet::name),
            "type", Comparator.comparing(SimulatedRecordSet::type)),
        set -> set.toJson(call.base()));
  }

  JsonObject get(DesignateService.Call call, SimulatedZone zone) {
    return find(call, zone).toJson(call.base());
  }

  JsonObject create(DesignateService.Call call, SimulatedZone zone, DesignateService.Reply reply) {
    Fields body =
        Fields.parse(call.body(), KEYS, "recordset")
            .require("name")
            .require("type")
            .require("records");
    String name = body.fqdn("name");
    String type = type(body.string("type"));
    Integer ttl = body.ttl();
    quotas.checkTtl(ttl);
    String description = body.description();
    List<String> records = body.records();
    RecordData.check(type, records);
    if (type.equals("SOA")) {
      throw DesignateRefusal.badRequest("Creating a SOA recordset is not allowed");
    }
    if (zone.deleting()) {
      throw DesignateRefusal.deletingZone();
    }
    if (zone.recordSets().size() >= quotas.zoneRecordSets()) {
      throw DesignateRefusal.overQuota("zone_recordsets");
    }
    checkPlacement(zone, name, type);
    checkRecords(zone, type, records, 0);
    for (SimulatedRecordSet other : zone.recordSets().values()) {
      if (other.name().equalsIgnoreCase(name) && other.type().equals(type)) {
        throw DesignateRefusal.of(409, "duplicate_recordset", "Duplicate RecordSet");
      }
    }
    // an empty set changes nothing in DNS: created ACTIVE at once, the zone untouched
    if (!records.isEmpty()) {
      zone.touch(stamps.now());
    }
    SimulatedRecordSet set = add(zone, name, type, records, false, ttl, description);
    reply.status = records.isEmpty() ? 201 : 202;
    JsonObject json = set.toJson(call.base());
    reply.location = json.getAsJsonObject("links").get("self").getAsString();
    return json;
  }

  JsonObject update(DesignateService.Call call, SimulatedZone zone, DesignateService.Reply reply) {
    SimulatedRecordSet set = find(call, zone);
    Fields body = Fields.parse(call.body(), KEYS, "recordset");
    unchanged(body, "name", set.name());
    unchanged(body, "type", set.type());
    Integer ttl = body.has("ttl") ? body.ttl() : set.ttl();
    quotas.checkTtl(body.has("ttl") ? ttl : null);
    String description = body.has("description") ? body.description() : set.description();
    List<String> data = body.has("records") ? body.records() : set.data();
    RecordData.check(set.type(), data);
    if (set.managed()) {
      throw DesignateRefusal.badRequest(
          set.type().equals("SOA")
              ? "Updating SOA recordsets is not allowed"
              : "Managed records may not be updated");
    }
    if (zone.deleting()) {
      throw DesignateRefusal.deletingZone();
    }
    checkRecords(zone, set.type(), data, set.records().size());
    boolean changed =
        !new HashSet<>(data).equals(new HashSet<>(set.data())) || !Objects.equals(ttl, set.ttl());
    Instant now = stamps.now();
    if (!changed) {
      set.update(set.records(), ttl, description, now);
      reply.status = 200;
      return set.toJson(call.base());
    }
    zone.touch(now);
    List<SimulatedRecordSet.Record> records = new ArrayList<>();
    for (String value : data) {
      // every record of a changed set is rewritten with the zone's new serial (ASSUMPTION)
      records.add(new SimulatedRecordSet.Record(value, "PENDING", "UPDATE", zone.serial()));
    }
    set.update(records, ttl, description, now);
    reply.status = 202;
    return set.toJson(call.base());
  }

  JsonObject delete(DesignateService.Call call, SimulatedZone zone, DesignateService.Reply reply) {
    SimulatedRecordSet set = find(call, zone);
    if (set.managed()) {
      throw DesignateRefusal.badRequest(
          set.type().equals("SOA")
              ? "Deleting a SOA recordset is not allowed"
              : "Managed records may not be deleted");
    }
    if (zone.deleting()) {
      throw DesignateRefusal.deletingZone();
    }
    zone.recordSets().remove(set.id());
    Instant now = stamps.now();
    zone.touch(now);
    List<SimulatedRecordSet.Record> deleted = new ArrayList<>();
    for (SimulatedRecordSet.Record record : set.records()) {
      deleted.add(new SimulatedRecordSet.Record(record.data(), "PENDING", "DELETE", zone.serial()));
    }
    set.update(deleted, set.ttl(), set.description(), now);
    reply.status = 202;
    return set.toJson(call.base());
  }

  private SimulatedRecordSet find(DesignateService.Call call, SimulatedZone zone) {
    String id = call.path().get(4);
    if (!DesignateService.UUID.matcher(id).matches()) {
      throw DesignateRefusal.notFound();
    }
    SimulatedRecordSet set = zone.recordSets().get(id.toLowerCase(Locale.ROOT));
    if (set == null) {
      throw DesignateRefusal.recordSetNotFound();
    }
    return set;
  }

  private static String type(String type) {
    if (type == null || !RecordData.SUPPORTED.contains(type)) {
      throw DesignateRefusal.invalidObject("'" + type + "' is not a supported record type");
    }
    return type;
  }

  // a name or type may be repeated unchanged on update, never changed (the text is ASSUMPTION)
  private static void unchanged(Fields body, String field, String stored) {
    String given = body.string(field);
    if (given != null && !given.equalsIgnoreCase(stored)) {
      throw DesignateRefusal.valueError(
          "Field "
              + field
              + " of a recordset can not be changed: "
              + given
              + " (is "
              + stored
              + ")");
    }
  }

  private void checkPlacement(SimulatedZone zone, String name, String type) {
    if (name.length() > Fields.MAX_NAME) {
      throw DesignateRefusal.of(400, "invalid_recordset_name", "Name too long");
    }
    if (!zone.contains(name)) {
      throw DesignateRefusal.recordSetLocation(
          "RecordSet is not contained within it's parent zone");
    }
    service
        .childHolding(zone, name)
        .ifPresent(
            child -> {
              throw DesignateRefusal.recordSetLocation(
                  "RecordSet belongs in a child zone: " + child.name());
            });
    if (type.equals("SRV") && !SRV_NAME.matcher(name).matches()) {
      throw DesignateRefusal.validation(
          List.of(
              new DesignateRefusal.Violation(
                  List.of("name"),
                  "'" + name + "' is not a 'srvname'",
                  "format",
                  List.of("srvname"))));
    }
    if (type.equals("NS") && name.startsWith("*")) {
      throw DesignateRefusal.of(
          400, "invalid_recordset_name", "NS recordsets may not have a wildcard name: " + name);
    }
    if (type.equals("CNAME") && name.equalsIgnoreCase(zone.name())) {
      throw DesignateRefusal.recordSetLocation(
          "CNAME recordsets may not be created at the zone apex");
    }
    for (SimulatedRecordSet other : zone.recordSets().values()) {
      boolean sameName = other.name().equalsIgnoreCase(name);
      boolean oneIsCname = type.equals("CNAME") || other.type().equals("CNAME");
      if (sameName && oneIsCname && !other.type().equals(type)) {
        throw DesignateRefusal.recordSetLocation(
            "CNAME recordsets may not share a name with any other records");
      }
    }
  }

  // CNAME's single record, the record quotas (the set's old records replaced), repeated strings
  private void checkRecords(SimulatedZone zone, String type, List<String> records, int replaced) {
    if (type.equals("CNAME") && records.size() > 1) {
      throw DesignateRefusal.badRequest("CNAME recordsets may not have more than 1 record");
    }
    if (records.size() > quotas.recordSetRecords()) {
      throw DesignateRefusal.overQuota("recordset_records");
    }
    if (zone.unmanagedRecords() - replaced + records.size() > quotas.zoneRecords()) {
      throw DesignateRefusal.overQuota("zone_records");
    }
    if (new HashSet<>(records).size() < records.size()) {
      throw DesignateRefusal.of(409, "duplicate_record", "Duplicate Record");
    }
  }
}
