package denominator.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import denominator.RecordProfile;
import denominator.change.Change;
import denominator.change.ChangeSet;
import denominator.json.ModelJson;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.rdata.RData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Prints model values on stdout as an aligned table or as JSON with the model's fields. */
final class Printer {
  private final Session session;

  Printer(Session session) {
    this.session = session;
  }

  void zones(Iterator<Zone> all) {
    Iterator<Zone> zones = Progress.of(all, session, "zones");
    if (session.json()) {
      jsonArray(zones, Zone.class);
      return;
    }
    try (Table table = new Table(session.out(), "ID", "NAME", "EMAIL", "TTL")) {
      zones.forEachRemaining(
          z ->
              table.row(
                  z.id(),
                  z.name(),
                  z.email().orElse(""),
                  z.ttl().isPresent() ? z.ttl().getAsInt() : ""));
    }
  }

  void zone(Zone zone) {
    if (session.json()) {
      jsonValue(zone, Zone.class);
    } else {
      zones(List.of(zone).iterator());
    }
  }

  void recordSets(Iterator<ResourceRecordSet> all, RecordProfile profile) {
    Iterator<ResourceRecordSet> sets = Progress.of(all, session, "record sets");
    if (session.json()) {
      jsonArray(sets, ResourceRecordSet.class);
      return;
    }
    try (Table table = new Table(session.out(), headers(profile))) {
      sets.forEachRemaining(set -> rows(set, profile, table));
    }
  }

  void recordSet(ResourceRecordSet set, RecordProfile profile) {
    if (session.json()) {
      jsonValue(set, ResourceRecordSet.class);
    } else {
      recordSets(List.of(set).iterator(), profile);
    }
  }

  /**
   * What a change set does (or would do, on a dry run), one line per change, or one JSON object
   * {@code {"dryRun", "changes": [...]}} with each change as {@link ChangeJson} writes it.
   */
  void changes(ChangeSet changes, boolean dryRun, Map<RecordSetKey, ResourceRecordSet> before) {
    if (session.json()) {
      JsonObject root = new JsonObject();
      root.addProperty("dryRun", dryRun);
      JsonArray array = new JsonArray();
      for (Change change : changes.changes()) {
        array.add(ChangeJson.of(change, before.get(change.key())));
      }
      root.add("changes", array);
      jsonValue(root, JsonObject.class);
      return;
    }
    String verb = dryRun ? "would " : "";
    for (Change change : changes.changes()) {
      session.out().println(verb + change);
    }
    session.out().flush();
  }

  /**
   * Plain sets list with the sets routed by a policy the model does not express (their qualifier is
   * the provider's identifier); every table ends with the provider data, on a set's first row.
   */
  private static String[] headers(RecordProfile profile) {
    if (profile == RecordProfile.GEO) {
      return new String[] {"NAME", "TYPE", "QUALIFIER", "TTL", "REGIONS", "DATA", "PROVIDER DATA"};
    }
    if (profile == RecordProfile.WEIGHTED) {
      return new String[] {"NAME", "TYPE", "QUALIFIER", "TTL", "WEIGHT", "DATA", "PROVIDER DATA"};
    }
    return new String[] {"NAME", "TYPE", "QUALIFIER", "TTL", "DATA", "PROVIDER DATA"};
  }

  private static void rows(ResourceRecordSet set, RecordProfile profile, Table table) {
    String ttl = set.ttl().isPresent() ? Integer.toString(set.ttl().getAsInt()) : "";
    String qualifier = set.qualifier().orElse("");
    String providerData = providerData(set);
    for (RData data : set.records()) {
      if (profile == RecordProfile.GEO) {
        table.row(
            set.name(),
            set.type(),
            qualifier,
            ttl,
            set.geo().map(Object::toString).orElse(""),
            data,
            providerData);
      } else if (profile == RecordProfile.WEIGHTED) {
        table.row(
            set.name(),
            set.type(),
            qualifier,
            ttl,
            set.weighted().map(w -> w.weight()).orElse(null),
            data,
            providerData);
      } else {
        table.row(set.name(), set.type(), qualifier, ttl, data, providerData);
      }
      providerData = "";
    }
  }

  /** {@code key=value} pairs, separated by spaces; values that hold spaces in brackets. */
  private static String providerData(ResourceRecordSet set) {
    StringBuilder out = new StringBuilder();
    set.providerData()
        .forEach(
            (key, value) -> {
              out.append(out.length() == 0 ? "" : " ").append(key).append('=');
              out.append(value.contains(" ") || value.isEmpty() ? "[" + value + "]" : value);
            });
    return out.toString();
  }

  private <T> void jsonArray(Iterator<T> values, Class<T> type) {
    json(
        (writer) -> {
          writer.beginArray();
          while (values.hasNext()) {
            ModelJson.gson().toJson(values.next(), type, writer);
            writer.flush();
          }
          writer.endArray();
        });
  }

  private <T> void jsonValue(T value, Class<T> type) {
    json(writer -> ModelJson.gson().toJson(value, type, writer));
  }

  private interface JsonBody {
    void write(JsonWriter writer) throws IOException;
  }

  private void json(JsonBody body) {
    PrintWriter out = session.out();
    try {
      JsonWriter writer = new JsonWriter(out);
      writer.setIndent("  ");
      body.write(writer);
      writer.flush();
      out.println();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
