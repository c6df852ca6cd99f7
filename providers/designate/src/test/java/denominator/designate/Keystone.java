package denominator.designate;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated Keystone v3: one user with a password, one application credential, the projects the
 * user may scope to, and the tokens it issued with their expiry on the simulator's clock. It
 * answers {@code POST /v3/auth/tokens} (201, {@code X-Subject-Token}, the token body with a catalog
 * pointing back at the server) and checks the tokens Designate receives. Not thread-safe: the
 * simulator calls it under its lock.
 */
final class Keystone {
  static final String UNAUTHORIZED = "The request you have made requires authentication.";

  /** What a token grants: the project it is scoped to and whether it may write. */
  record Grant(Project project, Instant expiresAt) {}

  /**
   * A Keystone project the user may scope to.
   *
   * @param name its name in the {@code Default} domain
   * @param id its 32-hex id
   * @param role {@code member} (reads and writes) or {@code reader} (reads only)
   */
  record Project(String name, String id, String role) {
    boolean writable() {
      return role.equals("member");
    }
  }

  private final Stamps stamps;
  private final String username;
  private final String password;
  private final String applicationCredentialId;
  private final String applicationCredentialSecret;
  private final Duration lifetime;
  private final List<Project> projects;
  private final String userId;
  private final Map<String, Grant> tokens = new HashMap<>();
  private final Map<String, String> endpointIds = new HashMap<>();

  Keystone(
      Stamps stamps,
      String username,
      String password,
      String applicationCredentialId,
      String applicationCredentialSecret,
      Duration lifetime,
      List<Project> projects) {
    this.stamps = stamps;
    this.username = username;
    this.password = password;
    this.applicationCredentialId = applicationCredentialId;
    this.applicationCredentialSecret = applicationCredentialSecret;
    this.lifetime = lifetime;
    this.projects = List.copyOf(projects);
    this.userId = stamps.hex32();
  }

  /** The project an application credential is scoped to: the first, the user's own. */
  Project home() {
    return projects.get(0);
  }

  /** The live grant of a token, or empty when it is missing, unknown or expired. */
  Optional<Grant> check(String token) {
    Grant grant = token == null ? null : tokens.get(token);
    if (grant == null || !stamps.now().isBefore(grant.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(grant);
  }

  /** Makes every token issued so far expired, as if its lifetime had passed. */
  void expireAll() {
    tokens.replaceAll((token, grant) -> new Grant(grant.project(), Instant.MIN));
  }

  /** The 401 of Keystone and of keystonemiddleware in front of Designate. */
  static DesignateReply unauthorized(String identityUrl) {
    return error(401, UNAUTHORIZED, "Unauthorized")
        .withHeader("WWW-Authenticate", "Keystone uri=\"" + identityUrl + "\"");
  }

  /** Keystone's 404 of a path it does not serve. */
  static DesignateReply notFound(String path) {
    return error(404, "Could not find path " + path + ".", "Not Found");
  }

  /** Answers {@code POST /v3/auth/tokens}; {@code root} is the server's URL ending in "/". */
  DesignateReply issue(String body, String root) {
    String identity = root + "identity";
    JsonObject auth;
    try {
      auth = member(JsonParser.parseString(body), "auth");
    } catch (RuntimeException e) {
      // the body is not echoed: it may hold a password
      return error(400, "Expecting to find auth in request body.", "Bad Request");
    }
    JsonObject identityMember = auth == null ? null : member(auth, "identity");
    JsonArray methods =
        identityMember != null && identityMember.get("methods") instanceof JsonArray array
            ? array
            : null;
    if (methods == null || methods.size() != 1 || !methods.get(0).isJsonPrimitive()) {
      return error(
          400,
          "Invalid input for field 'identity': 'methods' is a required property",
          "Bad Request");
    }
    String method = methods.get(0).getAsString();
    Optional<Project> project =
        switch (method) {
          case "password" -> password(member(identityMember, "password"), member(auth, "scope"));
          case "application_credential" ->
              applicationCredential(
                  member(identityMember, "application_credential"), auth.has("scope"));
          default -> Optional.empty();
        };
    if (project.isEmpty()) {
      return unauthorized(identity);
    }
    String token =
        "gAAAAA" + Base64.getUrlEncoder().withoutPadding().encodeToString(stamps.bytes(60));
    Instant issued = stamps.now();
    Instant expires = issued.plus(lifetime);
    tokens.put(token, new Grant(project.get(), expires));
    return DesignateReply.of(201, tokenBody(method, project.get(), issued, expires, root))
        .withHeader("X-Subject-Token", token);
  }

  private Optional<Project> password(JsonObject password, JsonObject scope) {
    JsonObject user = member(password, "user");
    if (user == null
        || !username.equals(string(user, "name"))
        || !this.password.equals(string(user, "password"))
        || !defaultDomain(member(user, "domain"))) {
      return Optional.empty();
    }
    JsonObject wanted = member(scope, "project");
    if (wanted == null) {
      // an unscoped token would carry no catalog: the simulator refuses it instead (ASSUMPTION)
      return Optional.empty();
    }
    return projects.stream()
        .filter(
            project ->
                project.id().equals(string(wanted, "id"))
                    || (project.name().equals(string(wanted, "name"))
                        && defaultDomain(member(wanted, "domain"))))
        .findFirst();
  }

  // Keystone refuses a scope with an application credential: it is scoped already.
  private Optional<Project> applicationCredential(JsonObject credential, boolean scoped) {
    if (credential == null
        || scoped
        || !applicationCredentialId.equals(string(credential, "id"))
        || !applicationCredentialSecret.equals(string(credential, "secret"))) {
      return Optional.empty();
    }
    return Optional.of(home());
  }

  private static boolean defaultDomain(JsonObject domain) {
    return domain != null
        && ("Default".equals(string(domain, "name")) || "default".equals(string(domain, "id")));
  }

  private JsonObject tokenBody(
      String method, Project project, Instant issued, Instant expires, String root) {
    JsonObject domain = new JsonObject();
    domain.addProperty("id", "default");
    domain.addProperty("name", "Default");
    JsonObject token = new JsonObject();
    JsonArray methods = new JsonArray();
    methods.add(method);
    token.add("methods", methods);
    JsonObject user = new JsonObject();
    user.add("domain", domain.deepCopy());
    user.addProperty("id", userId);
    user.addProperty("name", username);
    user.add("password_expires_at", JsonNull.INSTANCE);
    token.add("user", user);
    JsonArray audit = new JsonArray();
    audit.add(Base64.getUrlEncoder().withoutPadding().encodeToString(stamps.bytes(16)));
    token.add("audit_ids", audit);
    token.addProperty("expires_at", Stamps.keystone(expires));
    token.addProperty("issued_at", Stamps.keystone(issued));
    JsonObject scoped = new JsonObject();
    scoped.add("domain", domain.deepCopy());
    scoped.addProperty("id", project.id());
    scoped.addProperty("name", project.name());
    token.add("project", scoped);
    token.addProperty("is_domain", false);
    JsonArray roles = new JsonArray();
    JsonObject role = new JsonObject();
    role.addProperty("id", id("role " + project.role()));
    role.addProperty("name", project.role());
    roles.add(role);
    token.add("roles", roles);
    if (method.equals("application_credential")) {
      JsonObject credential = new JsonObject();
      credential.addProperty("id", applicationCredentialId);
      credential.addProperty("name", "denominator");
      credential.addProperty("restricted", true);
      token.add("application_credential", credential);
    }
    token.add("catalog", catalog(root));
    JsonObject body = new JsonObject();
    body.add("token", token);
    return body;
  }

  /** Designate in RegionOne (public and internal) and RegionTwo, then Keystone itself. */
  private JsonArray catalog(String root) {
    JsonArray dnsEndpoints = new JsonArray();
    dnsEndpoints.add(endpoint("public", "RegionOne", root + "dns"));
    dnsEndpoints.add(endpoint("internal", "RegionOne", root + "dns"));
    dnsEndpoints.add(endpoint("public", "RegionTwo", root + "r2/dns"));
    JsonArray identityEndpoints = new JsonArray();
    identityEndpoints.add(endpoint("public", "RegionOne", root + "identity"));
    JsonArray catalog = new JsonArray();
    catalog.add(service(dnsEndpoints, "dns", "designate"));
    catalog.add(service(identityEndpoints, "identity", "keystone"));
    return catalog;
  }

  private JsonObject service(JsonArray endpoints, String type, String name) {
    JsonObject service = new JsonObject();
    service.add("endpoints", endpoints);
    service.addProperty("id", id("service " + type));
    service.addProperty("type", type);
    service.addProperty("name", name);
    return service;
  }

  private JsonObject endpoint(String face, String region, String url) {
    JsonObject endpoint = new JsonObject();
    endpoint.addProperty("id", id("endpoint " + face + " " + url));
    endpoint.addProperty("interface", face);
    endpoint.addProperty("region_id", region);
    endpoint.addProperty("url", url);
    endpoint.addProperty("region", region);
    return endpoint;
  }

  // the same id for the same catalog entry or role in every token, as Keystone's database gives
  private String id(String what) {
    return endpointIds.computeIfAbsent(what, key -> stamps.hex32());
  }

  private static DesignateReply error(int code, String message, String title) {
    JsonObject error = new JsonObject();
    error.addProperty("code", code);
    error.addProperty("message", message);
    error.addProperty("title", title);
    JsonObject body = new JsonObject();
    body.add("error", error);
    return DesignateReply.of(code, body);
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
