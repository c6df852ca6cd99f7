package denominator.powerdns;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import denominator.tck.servers.PowerDnsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The PowerDNS HTTP API spoken directly, with raw JSON and no class of the provider: how tests seed
 * data the way other tools write it, and read back what the server holds.
 */
final class PowerDnsVendor {
  private static final Gson GSON = new Gson();
  private static final MediaType JSON = MediaType.get("application/json");

  private final PowerDnsServer server;
  private final OkHttpClient http = new OkHttpClient();

  PowerDnsVendor(PowerDnsServer server) {
    this.server = server;
  }

  /** Creates a zone with the server's default SOA and no NS records; returns its id. */
  String createZone(String name) {
    return send("POST", "", "{\"name\":\"" + name + "\",\"kind\":\"Native\",\"nameservers\":[]}")
        .get("id")
        .getAsString();
  }

  void deleteZone(String id) {
    send("DELETE", id, null);
  }

  /** One rrset change: REPLACE with these records, each {@code content} to disabled flag. */
  static JsonObject rrset(String name, String type, int ttl, Map<String, Boolean> records) {
    JsonObject rrset = new JsonObject();
    rrset.addProperty("name", name);
    rrset.addProperty("type", type);
    rrset.addProperty("ttl", ttl);
    rrset.addProperty("changetype", "REPLACE");
    JsonArray recs = new JsonArray();
    records.forEach(
        (content, disabled) -> {
          JsonObject rec = new JsonObject();
          rec.addProperty("content", content);
          rec.addProperty("disabled", disabled);
          recs.add(rec);
        });
    rrset.add("records", recs);
    return rrset;
  }

  /** {@code rrset} with a comment, as the API keeps them beside the records. */
  static JsonObject withComment(JsonObject rrset, String comment) {
    JsonObject c = new JsonObject();
    c.addProperty("content", comment);
    c.addProperty("account", "ops");
    JsonArray comments = new JsonArray();
    comments.add(c);
    rrset.add("comments", comments);
    return rrset;
  }

  /** Applies the rrset changes in one PATCH, as another tool would. */
  void patch(String zoneId, List<JsonObject> rrsets) {
    JsonObject patch = new JsonObject();
    JsonArray all = new JsonArray();
    rrsets.forEach(all::add);
    patch.add("rrsets", all);
    send("PATCH", zoneId, GSON.toJson(patch));
  }

  /** The zone's rrsets as the API gives them, SOA included. */
  List<JsonObject> rrsets(String zoneId) {
    JsonArray rrsets = send("GET", zoneId, null).getAsJsonArray("rrsets");
    return rrsets.asList().stream().map(JsonElement::getAsJsonObject).toList();
  }

  /**
   * What the server holds, one entry per record ({@code name type content} to its disabled flag and
   * TTL) and per rrset's comments, the SOA left out.
   */
  Map<String, String> state(String zoneId) {
    Map<String, String> state = new LinkedHashMap<>();
    for (JsonObject rrset : rrsets(zoneId)) {
      String key = rrset.get("name").getAsString() + " " + rrset.get("type").getAsString();
      if (rrset.get("type").getAsString().equals("SOA")) {
        continue;
      }
      for (JsonElement rec : rrset.getAsJsonArray("records")) {
        state.put(
            key + " " + rec.getAsJsonObject().get("content").getAsString(),
            "disabled=" + rec.getAsJsonObject().get("disabled") + " ttl=" + rrset.get("ttl"));
      }
      JsonArray comments = rrset.getAsJsonArray("comments");
      if (comments != null && !comments.isEmpty()) {
        state.put(key + " comments", GSON.toJson(comments));
      }
    }
    return state;
  }

  private JsonObject send(String method, String zoneId, String body) {
    Request request =
        new Request.Builder()
            .url(
                server.apiUrl()
                    + "/api/v1/servers/localhost/zones"
                    + (zoneId.isEmpty() ? "" : "/" + zoneId))
            .header("X-API-Key", server.apiKey())
            .method(method, body == null ? null : RequestBody.create(body, JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      String text = response.body().string();
      if (!response.isSuccessful()) {
        throw new IllegalStateException(
            method + " " + zoneId + ": " + response.code() + " " + text);
      }
      return text.isEmpty()
          ? new JsonObject()
          : Objects.requireNonNull(GSON.fromJson(text, JsonObject.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
