package denominator.clouddns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The simulated Rackspace Identity v2.0 (wire page, section 2): one user with an api key and a
 * password, the tokens it issued with their expiry on the simulator's clock, and the token answer
 * whose catalog points {@code rax:dns} back at the server. It also checks the tokens Cloud DNS
 * receives. Not thread-safe: the simulator calls it under its lock.
 */
final class Identity {
  static final String UNAUTHORIZED = "Unable to authenticate user with credentials provided.";

  private final Stamps stamps;
  private final String username;
  private final String apiKey;
  private final String password;
  private final String tenant;
  private final Duration lifetime;
  private final Map<String, Instant> tokens = new HashMap<>();

  Identity(
      Stamps stamps,
      String username,
      String apiKey,
      String password,
      String tenant,
      Duration lifetime) {
    this.stamps = stamps;
    this.username = username;
    this.apiKey = apiKey;
    this.password = password;
    this.tenant = tenant;
    this.lifetime = lifetime;
  }

  String tenant() {
    return tenant;
  }

  /** Whether a token was issued here and has not expired on the clock. */
  boolean valid(String token) {
    Instant expires = token == null ? null : tokens.get(token);
    return expires != null && stamps.now().isBefore(expires);
  }

  /** Makes every token issued so far expired, as if its lifetime had passed. */
  void expireAll() {
    tokens.replaceAll((token, expires) -> Instant.MIN);
  }

  /** Answers {@code POST /v2.0/tokens}; {@code root} is the server's URL ending in "/". */
  CloudDnsReply issue(String body, String root) {
    JsonObject auth;
    try {
      auth = member(JsonParser.parseString(body), "auth");
    } catch (RuntimeException e) {
      auth = null;
    }
    JsonObject byKey = member(auth, "RAX-KSKEY:apiKeyCredentials");
    JsonObject byPassword = member(auth, "passwordCredentials");
    if ((byKey == null) == (byPassword == null)) {
      // the body is never echoed: it may hold a secret
      return badRequest();
    }
    String method = byKey != null ? "APIKEY" : "PASSWORD";
    boolean accepted =
        byKey != null
            ? username.equals(string(byKey, "username")) && apiKey.equals(string(byKey, "apiKey"))
            : username.equals(string(byPassword, "username"))
                && password.equals(string(byPassword, "password"));
    if (!accepted) {
      return unauthorized();
    }
    String token = stamps.uuid();
    Instant expires = stamps.now().plus(lifetime);
    tokens.put(token, expires);
    return CloudDnsReply.of(200, access(token, expires, method, root));
  }

  private JsonObject access(String token, Instant expires, String method, String root) {
    JsonObject tenantJson = new JsonObject();
    tenantJson.addProperty("id", tenant);
    tenantJson.addProperty("name", tenant);
    JsonArray by = new JsonArray();
    by.add(method);
    JsonObject tokenJson = new JsonObject();
    tokenJson.addProperty("id", token);
    tokenJson.addProperty("expires", Stamps.identity(expires));
    tokenJson.add("tenant", tenantJson);
    tokenJson.add("RAX-AUTH:authenticatedBy", by);
    JsonArray catalog = new JsonArray();
    catalog.add(service("cloudDNS", "rax:dns", endpoint(null, tenant, root + "v1.0/" + tenant)));
    // another service, with a region, that a client must pass over
    catalog.add(
        service(
            "cloudFiles",
            "object-store",
            endpoint("DFW", "MossoCloudFS_" + tenant, root + "files/v1/MossoCloudFS_" + tenant)));
    JsonObject role = new JsonObject();
    role.addProperty("id", "3");
    role.addProperty("name", "identity:user-admin");
    JsonArray roles = new JsonArray();
    roles.add(role);
    JsonObject user = new JsonObject();
    user.addProperty("id", "1234");
    user.addProperty("name", username);
    user.add("roles", roles);
    user.addProperty("RAX-AUTH:defaultRegion", "DFW");
    JsonObject access = new JsonObject();
    access.add("token", tokenJson);
    access.add("serviceCatalog", catalog);
    access.add("user", user);
    JsonObject body = new JsonObject();
    body.add("access", access);
    return body;
  }

  private static JsonObject service(String name, String type, JsonObject endpoint) {
    JsonArray endpoints = new JsonArray();
    endpoints.add(endpoint);
    JsonObject service = new JsonObject();
    service.addProperty("name", name);
    service.addProperty("type", type);
    service.add("endpoints", endpoints);
    return service;
  }

  private static JsonObject endpoint(String region, String tenantId, String url) {
    JsonObject endpoint = new JsonObject();
    if (region != null) {
      endpoint.addProperty("region", region);
    }
    endpoint.addProperty("tenantId", tenantId);
    endpoint.addProperty("publicURL", url);
    return endpoint;
  }

  static CloudDnsReply unauthorized() {
    return wrapped("unauthorized", 401, UNAUTHORIZED);
  }

  static CloudDnsReply badRequest() {
    return wrapped("badRequest", 400, "Invalid json request body");
  }

  private static CloudDnsReply wrapped(String kind, int code, String message) {
    JsonObject inner = new JsonObject();
    inner.addProperty("code", code);
    inner.addProperty("message", message);
    JsonObject body = new JsonObject();
    body.add(kind, inner);
    return CloudDnsReply.of(code, body);
  }

  private static JsonObject member(JsonElement parent, String name) {
    return parent instanceof JsonObject object && object.get(name) instanceof JsonObject child
        ? child
        : null;
  }

  private static String string(JsonObject object, String name) {
    JsonElement value = object.get(name);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
  }
}
