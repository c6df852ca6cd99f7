package denominator.designate;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The version documents real clients read before their first call (keystoneauth's discovery, seen
 * with python3-openstacksdk): Keystone's {@code GET /identity/v3} and Designate's root {@code GET
 * /dns}, both unauthenticated. Not on the wire page, which the provider follows without discovery;
 * their shape is an ASSUMPTION that keystoneauth accepts.
 */
final class Discovery {
  private Discovery() {}

  /** Designate's root: one CURRENT version, v2 (ASSUMPTION on the exact shape). */
  static JsonObject designate(String base) {
    JsonObject version = new JsonObject();
    version.addProperty("id", "v2.0");
    version.addProperty("status", "CURRENT");
    version.add("links", links(base + "/v2/"));
    JsonArray versions = new JsonArray();
    versions.add(version);
    JsonObject body = new JsonObject();
    body.add("versions", versions);
    return body;
  }

  /** Keystone's {@code GET /v3}. */
  static JsonObject keystone(String root) {
    JsonObject version = new JsonObject();
    version.addProperty("id", "v3.14");
    version.addProperty("status", "stable");
    version.addProperty("updated", "2020-04-07T00:00:00Z");
    version.add("links", links(root + "identity/v3/"));
    JsonObject body = new JsonObject();
    body.add("version", version);
    return body;
  }

  private static JsonArray links(String href) {
    JsonObject self = new JsonObject();
    self.addProperty("rel", "self");
    self.addProperty("href", href);
    JsonArray links = new JsonArray();
    links.add(self);
    return links;
  }
}
