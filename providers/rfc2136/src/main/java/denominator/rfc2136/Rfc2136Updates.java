package denominator.rfc2136;

import denominator.InvalidChangeException;
import denominator.change.Change;
import denominator.kit.ZoneSlice;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;
import org.xbill.DNS.Update;

/**
 * The UPDATE message (RFC 2136) that makes one batch of changes, against the zone as it is before
 * the batch. Each change carries a prerequisite that its record set is still what was read: "RRset
 * exists (value dependent)" with the exact records (§2.4.2), or "RRset does not exist" (§2.4.3),
 * and a put at a name that had no data requires that it still has none (§2.4.5). So if another
 * writer changed one of those meanwhile, the server applies none of the message. A put deletes the
 * set's name and type and adds each record (or sends nothing when it holds what was read); a delete
 * deletes them.
 */
final class Rfc2136Updates {
  /** Changes per message. */
  static final int MAX_CHANGES = 500;

  /** A TCP message holds 65,535 octets; this leaves room for the header and the TSIG record. */
  static final long MAX_OCTETS = 65_000;

  /** Types that may share a name with a CNAME (RFC 4035 §2.5). */
  private static final Set<String> BESIDE_CNAME = Set.of("CNAME", "RRSIG", "NSEC");

  private final String zone;
  private final ZoneSlice before;
  private final long defaultTtl;
  private final Map<String, Set<String>> typesByName = new HashMap<>();

  /**
   * @param before the whole zone as it is before the batch (its SOA gives the TTL of sets without)
   */
  Rfc2136Updates(String zone, ZoneSlice before) {
    this.zone = zone;
    this.before = before;
    this.defaultTtl =
        before.get(RecordSetKey.of(zone, "SOA")).map(soa -> soa.ttl().orElse(3600)).orElse(3600);
    before
        .asMap()
        .keySet()
        .forEach(k -> typesByName.computeIfAbsent(k.name(), n -> new HashSet<>()).add(k.type()));
  }

  /** The octets {@code change} adds to a message: its cost against {@link #MAX_OCTETS}. */
  long octets(Change change) {
    return update(List.of(change)).toWire().length - update(List.of()).toWire().length;
  }

  /**
   * The first change of {@code batch} that the server would silently ignore rather than refuse (RFC
   * 2136 §3.4.2.2 to §3.4.2.4), and why: a CNAME beside other data at its name once the batch is
   * made, a DS set where there is no delegation, a delete of the apex SOA or NS. (A CNAME set of
   * several records the model refuses already.)
   */
  Optional<Refusal> refusal(List<Change> batch) {
    for (Change change : batch) {
      RecordSetKey key = change.key();
      String set = key.name() + " " + key.type();
      if (change instanceof Change.Delete
          && key.name().equals(zone)
          && (key.type().equals("NS") || key.type().equals("SOA"))) {
        return refusal(
            change,
            set
                + ": a zone's apex keeps its SOA and at least one NS record (RFC 2136 §3.4.2.3,"
                + " §3.4.2.4); servers ignore deleting them, so nothing was applied");
      }
      if (!(change instanceof Change.Put)) {
        continue;
      }
      Set<String> types = typesAfter(batch, key.name());
      if (key.type().equals("DS") && !types.contains("NS")) {
        return refusal(
            change,
            set
                + ": a DS set belongs at a delegation, a name with an NS set (RFC 4035 §2.4);"
                + " servers ignore it elsewhere");
      }
      if (types.contains("CNAME") && !BESIDE_CNAME.containsAll(types)) {
        types.remove("CNAME");
        return refusal(
            change,
            set
                + ": a CNAME cannot share its name with other data "
                + types
                + " (RFC 1034 §3.6.2); nothing was applied");
      }
    }
    return Optional.empty();
  }

  /** A change refused before sending, and the exception that says why. */
  record Refusal(Change change, InvalidChangeException why) {}

  /** The one message that makes {@code batch}. */
  Update update(List<Change> batch) {
    Update update = new Update(Name.fromConstantString(zone));
    Set<String> freshNames = new HashSet<>();
    for (Change change : batch) {
      RecordSetKey key = change.key();
      ResourceRecordSet was = before.get(key).orElse(null);
      if (change instanceof Change.Put
          && !typesByName.containsKey(key.name())
          && freshNames.add(key.name())) {
        // "name is not in use" (§2.4.5): else a CNAME added meanwhile would make the server
        // silently ignore this put, or this CNAME put be ignored beside data added meanwhile
        update.absent(Name.fromConstantString(key.name()));
      }
      if (was == null) {
        update.absent(Name.fromConstantString(key.name()), Type.value(key.type()));
      } else {
        // prerequisites carry TTL 0 (RFC 2136 §2.4.2)
        was.records()
            .forEach(r -> update.present(Rfc2136Records.record(key.name(), key.type(), 0, r)));
      }
      if (change instanceof Change.Put put && unchanged(was, put.recordSet())) {
        continue; // deleting and adding again would only lose the case of names BIND keeps
      }
      if (change instanceof Change.Put put && key.name().equals(zone) && key.type().equals("NS")) {
        replaceApexNs(update, key, was, put.recordSet());
        continue;
      }
      delete(update, key);
      if (change instanceof Change.Put put) {
        Rfc2136Records.toRecords(put.recordSet(), defaultTtl).forEach(update::add);
      }
    }
    return update;
  }

  /** Whether {@code put} holds the same records and TTL as the set read. */
  private boolean unchanged(ResourceRecordSet was, ResourceRecordSet put) {
    return was != null
        && Set.copyOf(was.records()).equals(Set.copyOf(put.records()))
        && was.ttl().equals(OptionalInt.of(put.ttl().orElse((int) defaultTtl)));
  }

  /**
   * Deletes the set, except the apex SOA, which servers never delete (RFC 2136 §3.4.2.3): it is
   * replaced by adding the new one.
   */
  private void delete(Update update, RecordSetKey key) {
    if (!(key.name().equals(zone) && key.type().equals("SOA"))) {
      update.delete(Name.fromConstantString(key.name()), Type.value(key.type()));
    }
  }

  /**
   * Puts the apex NS set. Servers ignore a delete of every apex NS record, as one RRset or one by
   * one up to the last (RFC 2136 §3.4.2.4), so the new records are added first and then the old
   * ones the put drops are deleted one by one: none of them is the last any more.
   */
  private void replaceApexNs(
      Update update, RecordSetKey key, ResourceRecordSet was, ResourceRecordSet set) {
    Rfc2136Records.toRecords(set, defaultTtl).forEach(update::add);
    if (was != null) {
      Set<?> kept = Set.copyOf(set.records());
      was.records().stream()
          .filter(r -> !kept.contains(r))
          .forEach(r -> update.delete(Rfc2136Records.record(key.name(), key.type(), 0, r)));
    }
  }

  /** The types at {@code name} once {@code batch} is made. */
  private Set<String> typesAfter(List<Change> batch, String name) {
    Set<String> types = new HashSet<>(typesByName.getOrDefault(name, Set.of()));
    for (Change change : batch) {
      if (change.key().name().equals(name)) {
        if (change instanceof Change.Put) {
          types.add(change.key().type());
        } else {
          types.remove(change.key().type());
        }
      }
    }
    return types;
  }

  private static Optional<Refusal> refusal(Change change, String why) {
    return Optional.of(new Refusal(change, Rfc2136Errors.invalid(why)));
  }
}
