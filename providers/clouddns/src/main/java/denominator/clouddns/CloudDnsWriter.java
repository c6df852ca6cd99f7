package denominator.clouddns;

import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.UnknownOutcomeException;
import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.change.Change;
import denominator.change.ChangeResult;
import denominator.clouddns.CloudDnsJson.Job;
import denominator.clouddns.CloudDnsJson.RecordJson;
import denominator.kit.BatchLimit;
import denominator.kit.BatchWriter;
import denominator.kit.Capabilities;
import denominator.kit.NameType;
import denominator.kit.ZoneSlice;
import denominator.model.ResourceRecordSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Cloud DNS side of the kit's change engine, for one domain and one apply. Records are one per
 * value with ids, so a batch is written as the fewest record writes ({@link CloudDnsPlan}): one
 * {@code PUT} of the records rewritten in place, one {@code POST} of the new ones, one {@code
 * DELETE} of the rest, in that order, each a job awaited, as a refusal is only known when its job
 * ends. The PUT and the POST are each all or nothing; when the POST is refused, what the PUT
 * changed is put back, so a batch is all or nothing and the engine makes ATOMIC hold across
 * batches. The delete job is awaited before the next batch unless the apply is BEST_EFFORT, whose
 * result awaits it. A write changes ids, so the names and types written are read again before they
 * are written again.
 */
final class CloudDnsWriter implements BatchWriter {
  /** Records per request, and per kind of write in one batch. */
  static final int MAX_RECORDS = 100;

  /** Up to this many names and types, a read searches each; past it, it lists the domain. */
  static final int SEARCH_UP_TO = 3;

  private static final Pattern INDEX = Pattern.compile("records\\[(\\d+)]");

  private final CloudDnsEndpoints endpoints;
  private final CloudDnsJobs jobs;
  private final String domainId;
  private final boolean awaitDeletes;
  private final Clock clock;
  private final Map<NameType, List<RecordJson>> held = new HashMap<>(); // by target, as read
  private final List<Change> sentBy = new ArrayList<>(); // the change of each record last sent
  private final List<String> sentIds = new ArrayList<>(); // and its id, when it had one

  CloudDnsWriter(
      CloudDnsEndpoints endpoints,
      CloudDnsJobs jobs,
      String domainId,
      boolean awaitDeletes,
      Clock clock) {
    this.endpoints = endpoints;
    this.jobs = jobs;
    this.domainId = domainId;
    this.awaitDeletes = awaitDeletes;
    this.clock = clock;
  }

  /**
   * Refuses SOA (the service's own), types and values it does not take, TTLs below 300 and comments
   * over 160 characters.
   */
  @Override
  public void check(Change change) {
    if (change.key().type().equals("SOA")) {
      throw new UnsupportedCapabilityException(
          CloudDnsProvider.NAME, "SOA is managed by Cloud DNS: " + change.key());
    }
    if (change instanceof Change.Put put) {
      ResourceRecordSet set = put.recordSet();
      Capabilities.check(CloudDnsProvider.METADATA, set);
      if (set.ttl().isPresent() && set.ttl().getAsInt() < CloudDnsRecords.MIN_TTL) {
        throw new ValidationException(
            "clouddns: TTL of " + set.key(),
            Integer.toString(set.ttl().getAsInt()),
            "at least " + CloudDnsRecords.MIN_TTL);
      }
      set.records().forEach(CloudDnsRecords::write);
      String comment = set.providerData().get("comment");
      if (comment != null && comment.length() > CloudDnsRecords.MAX_COMMENT) {
        throw new ValidationException(
            "clouddns: comment of " + set.key(),
            comment,
            "at most " + CloudDnsRecords.MAX_COMMENT + " characters");
      }
    }
  }

  @Override
  public ZoneSlice read(Set<NameType> namesAndTypes) {
    List<RecordJson> found = new ArrayList<>();
    if (namesAndTypes.size() <= SEARCH_UP_TO) {
      for (NameType target : namesAndTypes) {
        found.addAll(
            endpoints.search(domainId, CloudDnsRecords.relative(target.name()), target.type()));
      }
    } else {
      endpoints.records(domainId).forEachRemaining(found::add);
    }
    Map<NameType, List<RecordJson>> read = new HashMap<>();
    for (RecordJson record : found) {
      NameType target = NameType.of(CloudDnsRecords.key(record));
      if (namesAndTypes.contains(target)) {
        read.computeIfAbsent(target, t -> new ArrayList<>()).add(record);
      }
    }
    namesAndTypes.forEach(
        target -> held.put(target, new ArrayList<>(read.getOrDefault(target, List.of()))));
    return ZoneSlice.of(namesAndTypes, read.values().stream().map(CloudDnsRecords::set).toList());
  }

  /** A write needs the records' ids. */
  @Override
  public boolean needsBefore(Change change) {
    return true;
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public List<BatchLimit> limits() {
    return List.of(
        new BatchLimit(
            "records created", MAX_RECORDS, (c, before) -> CloudDnsPlan.counts(c, before)[0]),
        new BatchLimit(
            "records updated", MAX_RECORDS, (c, before) -> CloudDnsPlan.counts(c, before)[1]),
        new BatchLimit(
            "records deleted", MAX_RECORDS, (c, before) -> CloudDnsPlan.counts(c, before)[2]));
  }

  @Override
  public ChangeResult.Sync send(List<Change> batch, ZoneSlice before) {
    Set<NameType> targets = new LinkedHashSet<>();
    batch.forEach(change -> targets.add(NameType.of(change.key())));
    Set<NameType> unread = new LinkedHashSet<>(targets);
    unread.removeAll(held.keySet());
    if (!unread.isEmpty()) { // the engine took them from a plan, or they were written since
      read(unread);
    }
    List<CloudDnsPlan> plans =
        batch.stream()
            .map(change -> CloudDnsPlan.of(change, held.get(NameType.of(change.key()))))
            .toList();
    targets.forEach(held::remove); // a write changes ids: read again before writing them again
    List<RecordJson> updates = all(plans, CloudDnsPlan::updates);
    if (!updates.isEmpty()) {
      jobs.await(
          "update records",
          domainId,
          endpoints.updateRecords(domainId, sent(plans, CloudDnsPlan::updates)));
    }
    List<RecordJson> creates = all(plans, CloudDnsPlan::creates);
    if (!creates.isEmpty()) {
      create(
          sent(plans, CloudDnsPlan::creates),
          updates.isEmpty() ? List.of() : all(plans, CloudDnsPlan::undo));
    }
    List<String> deletes = sent(plans, CloudDnsPlan::deletes).stream().map(RecordJson::id).toList();
    if (deletes.isEmpty()) {
      return ChangeResult.Sync.IMMEDIATE;
    }
    Job job = endpoints.deleteRecords(domainId, deletes);
    if (!awaitDeletes) {
      return jobs.sync("delete records", domainId, job);
    }
    jobs.await("delete records", domainId, job);
    return ChangeResult.Sync.IMMEDIATE;
  }

  // POSTs the new records; when refused, puts back what the batch's PUT changed, then throws.
  private void create(List<RecordJson> creates, List<RecordJson> undo) {
    try {
      jobs.await("create records", domainId, endpoints.addRecords(domainId, creates));
    } catch (UnknownOutcomeException lost) {
      if (!created(creates)) {
        throw lost; // the engine reads to learn what holds
      }
    } catch (DenominatorException refused) {
      try {
        if (!undo.isEmpty()) {
          jobs.await("update records", domainId, endpoints.updateRecords(domainId, undo));
        }
      } catch (RuntimeException stuck) {
        throw new UnknownOutcomeException(
            refused.getMessage() + "; putting back what was updated failed: " + stuck.getMessage(),
            refused);
      }
      throw refused;
    }
  }

  // Whether the zone holds every record of a POST whose answer was lost: then its job ran, and the
  // batch goes on. A job that has not run yet, or a read that fails, leaves the outcome unknown.
  private boolean created(List<RecordJson> creates) {
    Set<NameType> targets = new LinkedHashSet<>();
    creates.forEach(record -> targets.add(NameType.of(CloudDnsRecords.key(record))));
    try {
      ZoneSlice now = read(targets);
      return creates.stream()
          .allMatch(
              record ->
                  now.get(CloudDnsRecords.key(record))
                      .filter(set -> set.records().contains(CloudDnsRecords.read(record)))
                      .isPresent());
    } catch (RuntimeException unreadable) {
      return false;
    } finally {
      targets.forEach(held::remove); // read again before writing them again
    }
  }

  private static List<RecordJson> all(
      List<CloudDnsPlan> plans, Function<CloudDnsPlan, List<RecordJson>> part) {
    return plans.stream().flatMap(plan -> part.apply(plan).stream()).toList();
  }

  // The records of one request; remembers which change each comes from, for refused().
  private List<RecordJson> sent(
      List<CloudDnsPlan> plans, Function<CloudDnsPlan, List<RecordJson>> part) {
    sentBy.clear();
    sentIds.clear();
    for (CloudDnsPlan plan : plans) {
      for (RecordJson record : part.apply(plan)) {
        sentBy.add(plan.change());
        sentIds.add(record.id());
      }
    }
    return all(plans, part);
  }

  /** The changes a refusal names: by {@code records[i]}, by record id, or by name and type. */
  @Override
  public List<Change> refused(List<Change> batch, DenominatorException refusal) {
    if (!(refusal instanceof InvalidChangeException invalid)) {
      return List.of();
    }
    String text = String.join("\n", invalid.messages());
    Set<Change> named = new LinkedHashSet<>();
    Matcher index = INDEX.matcher(text);
    while (index.find()) {
      int i = Integer.parseInt(index.group(1));
      if (i < sentBy.size()) {
        named.add(sentBy.get(i));
      }
    }
    for (int i = 0; i < sentIds.size(); i++) {
      if (sentIds.get(i) != null && mentions(text, sentIds.get(i))) {
        named.add(sentBy.get(i));
      }
    }
    for (Change change : batch) {
      String name = CloudDnsRecords.relative(change.key().name());
      if (mentions(text, name + " " + change.key().type())) {
        named.add(change);
      }
    }
    return batch.stream().filter(named::contains).toList();
  }

  private static boolean mentions(String text, String words) {
    return Pattern.compile(
            "(?<![\\w.*-])" + Pattern.quote(words) + "(?![\\w-])", Pattern.CASE_INSENSITIVE)
        .matcher(text)
        .find();
  }
}
