package denominator.cli;

import com.google.gson.JsonObject;
import denominator.change.Change;
import denominator.json.ModelJson;
import denominator.model.ResourceRecordSet;

/**
 * One change as JSON, the same shape in every command's output: {@code action} (put or delete),
 * {@code name}, {@code type}, {@code qualifier} when the set has one, {@code before} (the set as it
 * was, when the command read it) and {@code after} (the set a put writes).
 */
final class ChangeJson {

  static JsonObject of(Change change, ResourceRecordSet before) {
    JsonObject json = new JsonObject();
    json.addProperty("action", change instanceof Change.Put ? "put" : "delete");
    json.addProperty("name", change.key().name());
    json.addProperty("type", change.key().type());
    change.key().qualifier().ifPresent(q -> json.addProperty("qualifier", q));
    if (before != null) {
      json.add("before", ModelJson.gson().toJsonTree(before));
    }
    if (change instanceof Change.Put put) {
      json.add("after", ModelJson.gson().toJsonTree(put.recordSet()));
    }
    return json;
  }

  private ChangeJson() {}
}
