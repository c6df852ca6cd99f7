package denominator.cloudflare;

import denominator.DenominatorException;
import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.UnsupportedCapabilityException;
import denominator.change.Change;
import denominator.change.ChangeResult;
import denominator.cloudflare.CloudflareJson.Batch;
import denominator.cloudflare.CloudflareJson.BatchResult;
import denominator.cloudflare.CloudflareJson.Id;
import denominator.cloudflare.CloudflareJson.RecordJson;
import denominator.cloudflare.CloudflareProviderData.Fields;
import denominator.cloudflare.CloudflareRecords.Wire;
import denominator.kit.BatchLimit;
import denominator.kit.BatchWriter;
import denominator.kit.Capabilities;
import denominator.kit.NameType;
import denominator.kit.RecordGrouping;
import denominator.kit.TargetedRead;
import denominator.kit.ZoneSlice;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.RData;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Cloudflare side of the kit's change engine, for one zone and one apply. Cloudflare holds one
 * record per value, each with its id; a batch is one {@code /batch} request, which Cloudflare
 * applies all or nothing, of the record operations that take each name and type from the records
 * held to the set after the batch: a value that stays keeps its record (patched only where its TTL
 * or Cloudflare's fields change), a value that goes is deleted by id, a new value is posted with
 * the set's fields. The engine undoes earlier batches when a later one fails. A refusal that names
 * an operation ({@code posts[1]: ...}) fails the change it is for.
 */
final class CloudflareWriter implements BatchWriter {

  /**
   * How a batch's refusal names the operation refused: the error's pointer {@code /posts/3}, or its
   * message's {@code posts[3]: ...}.
   */
  private static final List<Pattern> OPERATION =
      List.of(
          Pattern.compile("/(deletes|patches|puts|posts)/(\\d+)"),
          Pattern.compile("(deletes|patches|puts|posts)\\[(\\d+)]"));

  private final CloudflareEndpoints endpoints;
  private final ProviderMetadata metadata;
  private final String zoneId;
  private final Clock clock;

  /** The records as Cloudflare holds them, as last read or written, by name and type. */
  private final Map<NameType, List<RecordJson>> held = new HashMap<>();

  /** The operations of the last batch sent. */
  private Operations sent = new Operations();

  CloudflareWriter(
      CloudflareEndpoints endpoints, ProviderMetadata metadata, String zoneId, Clock clock) {
    this.endpoints = endpoints;
    this.metadata = metadata;
    this.zoneId = zoneId;
    this.clock = clock;
  }

  /** Refuses a type, value or provider data Cloudflare cannot hold, before any request. */
  @Override
  public void check(Change change) {
    if (change instanceof Change.Put put) {
      ResourceRecordSet set = put.recordSet();
      Capabilities.check(metadata, set);
      for (RData value : set.records()) {
        CloudflareRecords.wire(value);
        CloudflareProviderData.wanted(set, value);
      }
    } else if (!metadata.recordTypes(RecordProfile.ROUND_ROBIN).contains(change.key().type())) {
      throw new UnsupportedCapabilityException(
          CloudflareProvider.NAME, "record type: " + change.key() + " (Cloudflare holds none)");
    }
  }

  @Override
  public ZoneSlice read(Set<NameType> namesAndTypes) {
    List<RecordJson> records =
        TargetedRead.of(
            namesAndTypes,
            target -> endpoints.records(zoneId, target.name(), target.type()),
            () -> endpoints.records(zoneId, null, null));
    namesAndTypes.forEach(target -> held.put(target, new ArrayList<>()));
    for (RecordJson record : records) {
      List<RecordJson> of = held.get(target(record));
      if (of != null) {
        of.add(record);
      }
    }
    return ZoneSlice.of(
        namesAndTypes,
        RecordGrouping.byKey(
            records, r -> RecordSetKey.of(target(r).name(), r.type()), CloudflareRecords::toSet));
  }

  /** Every write goes by record id, so it needs the records held. */
  @Override
  public boolean needsBefore(Change change) {
    return true;
  }

  @Override
  public Clock clock() {
    return clock;
  }

  /** Records per batch: deletes, patches and posts all count. */
  @Override
  public List<BatchLimit> limits() {
    return List.of(
        new BatchLimit(
            "records",
            metadata.maxChangesPerBatch(),
            (change, before) -> Math.max(1, operations(change).size())));
  }

  @Override
  public ChangeResult.Sync send(List<Change> batch, ZoneSlice before) {
    Operations ops = new Operations();
    for (Change change : batch) {
      ops.add(operations(change), change);
    }
    if (!ops.isEmpty()) {
      sent = ops;
      BatchResult result =
          endpoints.batch(zoneId, new Batch(ops.deletes, ops.patches, List.of(), ops.posts));
      remember(batch, result);
    }
    return ChangeResult.Sync.IMMEDIATE;
  }

  /**
   * The change whose operation a refusal names; none when it names none (then the whole batch was
   * refused).
   */
  @Override
  public List<Change> refused(List<Change> batch, DenominatorException refusal) {
    for (Pattern pattern : OPERATION) {
      Matcher operation = pattern.matcher(String.valueOf(refusal.getMessage()));
      if (operation.find()) {
        Change owner = sent.owners.get(operation.group(1) + "[" + operation.group(2) + "]");
        return owner != null && batch.contains(owner) ? List.of(owner) : List.of();
      }
    }
    return List.of();
  }

  /** The record operations that take a name and type from the records held to the change. */
  private Operations operations(Change change) {
    Operations ops = new Operations();
    List<RecordJson> records = held.getOrDefault(NameType.of(change.key()), List.of());
    ResourceRecordSet set = change instanceof Change.Put put ? put.recordSet() : null;
    // a put that keeps the TTL shown (the first record's) leaves each record's own TTL
    boolean ttlKept =
        set != null
            && !records.isEmpty()
            && set.ttl().equals(CloudflareRecords.toSet(records).ttl());
    List<RData> kept = new ArrayList<>();
    for (RecordJson record : records) {
      RData value = CloudflareRecords.data(record);
      if (set == null || !set.records().contains(value)) {
        ops.deletes.add(new Id(record.id()));
      } else {
        kept.add(value);
        patch(record, set, value, ttlKept).ifPresent(ops.patches::add);
      }
    }
    if (set != null) {
      set.records().stream()
          .filter(v -> !kept.contains(v))
          .forEach(v -> ops.posts.add(post(set, v)));
    }
    return ops;
  }

  /**
   * The patch of a kept record: its TTL (unless {@code ttlKept}) and the fields the set asks to
   * change; empty if none.
   */
  private static Optional<RecordJson> patch(
      RecordJson record, ResourceRecordSet set, RData value, boolean ttlKept) {
    Fields now = Fields.of(record);
    Fields wanted = CloudflareProviderData.wanted(set, value);
    Boolean proxied = changed(wanted.proxied(), now.proxied());
    String comment = changed(wanted.comment(), now.comment());
    List<String> tags = changed(wanted.tags(), now.tags());
    Integer ttl =
        ttlKept ? null : changed(ttl(set, proxied != null ? proxied : now.proxied()), record.ttl());
    if (proxied == null && comment == null && tags == null && ttl == null) {
      return Optional.empty();
    }
    return Optional.of(RecordJson.patch(record.id(), ttl, proxied, comment, tags));
  }

  /** A new value's record, with the set's fields. */
  private static RecordJson post(ResourceRecordSet set, RData value) {
    Wire wire = CloudflareRecords.wire(value);
    Fields fields = CloudflareProviderData.wanted(set, value);
    String comment =
        fields.comment() == null || fields.comment().isEmpty() ? null : fields.comment();
    List<String> tags = fields.tags() == null || fields.tags().isEmpty() ? null : fields.tags();
    return new RecordJson(
        null,
        CloudflareRecords.bare(set.name()),
        set.type(),
        wire.content(),
        wire.data(),
        wire.priority(),
        ttl(set, Boolean.TRUE.equals(fields.proxied())),
        fields.proxied(),
        comment,
        tags,
        null,
        null);
  }

  // Cloudflare keeps a proxied record's TTL automatic, whatever is sent.
  private static int ttl(ResourceRecordSet set, boolean proxied) {
    return proxied || set.ttl().isEmpty() ? CloudflareProviderData.AUTOMATIC : set.ttl().getAsInt();
  }

  private static <T> T changed(T wanted, T now) {
    return wanted != null && !wanted.equals(now) ? wanted : null;
  }

  /** What Cloudflare holds after a batch: its answer's patched and posted records. */
  private void remember(List<Change> batch, BatchResult result) {
    Map<String, RecordJson> patched = new HashMap<>();
    Objects.requireNonNullElse(result.patches(), List.<RecordJson>of())
        .forEach(r -> patched.put(r.id(), r));
    List<RecordJson> posted = Objects.requireNonNullElse(result.posts(), List.of());
    for (Change change : batch) {
      NameType target = NameType.of(change.key());
      List<RecordJson> now = new ArrayList<>();
      if (change instanceof Change.Put put) {
        for (RecordJson record : held.getOrDefault(target, List.of())) {
          if (put.recordSet().records().contains(CloudflareRecords.data(record))) {
            now.add(patched.getOrDefault(record.id(), record));
          }
        }
        posted.stream().filter(r -> target(r).equals(target)).forEach(now::add);
      }
      held.put(target, now);
    }
  }

  private static NameType target(RecordJson record) {
    return new NameType(Names.absolute(record.name()), record.type());
  }

  /** The record operations of a batch, in Cloudflare's order, and the change each is for. */
  private static final class Operations {
    final List<Id> deletes = new ArrayList<>();
    final List<RecordJson> patches = new ArrayList<>();
    final List<RecordJson> posts = new ArrayList<>();
    final Map<String, Change> owners = new HashMap<>();

    void add(Operations other, Change owner) {
      own("deletes", deletes.size(), other.deletes.size(), owner);
      own("patches", patches.size(), other.patches.size(), owner);
      own("posts", posts.size(), other.posts.size(), owner);
      deletes.addAll(other.deletes);
      patches.addAll(other.patches);
      posts.addAll(other.posts);
    }

    private void own(String list, int from, int count, Change owner) {
      for (int i = from; i < from + count; i++) {
        owners.put(list + "[" + i + "]", owner);
      }
    }

    int size() {
      return deletes.size() + patches.size() + posts.size();
    }

    boolean isEmpty() {
      return size() == 0;
    }
  }
}
