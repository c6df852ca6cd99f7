package denominator.cloudflare;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * One {@code POST dns_records/batch} (wire page, section 8): deletes, patches, puts then posts,
 * each list in the order sent, applied to a copy of the zone's records and committed only when
 * every operation succeeded; the first failure is the answer, naming its list and position.
 */
final class Batch {
  private static final List<String> ORDER = List.of("deletes", "patches", "puts", "posts");

  private final CloudflareService.Settings settings;
  private final SimulatedZone zone;

  Batch(CloudflareService.Settings settings, SimulatedZone zone) {
    this.settings = settings;
    this.zone = zone;
  }

  CloudflareReply apply(JsonObject body) {
    int size = 0;
    for (String list : ORDER) {
      size += operations(body, list).size();
    }
    if (size > settings.batchLimit()) {
      throw CloudflareRefusal.batchTooLarge(size, settings.batchLimit());
    }
    Map<String, JsonObject> copy = zone.copy();
    JsonObject result = new JsonObject();
    for (String list : ORDER) {
      JsonArray done = new JsonArray();
      JsonArray operations = operations(body, list);
      for (int i = 0; i < operations.size(); i++) {
        try {
          done.add(apply(list, copy, operation(operations.get(i))));
        } catch (CloudflareRefusal refusal) {
          throw refusal.inBatch(list, i);
        }
      }
      result.add(list, done);
    }
    zone.replaceRecords(copy);
    return CloudflareReply.ok(result);
  }

  private JsonObject apply(String list, Map<String, JsonObject> copy, JsonObject operation) {
    RecordWrites writes = settings.writes();
    return switch (list) {
      case "deletes" -> writes.delete(copy, id(operation));
      case "patches" -> writes.patch(zone, copy, id(operation), operation);
      case "puts" -> writes.put(zone, copy, id(operation), operation);
      default -> writes.create(zone, copy, operation);
    };
  }

  private static String id(JsonObject operation) {
    JsonElement id = operation.get("id");
    if (id == null || !id.isJsonPrimitive()) {
      throw CloudflareRefusal.invalid("id is required");
    }
    return id.getAsString();
  }

  private static JsonArray operations(JsonObject body, String list) {
    JsonElement operations = body.get(list);
    if (operations == null || operations.isJsonNull()) {
      return new JsonArray();
    }
    if (!operations.isJsonArray()) {
      throw CloudflareRefusal.invalid(list + " " + operations + " is not an array");
    }
    return operations.getAsJsonArray();
  }

  private static JsonObject operation(JsonElement operation) {
    if (!operation.isJsonObject()) {
      throw CloudflareRefusal.invalid("operation " + operation + " is not an object");
    }
    return operation.getAsJsonObject();
  }
}
