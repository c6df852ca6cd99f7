package denominator.cloudflare;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import denominator.ValidationException;
import denominator.cloudflare.CloudflareJson.RecordJson;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.RData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Cloudflare's own per-record fields as a set's provider data. A field that every value of the set
 * has alike is one key ({@code proxied=true}, {@code comment=...}, {@code tags=a:1,b:2}); a field
 * whose values differ is one key {@code <field>.by-value} holding a JSON object from each value, in
 * presentation form, to its field ({@code proxied.by-value={"192.0.2.1":"true","192.0.2.2":
 * "false"}}): a provider-data key cannot hold the spaces and quotes of a value. A field at
 * Cloudflare's default on every value (not proxied, no comment, no tags) has no key. Values of
 * different TTLs show them as {@code ttl.by-value}.
 */
final class CloudflareProviderData {
  /** The TTL that Cloudflare reads as "automatic": a set without a TTL. */
  static final int AUTOMATIC = 1;

  static final String PROXIED = "proxied";
  static final String COMMENT = "comment";
  static final String TAGS = "tags";

  /**
   * Shown when the values of a set have different TTLs (another tool wrote them so): the set's TTL
   * is its first record's, and a put that keeps that TTL leaves each record's own.
   */
  static final String TTL = "ttl";

  static final String BY_VALUE = ".by-value";

  /** Cloudflare's fields of one record, {@code null} where not set. */
  record Fields(Boolean proxied, String comment, List<String> tags) {
    static Fields of(RecordJson record) {
      return new Fields(
          Boolean.TRUE.equals(record.proxied()),
          record.comment() == null ? "" : record.comment(),
          record.tags() == null ? List.of() : List.copyOf(record.tags()));
    }
  }

  /** The provider data of the set of {@code records}, whose values are {@code values}. */
  static Map<String, String> of(List<RecordJson> records, List<RData> values) {
    Map<String, String> data = new LinkedHashMap<>();
    List<Fields> fields = records.stream().map(Fields::of).toList();
    add(data, PROXIED, values, fields, f -> f.proxied() ? "true" : "");
    add(data, COMMENT, values, fields, Fields::comment);
    add(data, TAGS, values, fields, f -> String.join(",", f.tags()));
    if (records.stream().map(RecordJson::ttl).distinct().count() > 1) { // the set shows the first
      JsonObject byValue = new JsonObject();
      for (int i = 0; i < values.size(); i++) {
        Integer ttl = records.get(i).ttl();
        byValue.addProperty(
            values.get(i).toString(), ttl == null || ttl == AUTOMATIC ? "auto" : ttl.toString());
      }
      data.put(TTL + BY_VALUE, byValue.toString());
    }
    return data;
  }

  // "" is Cloudflare's default: no key when every value has it.
  private static void add(
      Map<String, String> data,
      String key,
      List<RData> values,
      List<Fields> fields,
      Function<Fields, String> field) {
    List<String> texts = new ArrayList<>();
    fields.forEach(f -> texts.add(field.apply(f)));
    if (texts.stream().distinct().count() == 1) {
      if (!texts.get(0).isEmpty()) {
        data.put(key, texts.get(0));
      }
      return;
    }
    JsonObject byValue = new JsonObject();
    for (int i = 0; i < values.size(); i++) {
      String text = texts.get(i);
      byValue.addProperty(
          values.get(i).toString(), text.isEmpty() && key.equals(PROXIED) ? "false" : text);
    }
    data.put(key + BY_VALUE, byValue.toString());
  }

  /**
   * The fields {@code set} asks for at {@code value}: its set-level keys, else its by-value keys;
   * {@code null} where it names neither.
   */
  static Fields wanted(ResourceRecordSet set, RData value) {
    Map<String, String> data = set.providerData();
    String proxied = pick(data, PROXIED, value);
    String tags = pick(data, TAGS, value);
    if (proxied != null && !proxied.equals("true") && !proxied.equals("false")) {
      throw new ValidationException(
          CloudflareProvider.NAME + ": bad provider data proxied of " + value,
          proxied,
          "true or false");
    }
    return new Fields(
        proxied == null ? null : Boolean.valueOf(proxied),
        pick(data, COMMENT, value),
        tags == null ? null : tags.isEmpty() ? List.of() : List.of(tags.split(",")));
  }

  // A set-level key wins: only a put names one beside a by-value key (the engine adds the other
  // from the set it replaces), and a put means it for every value.
  private static String pick(Map<String, String> data, String key, RData value) {
    String byValue = data.get(key + BY_VALUE);
    if (data.containsKey(key) || byValue == null) {
      return data.get(key);
    }
    JsonElement field = byValue(key, byValue).get(value.toString());
    return field != null && field.isJsonPrimitive() ? field.getAsString() : null;
  }

  private static JsonObject byValue(String key, String text) {
    try {
      return JsonParser.parseString(text).getAsJsonObject();
    } catch (JsonParseException | IllegalStateException e) {
      throw new ValidationException(
          CloudflareProvider.NAME + ": bad provider data " + key + BY_VALUE,
          text,
          "a JSON object from each value to its " + key + ", e.g. {\"192.0.2.1\":\"true\"}");
    }
  }

  private CloudflareProviderData() {}
}
