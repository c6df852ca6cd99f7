package denominator.ns1;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * One record of the simulated NS1 (a zone, domain and type) with its stored fields as {@link
 * RecordRules} normalized them. It renders the full record and its zone summary.
 */
final class SimulatedRecord {
  /** How a record's key sorts: by domain, then type; its cursor form is {@code domain/TYPE}. */
  record Key(String domain, String type) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byDomain = domain.compareTo(other.domain);
      return byDomain != 0 ? byDomain : type.compareTo(other.type);
    }

    String cursor() {
      return domain + "/" + type;
    }

    /** The key of a cursor, or a 400 naming it. */
    static Key ofCursor(String cursor) {
      int slash = cursor.lastIndexOf('/');
      if (slash <= 0) {
        throw Ns1Refusal.invalid("after: \"" + cursor + "\" is not a record cursor (domain/TYPE)");
      }
      return new Key(cursor.substring(0, slash), cursor.substring(slash + 1));
    }
  }

  private final String id;
  private final String zone;
  private final Key key;
  private JsonObject fields;

  SimulatedRecord(String id, String zone, Key key, JsonObject fields) {
    this.id = id;
    this.zone = zone;
    this.key = key;
    this.fields = fields;
  }

  Key key() {
    return key;
  }

  /** The stored fields, to merge a partial update into. */
  JsonObject fields() {
    return fields.deepCopy();
  }

  void replace(JsonObject fields) {
    this.fields = fields;
  }

  /** 1 without meta, regions or filters; 2 with meta or regions only; 3 with filters. */
  int tier() {
    if (!fields.getAsJsonArray("filters").isEmpty()) {
      return 3;
    }
    boolean meta =
        !MetaRules.isEmpty(fields.get("meta"))
            || fields.getAsJsonObject("regions").size() > 0
            || fields.getAsJsonArray("answers").asList().stream()
                .anyMatch(answer -> !MetaRules.isEmpty(answer.getAsJsonObject().get("meta")));
    return meta ? 2 : 1;
  }

  /** The full record, as GET, PUT and POST answer it. */
  JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.addProperty("id", id);
    json.addProperty("zone", zone);
    json.addProperty("domain", key.domain());
    json.addProperty("type", key.type());
    json.add("ttl", fields.get("ttl"));
    json.addProperty("tier", tier());
    json.add("use_client_subnet", fields.get("use_client_subnet"));
    json.add("link", JsonNull.INSTANCE);
    json.add("meta", fields.get("meta").deepCopy());
    JsonArray networks = new JsonArray();
    networks.add(0);
    json.add("networks", networks);
    json.add("answers", fields.get("answers").deepCopy());
    json.add("filters", fields.get("filters").deepCopy());
    json.add("regions", fields.get("regions").deepCopy());
    return json;
  }

  /** The record as the zone lists it: no answers, but {@code short_answers}. */
  JsonObject summary() {
    JsonObject json = new JsonObject();
    json.addProperty("id", id);
    json.addProperty("domain", key.domain());
    json.addProperty("type", key.type());
    json.add("ttl", fields.get("ttl"));
    json.addProperty("tier", tier());
    json.add("link", JsonNull.INSTANCE);
    JsonArray shortAnswers = new JsonArray();
    for (JsonElement answer : fields.getAsJsonArray("answers")) {
      shortAnswers.add(AnswerRules.shortAnswer(answer.getAsJsonObject().getAsJsonArray("answer")));
    }
    json.add("short_answers", shortAnswers);
    return json;
  }

  /** The full record without the server's ids: what another tool's data is compared by. */
  String state() {
    JsonObject json = toJson();
    json.remove("id");
    json.getAsJsonArray("answers").forEach(answer -> answer.getAsJsonObject().remove("id"));
    return json.toString();
  }
}
