package denominator.clouddns;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The record endpoints of the simulated Cloud DNS (wire page, section 7): list and search with
 * paging, the apex SOA pseudo record, and the bulk add (all or nothing), update (all or nothing)
 * and delete (each id tried) as jobs; also the one-record get, update and delete of the API that
 * the provider does not use. Not thread-safe: the simulator calls it under its lock.
 */
final class RecordEndpoints {
  private final CloudDnsService service;
  private final Stamps stamps;
  private final Jobs jobs;
  private final int maxRecords;

  RecordEndpoints(CloudDnsService service, Stamps stamps, Jobs jobs, int maxRecords) {
    this.service = service;
    this.stamps = stamps;
    this.jobs = jobs;
    this.maxRecords = maxRecords;
  }

  /** {@code GET …/records}: every record in id order, or those of {@code type} (and name, data). */
  CloudDnsReply list(Call call, SimulatedDomain domain) {
    String type = call.url().queryParameter("type");
    String name = call.url().queryParameter("name");
    String data = call.url().queryParameter("data");
    OffsetPaging paging = new OffsetPaging(call.url());
    if (type == null && (name != null || data != null)) {
      throw CloudDnsFault.of(
          400,
          "The request could not be processed.",
          "type is required when filtering by name or data.");
    }
    if ("SOA".equalsIgnoreCase(type)) {
      List<JsonObject> soa =
          name == null || name.equalsIgnoreCase(domain.name())
              ? List.of(domain.soa("SOA-" + domain.id()))
              : List.of();
      return CloudDnsReply.of(200, paging.page("records", soa, json -> json, call.base()));
    }
    List<SimulatedRecord> found =
        domain.records().stream()
            .filter(record -> type == null || record.type().equalsIgnoreCase(type))
            .filter(record -> name == null || record.name().equalsIgnoreCase(name))
            .filter(record -> data == null || record.data().equalsIgnoreCase(data))
            .toList();
    return CloudDnsReply.of(
        200, paging.page("records", found, SimulatedRecord::toJson, call.base()));
  }

  /** {@code GET …/records/{recordId}}. */
  CloudDnsReply get(Call call, SimulatedDomain domain) {
    return domain
        .record(call.path().get(3))
        .map(record -> CloudDnsReply.of(200, record.toJson()))
        .orElseThrow(CloudDnsFault::notFound);
  }

  /** {@code POST …/records}: checked now, added by the job if no duplicate and within quota. */
  CloudDnsReply add(Call call, SimulatedDomain domain) {
    List<RecordRules.Addition> additions = RecordRules.additions(call.entities("records"), domain);
    long id = domain.id();
    return CloudDnsService.accepted(
        call, jobs.accept("POST", call.relative(), call.body(), () -> addNow(id, additions)));
  }

  private JsonObject addNow(long domainId, List<RecordRules.Addition> additions) {
    SimulatedDomain domain = current(domainId);
    Set<String> present = new HashSet<>();
    domain.records().forEach(record -> present.add(record.identity()));
    for (RecordRules.Addition addition : additions) {
      if (!present.add(addition.identity())) {
        throw duplicate(addition.name(), addition.type(), addition.data());
      }
    }
    cnameConflict(domain, additions)
        .ifPresent(
            problem -> {
              throw CloudDnsFault.validation(List.of(problem));
            });
    if (domain.records().size() + additions.size() > maxRecords) {
      throw CloudDnsFault.overLimit(
          "Limit of " + maxRecords + " records per domain has been reached.");
    }
    JsonArray made = new JsonArray();
    for (RecordRules.Addition addition : additions) {
      SimulatedRecord record =
          new SimulatedRecord(
              addition.type() + "-" + stamps.nextId(),
              addition.name(),
              addition.type(),
              addition.data(),
              addition.ttl(),
              addition.priority(),
              addition.comment(),
              stamps.now());
      domain.add(record);
      made.add(record.toJson());
    }
    domain.touch(stamps.now());
    JsonObject response = new JsonObject();
    response.add("records", made);
    return response;
  }

  /** {@code PUT …/records}: checked now, changed by the job if every id still exists. */
  CloudDnsReply update(Call call, SimulatedDomain domain) {
    List<RecordRules.Update> updates = RecordRules.updates(call.entities("records"), domain);
    long id = domain.id();
    return CloudDnsService.accepted(
        call, jobs.accept("PUT", call.relative(), call.body(), () -> updateNow(id, updates)));
  }

  /** {@code PUT …/records/{recordId}}: one record, its id in the path. */
  CloudDnsReply updateOne(Call call, SimulatedDomain domain) {
    JsonObject record = call.json();
    record.addProperty("id", call.path().get(3));
    JsonArray one = new JsonArray();
    one.add(record);
    List<RecordRules.Update> updates = RecordRules.updates(one, domain);
    long id = domain.id();
    return CloudDnsService.accepted(
        call, jobs.accept("PUT", call.relative(), call.body(), () -> updateNow(id, updates)));
  }

  private JsonObject updateNow(long domainId, List<RecordRules.Update> updates) {
    SimulatedDomain domain = current(domainId);
    List<SimulatedRecord> targets = new ArrayList<>();
    for (RecordRules.Update update : updates) {
      targets.add(
          domain
              .record(update.id())
              .orElseThrow(
                  () ->
                      CloudDnsFault.of(
                          404,
                          CloudDnsFault.OBJECT_NOT_FOUND,
                          "Domain ID: " + domainId + "; Record ID: " + update.id())));
    }
    Set<String> present = new HashSet<>();
    for (SimulatedRecord record : domain.records()) {
      if (!targets.contains(record)) {
        present.add(record.identity());
      }
    }
    for (int i = 0; i < updates.size(); i++) {
      RecordRules.Update update = updates.get(i);
      SimulatedRecord target = targets.get(i);
      String data = update.data() == null ? target.data() : update.data();
      Integer priority = update.priority() == null ? target.priority() : update.priority();
      if (!present.add(SimulatedRecord.identity(target.name(), target.type(), data, priority))) {
        throw duplicate(target.name(), target.type(), data);
      }
    }
    for (int i = 0; i < updates.size(); i++) {
      RecordRules.Update update = updates.get(i);
      targets
          .get(i)
          .update(update.data(), update.ttl(), update.priority(), update.comment(), stamps.now());
    }
    domain.touch(stamps.now());
    return null;
  }

  /** {@code DELETE …/records?id=A-1&id=A-2}: each id tried; the missing ones listed in the end. */
  CloudDnsReply delete(Call call, SimulatedDomain domain) {
    List<String> ids = call.url().queryParameterValues("id").stream().map(String::valueOf).toList();
    if (ids.isEmpty()) {
      throw CloudDnsFault.validation(List.of("at least one id is required"));
    }
    Call.checkEntities(ids.size());
    return deleteLater(call, domain, ids);
  }

  /** {@code DELETE …/records/{recordId}}. */
  CloudDnsReply deleteOne(Call call, SimulatedDomain domain) {
    return deleteLater(call, domain, List.of(call.path().get(3)));
  }

  private CloudDnsReply deleteLater(Call call, SimulatedDomain domain, List<String> ids) {
    long domainId = domain.id();
    Jobs.Job job =
        jobs.accept(
            "DELETE",
            call.relative(),
            null,
            () -> {
              List<String> missing = new ArrayList<>();
              SimulatedDomain now = service.byId(domainId).orElse(null);
              for (String id : ids) {
                if (now == null || now.record(id).isEmpty()) {
                  missing.add("Domain ID: " + domainId + "; Record ID: " + id);
                } else {
                  now.remove(id);
                  now.touch(stamps.now());
                }
              }
              if (!missing.isEmpty()) {
                throw CloudDnsFault.notDeleted(missing);
              }
              return null;
            });
    return CloudDnsService.accepted(call, job);
  }

  private SimulatedDomain current(long domainId) {
    return service
        .byId(domainId)
        .orElseThrow(
            () -> CloudDnsFault.of(404, CloudDnsFault.OBJECT_NOT_FOUND, "Domain ID: " + domainId));
  }

  /**
   * The refusal of an addition that would put a CNAME beside other data at one name, naming it as
   * {@code records[i]: ... (<name> <type>)}; empty when there is none. (ASSUMPTION on the text: DNS
   * forbids it, the guide does not say how Rackspace answers.)
   */
  private static Optional<String> cnameConflict(
      SimulatedDomain domain, List<RecordRules.Addition> additions) {
    Map<String, Set<String>> types = new HashMap<>();
    domain
        .records()
        .forEach(
            r ->
                types
                    .computeIfAbsent(r.name().toLowerCase(Locale.ROOT), n -> new HashSet<>())
                    .add(r.type()));
    for (int i = 0; i < additions.size(); i++) {
      RecordRules.Addition addition = additions.get(i);
      Set<String> there =
          types.computeIfAbsent(addition.name().toLowerCase(Locale.ROOT), n -> new HashSet<>());
      boolean conflict =
          addition.type().equals("CNAME")
              ? there.stream().anyMatch(type -> !type.equals("CNAME"))
              : there.contains("CNAME");
      if (conflict) {
        return Optional.of(
            "records["
                + i
                + "]: a CNAME cannot share its name with other records ("
                + addition.name()
                + " "
                + addition.type()
                + ")");
      }
      there.add(addition.type());
    }
    return Optional.empty();
  }

  private static CloudDnsFault duplicate(String name, String type, String data) {
    return CloudDnsFault.exists(
        "Record already exists: " + name.toLowerCase(Locale.ROOT) + " " + type + " " + data);
  }
}
