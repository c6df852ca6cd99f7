package denominator.azure;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The simulated Entra ID (wire page, section 2): one tenant knowing its client applications and
 * their secrets, issuing opaque bearer tokens by the client-credentials grant with an expiry on the
 * simulator's clock, and checking the tokens ARM receives. Not thread-safe: the simulator calls it
 * under its lock.
 */
final class EntraId {
  /** The one scope ARM tokens are issued for, whatever URL the client talks to. */
  static final String SCOPE = "https://management.azure.com/.default";

  private static final DateTimeFormatter ARM_TIME =
      DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter ENTRA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  /**
   * A client application of the tenant.
   *
   * @param id its client (application) id
   * @param secret its client secret
   * @param writer whether its role lets it write (Contributor) or only read (Reader)
   */
  record Client(String id, String secret, boolean writer) {}

  /** What a token grants: its client, until when. */
  record Grant(Client client, Instant expiresAt) {}

  private final AzureIds ids;
  private final String tenant;
  private final Duration lifetime;
  private final Map<String, Client> clients = new LinkedHashMap<>();
  private final Map<String, Grant> tokens = new HashMap<>();

  EntraId(AzureIds ids, String tenant, Duration lifetime, Iterable<Client> clients) {
    this.ids = ids;
    this.tenant = tenant;
    this.lifetime = lifetime;
    clients.forEach(client -> this.clients.put(client.id(), client));
  }

  String tenant() {
    return tenant;
  }

  /** Makes every token issued so far expired one second ago. */
  void expireAll() {
    Instant past = ids.now().minusSeconds(1);
    tokens.replaceAll((token, grant) -> new Grant(grant.client(), past));
  }

  /**
   * Answers {@code POST /{tenant}/oauth2/v2.0/token}: the form body's client credentials (or HTTP
   * Basic ones, {@code client_secret_basic}) for a token. No message ever holds the secret.
   */
  ArmReply issue(String tenantInPath, String form, String basic) {
    Map<String, String> fields = form(form);
    basic(basic, fields);
    if (!tenant.equalsIgnoreCase(tenantInPath)) {
      return error(400, "invalid_request", 90002, "Tenant '" + tenantInPath + "' not found.");
    }
    String grantType = fields.get("grant_type");
    if (!"client_credentials".equals(grantType)) {
      return error(
          400,
          "unsupported_grant_type",
          70003,
          "The app requested an unsupported grant type '" + grantType + "'.");
    }
    if (!SCOPE.equals(fields.get("scope"))) {
      return error(
          400,
          "invalid_scope",
          70011,
          "The provided request must include a 'scope' input parameter. The provided value for the"
              + " input parameter 'scope' is not valid. The scope "
              + fields.get("scope")
              + " is not valid.");
    }
    String clientId = fields.get("client_id");
    Client client = clientId == null ? null : clients.get(clientId);
    if (client == null) {
      return error(
          400,
          "unauthorized_client",
          700016,
          "Application with identifier '"
              + clientId
              + "' was not found in the directory '"
              + tenant
              + "'.");
    }
    if (!client.secret().equals(fields.get("client_secret"))) {
      return error(
          401,
          "invalid_client",
          7000215,
          "Invalid client secret provided. Ensure the secret being sent in the request is the"
              + " client secret value, not the client secret ID, for a secret added to app '"
              + clientId
              + "'.");
    }
    String token = ids.token();
    tokens.put(token, new Grant(client, ids.now().plus(lifetime)));
    JsonObject body = new JsonObject();
    body.addProperty("token_type", "Bearer");
    body.addProperty("expires_in", lifetime.toSeconds());
    body.addProperty("ext_expires_in", lifetime.toSeconds());
    body.addProperty("access_token", token);
    return ArmReply.of(200, body.toString());
  }

  /**
   * The OpenID metadata MSAL reads before asking for a token, with the four members it requires;
   * {@code root} ends in "/".
   */
  ArmReply openIdConfiguration(String tenantInPath, String root) {
    String base = root + tenantInPath;
    JsonObject body = new JsonObject();
    body.addProperty("token_endpoint", base + "/oauth2/v2.0/token");
    body.addProperty("issuer", base + "/v2.0");
    body.addProperty("authorization_endpoint", base + "/oauth2/v2.0/authorize");
    // MSAL refuses metadata without jwks_uri; the simulator serves no keys (its tokens are opaque)
    body.addProperty("jwks_uri", base + "/discovery/v2.0/keys");
    JsonArray methods = new JsonArray();
    methods.add("client_secret_post");
    methods.add("private_key_jwt");
    methods.add("client_secret_basic");
    body.add("token_endpoint_auth_methods_supported", methods);
    return ArmReply.of(200, body.toString());
  }

  /**
   * The grant of an {@code Authorization} header, or the 401 ARM's gateway answers: header missing
   * or not a bearer token, token unknown, token expired.
   */
  Grant check(String authorization, String authority) {
    if (authorization == null) {
      throw unauthorized(
          authority,
          "AuthenticationFailed",
          "Authentication failed. The 'Authorization' header is missing.");
    }
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw unauthorized(
          authority,
          "AuthenticationFailed",
          "Authentication failed. The 'Authorization' header is provided in an invalid format.");
    }
    Grant grant = tokens.get(authorization.substring(7).trim());
    if (grant == null) {
      throw unauthorized(authority, "InvalidAuthenticationToken", "The access token is invalid.");
    }
    Instant now = ids.now();
    if (!now.isBefore(grant.expiresAt())) {
      throw unauthorized(
          authority,
          "ExpiredAuthenticationToken",
          "The access token expiry UTC time '"
              + ARM_TIME.format(grant.expiresAt())
              + "' is earlier than current UTC time '"
              + ARM_TIME.format(now)
              + "'.");
    }
    return grant;
  }

  /** A grant check's refusal, with the {@code WWW-Authenticate} header pointing at this tenant. */
  private ArmRefusal unauthorized(String authority, String code, String message) {
    String description = message.replace("\"", "'");
    return ArmRefusal.wrapped(401, code, message)
        .withHeader(
            "WWW-Authenticate",
            "Bearer authorization_uri=\""
                + authority
                + tenant
                + "\", error=\"invalid_token\", error_description=\""
                + description
                + "\"");
  }

  private ArmReply error(int status, String error, int code, String why) {
    String trace = ids.uuid();
    String correlation = ids.uuid();
    Instant now = ids.now();
    JsonObject body = new JsonObject();
    body.addProperty("error", error);
    body.addProperty(
        "error_description",
        "AADSTS"
            + code
            + ": "
            + why
            + "\r\nTrace ID: "
            + trace
            + "\r\nCorrelation ID: "
            + correlation
            + "\r\nTimestamp: "
            + ENTRA_TIME.format(now));
    JsonArray codes = new JsonArray();
    codes.add(code);
    body.add("error_codes", codes);
    body.addProperty("timestamp", ENTRA_TIME.format(now));
    body.addProperty("trace_id", trace);
    body.addProperty("correlation_id", correlation);
    body.addProperty("error_uri", "https://login.microsoftonline.com/error?code=" + code);
    return ArmReply.of(status, body.toString());
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      fields.put(decode(name), decode(value));
    }
    return fields;
  }

  // client_secret_basic: the id and secret, form-encoded, in an HTTP Basic header
  private static void basic(String authorization, Map<String, String> fields) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return;
    }
    String pair;
    try {
      pair =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return;
    }
    int colon = pair.indexOf(':');
    if (colon > 0) {
      fields.putIfAbsent("client_id", decode(pair.substring(0, colon)));
      fields.putIfAbsent("client_secret", decode(pair.substring(colon + 1)));
    }
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }
}
