package denominator.mock;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.json.ModelJson;
import denominator.model.Zone;

/**
 * The mock store's file format: {@code {"zones":[{"zone":{...},"recordSets":[...]}]}}. Read as a
 * JSON tree, not by reflection: a CLI command reads the file once and exits.
 */
final class MockJson {
  static String write(MockState state) {
    JsonArray zones = new JsonArray();
    for (MockZone zone : state.zones.values()) {
      JsonObject entry = new JsonObject();
      entry.add("zone", ModelJson.gson().toJsonTree(zone.zone, Zone.class));
      entry.add("recordSets", zone.toJson());
      zones.add(entry);
    }
    JsonObject file = new JsonObject();
    file.add("zones", zones);
    return ModelJson.gson().newBuilder().setPrettyPrinting().create().toJson(file);
  }

  static MockState read(String json) {
    MockState state = new MockState();
    JsonElement file = JsonParser.parseString(json);
    if (file.isJsonNull() || !file.getAsJsonObject().has("zones")) {
      return state;
    }
    for (JsonElement element : file.getAsJsonObject().getAsJsonArray("zones")) {
      JsonObject entry = element.getAsJsonObject();
      Zone zone = ModelJson.gson().fromJson(entry.get("zone"), Zone.class);
      JsonElement sets = entry.get("recordSets");
      state.zones.put(
          zone.id(),
          MockZone.unread(
              zone, sets == null || sets.isJsonNull() ? new JsonArray() : sets.getAsJsonArray()));
    }
    return state;
  }

  private MockJson() {}
}
