package denominator.rfc2136;

import denominator.InvalidChangeException;
import denominator.change.Change;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.xbill.DNS.Type;
import org.xbill.DNS.Update;

/**
 * The UPDATE messages (RFC 2136) that make a list of changes, against the zone as last read. Each
 * change carries a prerequisite that its record set is still what was read: "RRset exists (value
 * dependent)" with the exact records (§2.4.2), or "RRset does not exist" (§2.4.3), and a put at a
 * name that had no data requires that it still has none (§2.4.5). So if another writer changed one
 * of those meanwhile, the server applies none of the message. A put deletes the set's name and type
 * and adds each record (or sends nothing when it holds what was read); a delete deletes them.
 */
final class Rfc2136Updates {
  /** Changes per message; a message larger than {@link #MAX_OCTETS} is split further. */
  static final int MAX_CHANGES = 500;

  /** A TCP message holds 65,535 octets; this leaves room for the TSIG record. */
  static final int MAX_OCTETS = 65_000;

  /** Types that may share a name with a CNAME (RFC 4035 §2.5). */
  private static final Set<String> BESIDE_CNAME = Set.of("CNAME", "RRSIG", "NSEC");

  private final String zone;
  private final Map<RecordSetKey, ResourceRecordSet> current;
  private final long defaultTtl;
  private final Map<String, Set<String>> typesByName = new HashMap<>();

  /**
   * @param current the zone's sets as read; @param defaultTtl for sets without a TTL
   */
  Rfc2136Updates(String zone, Map<RecordSetKey, ResourceRecordSet> current, long defaultTtl) {
    this.zone = zone;
    this.current = current;
    this.defaultTtl = defaultTtl;
    current
        .keySet()
        .forEach(k -> typesByName.computeIfAbsent(k.name(), n -> new HashSet<>()).add(k.type()));
  }

  /**
   * Why the server would silently ignore {@code change} rather than refuse it (RFC 2136 §3.4.2.2 to
   * §3.4.2.4), if it would: a CNAME beside other data at its name, a DS set where there is no
   * delegation, a delete of the apex SOA or NS. (A CNAME set of several records the model refuses
   * already.)
   */
  Optional<InvalidChangeException> refusal(List<Change> changes, Change change) {
    RecordSetKey key = change.key();
    if (change instanceof Change.Delete
        && key.name().equals(zone)
        && (key.type().equals("NS") || key.type().equals("SOA"))) {
      return Optional.of(
          invalid(
              key.name()
                  + " "
                  + key.type()
                  + ": a zone's apex keeps its SOA"
                  + " and at least one NS record (RFC 2136 §3.4.2.3, §3.4.2.4); servers ignore deleting"
                  + " them, so nothing was applied"));
    }
    if (!(change instanceof Change.Put put)) {
      return Optional.empty();
    }
    ResourceRecordSet set = put.recordSet();
    Set<String> types = typesAfter(changes, set.name());
    if (set.type().equals("DS") && !types.contains("NS")) {
      return Optional.of(
          invalid(
              set.name()
                  + " DS: a DS set belongs at a delegation, a name with"
                  + " an NS set (RFC 4035 §2.4); servers ignore it elsewhere"));
    }
    if (types.contains("CNAME") && !BESIDE_CNAME.containsAll(types)) {
      types.remove("CNAME");
      return Optional.of(
          invalid(
              set.name()
                  + " "
                  + set.type()
                  + ": a CNAME cannot share its name"
                  + " with other data "
                  + types
                  + " (RFC 1034 §3.6.2); nothing was applied"));
    }
    return Optional.empty();
  }

  /** The messages for {@code changes}: one, or more if one would exceed a TCP message. */
  List<Message> messages(List<Change> changes) {
    Update update = update(changes);
    if (changes.size() == 1 || update.toWire().length <= MAX_OCTETS) {
      return List.of(new Message(changes, update));
    }
    int half = changes.size() / 2;
    List<Message> messages = new ArrayList<>(messages(changes.subList(0, half)));
    messages.addAll(messages(changes.subList(half, changes.size())));
    return messages;
  }

  /** One UPDATE message and the changes it makes. */
  record Message(List<Change> changes, Update update) {}

  private Update update(List<Change> changes) {
    Update update = new Update(Rfc2136Api.name(zone));
    Set<String> freshNames = new HashSet<>();
    for (Change change : changes) {
      RecordSetKey key = change.key();
      ResourceRecordSet before = current.get(key);
      if (change instanceof Change.Put
          && !typesByName.containsKey(key.name())
          && freshNames.add(key.name())) {
        // "name is not in use" (§2.4.5): else a CNAME added meanwhile would make the server
        // silently ignore this put, or this CNAME put be ignored beside data added meanwhile
        update.absent(Rfc2136Api.name(key.name()));
      }
      if (before == null) {
        update.absent(Rfc2136Api.name(key.name()), Type.value(key.type()));
      } else {
        // prerequisites carry TTL 0 (RFC 2136 §2.4.2)
        before
            .records()
            .forEach(r -> update.present(Rfc2136Records.record(key.name(), key.type(), 0, r)));
      }
      if (change instanceof Change.Put put && unchanged(before, put.recordSet())) {
        continue; // deleting and adding again would only lose the case of names BIND keeps
      }
      if (key.name().equals(zone) && key.type().equals("NS")) {
        replaceApexNs(update, key, before, change);
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
  private boolean unchanged(ResourceRecordSet before, ResourceRecordSet put) {
    return before != null
        && Set.copyOf(before.records()).equals(Set.copyOf(put.records()))
        && before.ttl().equals(OptionalInt.of(put.ttl().orElse((int) defaultTtl)));
  }

  /**
   * Deletes the set, except the apex SOA, which servers never delete (RFC 2136 §3.4.2.3): it is
   * replaced by adding the new one.
   */
  private void delete(Update update, RecordSetKey key) {
    if (!(key.name().equals(zone) && key.type().equals("SOA"))) {
      update.delete(Rfc2136Api.name(key.name()), Type.value(key.type()));
    }
  }

  /**
   * Puts the apex NS set. Servers ignore a delete of every apex NS record, as one RRset or one by
   * one up to the last (RFC 2136 §3.4.2.4), so the new records are added first and then the old
   * ones the put drops are deleted one by one: none of them is the last any more.
   */
  private void replaceApexNs(
      Update update, RecordSetKey key, ResourceRecordSet before, Change change) {
    ResourceRecordSet put = ((Change.Put) change).recordSet();
    Rfc2136Records.toRecords(put, defaultTtl).forEach(update::add);
    if (before != null) {
      Set<?> kept = Set.copyOf(put.records());
      before.records().stream()
          .filter(r -> !kept.contains(r))
          .forEach(r -> update.delete(Rfc2136Records.record(key.name(), key.type(), 0, r)));
    }
  }

  /** The types at {@code name} once {@code changes} are made. */
  private Set<String> typesAfter(List<Change> changes, String name) {
    Set<String> types = new HashSet<>(typesByName.getOrDefault(name, Set.of()));
    for (Change change : changes) {
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

  private static InvalidChangeException invalid(String message) {
    return new InvalidChangeException(Rfc2136Provider.NAME, List.of(message));
  }
}
