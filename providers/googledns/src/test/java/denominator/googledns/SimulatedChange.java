package denominator.googledns;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One change of a simulated managed zone: what it added and deleted, when, and whether the name
 * servers serve it yet. It turns {@code done} on the {@code pendingGets}-th read of it or once the
 * clock reaches {@code doneAt}, whichever comes first; the rrsets themselves changed at creation.
 */
final class SimulatedChange {
  private static final DateTimeFormatter RFC_3339 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final String id;
  private final Instant startTime;
  private final List<JsonObject> additions;
  private final List<JsonObject> deletions;
  private final int pendingGets;
  private final Instant doneAt;
  private int gets;
  private boolean done;

  /**
   * @param pendingGets reads answered before the change shows {@code done}; 0: done at once
   * @param doneAt when the change is done whatever the reads, or null for never by time
   */
  SimulatedChange(
      String id,
      Instant startTime,
      List<JsonObject> additions,
      List<JsonObject> deletions,
      int pendingGets,
      Instant doneAt) {
    this.id = id;
    this.startTime = startTime;
    this.additions = List.copyOf(additions);
    this.deletions = List.copyOf(deletions);
    this.pendingGets = pendingGets;
    this.doneAt = doneAt;
    this.done = pendingGets == 0;
  }

  String id() {
    return id;
  }

  /** The change as a {@code GET changes/{id}} answers it, counting the read. */
  JsonObject read(Instant now) {
    gets++;
    return toJson(now);
  }

  /** The change as a list or a create answers it, without counting a read. */
  JsonObject toJson(Instant now) {
    if (!done && (gets >= pendingGets || doneAt != null && !now.isBefore(doneAt))) {
      done = true;
    }
    JsonObject json = new JsonObject();
    json.addProperty("kind", "dns#change");
    json.addProperty("id", id);
    json.addProperty("startTime", rfc3339(startTime));
    json.addProperty("status", done ? "done" : "pending");
    add(json, "additions", additions);
    add(json, "deletions", deletions);
    return json;
  }

  /** Google's timestamp form: UTC with milliseconds, {@code 2026-12-03T22:16:52.123Z}. */
  static String rfc3339(Instant instant) {
    return RFC_3339.format(instant);
  }

  private static void add(JsonObject json, String member, List<JsonObject> rrsets) {
    if (!rrsets.isEmpty()) {
      JsonArray array = new JsonArray();
      rrsets.forEach(array::add);
      json.add(member, array);
    }
  }
}
