package denominator.clouddns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The state and endpoints of the simulated Cloud DNS account behind the token check: domains (wire
 * page, section 5), the job status endpoint (section 6), and the routing of records to {@link
 * RecordEndpoints}. Every write is checked at once (validation 400, over 100 entities 413) and then
 * done by a job. Not thread-safe: the simulator calls it under its lock.
 */
final class CloudDnsService {
  private static final Pattern DOMAIN =
      Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}");

  private final Stamps stamps;
  private final Jobs jobs;
  private final String tenant;
  private final int maxDomains;
  private final Map<Long, SimulatedDomain> domains = new LinkedHashMap<>();
  private final RecordEndpoints records;

  CloudDnsService(Stamps stamps, Jobs jobs, String tenant, int maxDomains, int maxRecords) {
    this.stamps = stamps;
    this.jobs = jobs;
    this.tenant = tenant;
    this.maxDomains = maxDomains;
    this.records = new RecordEndpoints(this, stamps, jobs, maxRecords);
  }

  /** The path pattern after the tenant, e.g. {@code /domains/{domainId}/records}. */
  static String pattern(List<String> path) {
    List<String> names = List.of("domains", "{domainId}", "records", "{recordId}");
    if (!path.isEmpty()
        && path.size() <= names.size()
        && path.get(0).equals("domains")
        && (path.size() < 3 || path.get(2).equals("records"))) {
      return "/" + String.join("/", names.subList(0, path.size()));
    }
    if (path.size() == 2 && path.get(0).equals("status")) {
      return "/status/{jobId}";
    }
    return "/" + String.join("/", path);
  }

  /** Answers one request; a refusal is thrown as {@link CloudDnsFault}. */
  CloudDnsReply handle(Call call) {
    return switch (call.method() + " " + pattern(call.path())) {
      case "GET /domains" -> list(call);
      case "POST /domains" -> create(call);
      case "GET /domains/{domainId}" -> get(call);
      case "PUT /domains/{domainId}" -> update(call);
      case "DELETE /domains/{domainId}" -> delete(call);
      case "GET /domains/{domainId}/records" -> records.list(call, domain(call));
      case "POST /domains/{domainId}/records" -> records.add(call, domain(call));
      case "PUT /domains/{domainId}/records" -> records.update(call, domain(call));
      case "DELETE /domains/{domainId}/records" -> records.delete(call, domain(call));
      case "GET /domains/{domainId}/records/{recordId}" -> records.get(call, domain(call));
      case "PUT /domains/{domainId}/records/{recordId}" -> records.updateOne(call, domain(call));
      case "DELETE /domains/{domainId}/records/{recordId}" -> records.deleteOne(call, domain(call));
      case "GET /status/{jobId}" -> status(call);
      default -> throw CloudDnsFault.notFound();
    };
  }

  Optional<SimulatedDomain> byName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return domains.values().stream().filter(domain -> domain.name().equals(lower)).findFirst();
  }

  Optional<SimulatedDomain> byId(long id) {
    return Optional.ofNullable(domains.get(id));
  }

  /** The domain of the path's id, or 404. */
  private SimulatedDomain domain(Call call) {
    return byId(id(call.path().get(1))).orElseThrow(CloudDnsFault::notFound);
  }

  private static long id(String text) {
    return text.matches("[0-9]{1,18}") ? Long.parseLong(text) : -1;
  }

  /** A write's 202: the job just accepted, described in full. */
  static CloudDnsReply accepted(Call call, Jobs.Job job) {
    return CloudDnsReply.of(202, Jobs.toJson(job, call.baseString(), true));
  }

  private CloudDnsReply list(Call call) {
    String name = call.url().queryParameter("name");
    // the domain of that name and the domains below it (pyrax filters them out)
    List<SimulatedDomain> listed =
        domains.values().stream()
            .filter(domain -> name == null || SimulatedDomain.atOrBelow(domain.name(), name))
            .sorted(Comparator.comparing(SimulatedDomain::name))
            .toList();
    return CloudDnsReply.of(
        200,
        new OffsetPaging(call.url())
            .page("domains", listed, SimulatedDomain::toListJson, call.base()));
  }

  private CloudDnsReply get(Call call) {
    SimulatedDomain domain = domain(call);
    JsonObject json = domain.toJson();
    if (!"false".equals(call.url().queryParameter("showRecords"))) {
      json.add(
          "recordsList",
          new OffsetPaging(call.url())
              .page("records", domain.records(), SimulatedRecord::toJson, call.base()));
    }
    if ("true".equals(call.url().queryParameter("showSubdomains"))) {
      JsonArray below = new JsonArray();
      domains.values().stream()
          .filter(other -> other != domain && domain.contains(other.name()))
          .sorted(Comparator.comparing(SimulatedDomain::name))
          .forEach(other -> below.add(other.toListJson()));
      JsonObject subdomains = new JsonObject();
      subdomains.add("domains", below);
      subdomains.addProperty("totalEntries", below.size());
      json.add("subdomains", subdomains);
    }
    return CloudDnsReply.of(200, json);
  }

  /** A domain to create, checked. */
  private record NewDomain(String name, String email, int ttl, String comment) {}

  private CloudDnsReply create(Call call) {
    JsonArray asked = call.entities("domains");
    List<String> messages = new ArrayList<>();
    List<NewDomain> wanted = new ArrayList<>();
    for (int i = 0; i < asked.size(); i++) {
      newDomain(asked.get(i), "domains[" + i + "]", messages).ifPresent(wanted::add);
    }
    if (!messages.isEmpty()) {
      throw CloudDnsFault.validation(messages);
    }
    Jobs.Job job = jobs.accept("POST", call.relative(), call.body(), () -> createNow(wanted));
    return accepted(call, job);
  }

  private Optional<NewDomain> newDomain(JsonElement element, String place, List<String> messages) {
    if (!(element instanceof JsonObject object)) {
      messages.add(place + ": " + element + " is not a domain object");
      return Optional.empty();
    }
    int before = messages.size();
    Fields fields = new Fields(object, place, messages);
    String name = fields.string("name");
    String email = fields.string("emailAddress");
    if (name == null) {
      fields.refuse("name is required");
    } else if (!DOMAIN.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
      fields.refuse(name + " is not a valid domain name");
    }
    if (email == null) {
      fields.refuse("emailAddress is required");
    } else {
      checkEmail(fields, email);
    }
    Integer ttl = ttl(fields, name);
    String comment = comment(fields, name);
    if (object.get("recordsList") instanceof JsonObject list
        && list.get("records") instanceof JsonArray initial
        && !initial.isEmpty()) {
      fields.refuse("the simulator does not create records with a domain (" + name + ")");
    }
    if (messages.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new NewDomain(name.toLowerCase(Locale.ROOT), email, ttl == null ? 3600 : ttl, comment));
  }

  private static void checkEmail(Fields fields, String email) {
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      fields.refuse(email + " is not a valid email address");
    }
  }

  private static Integer ttl(Fields fields, String name) {
    Integer ttl = fields.integer("ttl", " for " + name);
    if (ttl != null && ttl < RecordRules.MIN_TTL) {
      fields.refuse(
          "ttl " + ttl + " for " + name + " is below the minimum of " + RecordRules.MIN_TTL);
    }
    return ttl;
  }

  private static String comment(Fields fields, String name) {
    String comment = fields.string("comment");
    if (comment != null && comment.length() > RecordRules.MAX_COMMENT) {
      fields.refuse(
          "comment longer than " + RecordRules.MAX_COMMENT + " characters (" + name + ")");
    }
    return comment;
  }

  // all or nothing: every name is checked before any domain is made
  private JsonObject createNow(List<NewDomain> wanted) {
    for (NewDomain domain : wanted) {
      if (byName(domain.name()).isPresent()) {
        throw CloudDnsFault.exists("Domain already exists");
      }
    }
    if (domains.size() + wanted.size() > maxDomains) {
      throw CloudDnsFault.overLimit("Limit of " + maxDomains + " domains has been reached.");
    }
    JsonArray made = new JsonArray();
    for (NewDomain wish : wanted) {
      SimulatedDomain domain =
          new SimulatedDomain(
              stamps.nextId(),
              wish.name(),
              tenant,
              wish.email(),
              wish.ttl(),
              wish.comment(),
              stamps.now());
      for (String nameserver : SimulatedDomain.NAMESERVERS) {
        domain.add(
            new SimulatedRecord(
                "NS-" + stamps.nextId(),
                domain.name(),
                "NS",
                nameserver,
                domain.ttl(),
                null,
                null,
                stamps.now()));
      }
      domains.put(domain.id(), domain);
      made.add(domain.toJson());
    }
    JsonObject response = new JsonObject();
    response.add("domains", made);
    return response;
  }

  private CloudDnsReply update(Call call) {
    SimulatedDomain domain = domain(call);
    List<String> messages = new ArrayList<>();
    Fields fields = new Fields(call.json(), "domain", messages);
    String email = fields.string("emailAddress");
    if (email != null) {
      checkEmail(fields, email);
    }
    Integer ttl = ttl(fields, domain.name());
    String comment = comment(fields, domain.name());
    if (!messages.isEmpty()) {
      throw CloudDnsFault.validation(messages);
    }
    long id = domain.id();
    Jobs.Job job =
        jobs.accept(
            "PUT",
            call.relative(),
            call.body(),
            () -> {
              SimulatedDomain now =
                  byId(id)
                      .orElseThrow(
                          () ->
                              CloudDnsFault.of(
                                  404, CloudDnsFault.OBJECT_NOT_FOUND, "Domain ID: " + id));
              now.update(email, ttl, comment, stamps.now());
              return null;
            });
    return accepted(call, job);
  }

  private CloudDnsReply delete(Call call) {
    long id = id(call.path().get(1));
    String shown = call.path().get(1);
    Jobs.Job job =
        jobs.accept(
            "DELETE",
            call.relative(),
            null,
            () -> {
              if (domains.remove(id) == null) {
                throw CloudDnsFault.notDeleted(List.of("Domain ID: " + shown));
              }
              return null;
            });
    return accepted(call, job);
  }

  private CloudDnsReply status(Call call) {
    Jobs.Job job = jobs.find(call.path().get(1)).orElseThrow(CloudDnsFault::notFound);
    boolean details = "true".equalsIgnoreCase(call.url().queryParameter("showDetails"));
    return CloudDnsReply.of(
        job.finished() ? 200 : 202, Jobs.toJson(job, call.baseString(), details));
  }
}
