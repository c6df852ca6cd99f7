package denominator.googledns;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Google's OAuth token endpoint and bearer check as the simulator models them (wire page, section
 * 1): a JWT-bearer grant signed RS256 by a registered service account's key is exchanged for an
 * access token valid 3599 s on the simulator's clock, carrying the JWT's scopes; every API request
 * must then carry one such token (or a fixed one a test registered). Issued tokens are credentials:
 * nothing here prints them.
 */
final class AccessTokens {
  static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
  static final String READ_WRITE = "https://www.googleapis.com/auth/ndev.clouddns.readwrite";
  static final String CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";
  static final Set<String> WRITE_SCOPES = Set.of(READ_WRITE, CLOUD_PLATFORM);
  static final Set<String> READ_SCOPES =
      Set.of(
          READ_WRITE,
          CLOUD_PLATFORM,
          "https://www.googleapis.com/auth/ndev.clouddns.readonly",
          "https://www.googleapis.com/auth/cloud-platform.read-only");
  static final Duration LIFETIME = Duration.ofSeconds(3599);

  /** What a token allows, until when (null: for ever). */
  record Grant(Set<String> scopes, Instant expiresAt) {}

  private final Clock clock;
  private final Map<String, PublicKey> accounts;
  private final Map<String, Grant> tokens = new HashMap<>();
  private final SecureRandom random = new SecureRandom();
  private int issued;

  /** Refuses every token issued so far, as Google does once they expire; fixed ones stay. */
  void expireAll() {
    tokens.values().removeIf(grant -> grant.expiresAt() != null);
  }

  AccessTokens(Clock clock, Map<String, PublicKey> accounts, Set<String> fixedTokens) {
    this.clock = clock;
    this.accounts = Map.copyOf(accounts);
    fixedTokens.forEach(token -> tokens.put(token, new Grant(WRITE_SCOPES, null)));
  }

  /** How many tokens the endpoint issued. */
  int issued() {
    return issued;
  }

  /** Answers {@code POST /token} with form {@code body}. */
  GoogleReply exchange(String body) {
    Map<String, String> form = form(body);
    String grantType = form.getOrDefault("grant_type", "");
    if (!grantType.equals(GRANT_TYPE)) {
      return GoogleReply.oauthError("unsupported_grant_type", "Invalid grant_type: " + grantType);
    }
    String[] parts = form.getOrDefault("assertion", "").split("\\.", -1);
    if (parts.length != 3) {
      return GoogleReply.oauthError("invalid_grant", "Invalid JWT: not three parts");
    }
    JsonObject header;
    JsonObject claims;
    try {
      header = decode(parts[0]);
      claims = decode(parts[1]);
    } catch (IllegalArgumentException | JsonParseException | IllegalStateException e) {
      return GoogleReply.oauthError("invalid_grant", "Invalid JWT: not base64url JSON");
    }
    if (!header.has("alg") || !header.get("alg").getAsString().equals("RS256")) {
      return GoogleReply.oauthError("invalid_grant", "Invalid JWT: alg must be RS256");
    }
    String issuer = claims.has("iss") ? claims.get("iss").getAsString() : "";
    PublicKey key = accounts.get(issuer);
    if (key == null) {
      return GoogleReply.oauthError(
          "invalid_grant", "Invalid JWT: unknown service account " + issuer);
    }
    if (!verifies(key, parts)) {
      return GoogleReply.oauthError("invalid_grant", "Invalid JWT Signature.");
    }
    if (!shortLived(claims)) {
      return GoogleReply.oauthError(
          "invalid_grant",
          "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable"
              + " timeframe. Check your iat and exp values in the JWT claim.");
    }
    String scope = claims.has("scope") ? claims.get("scope").getAsString() : "";
    String token = "ya29.sim-" + HexFormat.of().formatHex(bytes(16));
    tokens.put(token, new Grant(Set.of(scope.split(" ")), clock.instant().plus(LIFETIME)));
    issued++;
    JsonObject answer = new JsonObject();
    answer.addProperty("access_token", token);
    answer.addProperty("expires_in", LIFETIME.toSeconds());
    answer.addProperty("token_type", "Bearer");
    return GoogleReply.ok(answer);
  }

  /** The grant of a request's {@code Authorization} header; refuses a missing or bad token. */
  Grant check(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      throw GoogleRefusal.loginRequired();
    }
    String[] scheme = authorization.trim().split(" ", 2);
    Grant grant =
        scheme.length == 2 && scheme[0].equalsIgnoreCase("Bearer")
            ? tokens.get(scheme[1].trim())
            : null;
    if (grant == null
        || grant.expiresAt() != null && !clock.instant().isBefore(grant.expiresAt())) {
      throw GoogleRefusal.invalidCredentials();
    }
    return grant;
  }

  private byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }

  private static boolean verifies(PublicKey key, String[] parts) {
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initVerify(key);
      rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** {@code exp} after {@code iat} by at most an hour; the simulator's clock is not compared. */
  private static boolean shortLived(JsonObject claims) {
    if (!claims.has("iat") || !claims.has("exp")) {
      return false;
    }
    long lifetime = claims.get("exp").getAsLong() - claims.get("iat").getAsLong();
    return lifetime > 0 && lifetime <= 3600;
  }

  private static JsonObject decode(String part) {
    return JsonParser.parseString(
            new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8))
        .getAsJsonObject();
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  @Override
  public String toString() {
    return "AccessTokens{" + tokens.size() + " tokens}";
  }
}
