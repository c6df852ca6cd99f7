package denominator.ultradns;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The token service of the simulated UltraDNS: grants access tokens for the password and for a
 * refresh token, and says whether a bearer token is still valid on the simulator's clock.
 *
 * <p>Tokens are opaque counters; a refresh token works once (the grant it makes carries a new one),
 * and an access token stays valid until it expires even after a refresh. Not thread-safe: the
 * simulator calls it under its own lock.
 */
final class SimulatedTokens {
  private final String username;
  private final String password;
  private final Clock clock;
  private final Duration lifetime;
  private final Map<String, Instant> accessTokens = new HashMap<>();
  private final Set<String> refreshTokens = new HashSet<>();
  private final String prefix;
  private int counter;
  private int grants;

  SimulatedTokens(String username, String password, Clock clock, Duration lifetime, String prefix) {
    this.prefix = prefix;
    this.username = username;
    this.password = password;
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** Answers {@code POST /v1/authorization/token} for this form. */
  SimulatedAnswer grant(Map<String, String> form) {
    String grantType = form.getOrDefault("grant_type", "");
    boolean granted =
        switch (grantType) {
          case "password" ->
              username.equals(form.get("username")) && password.equals(form.get("password"));
          case "refresh_token" -> refreshTokens.remove(form.getOrDefault("refresh_token", ""));
          default -> false;
        };
    return granted ? SimulatedAnswer.of(200, newGrant()) : refused();
  }

  /** Refuses every access token granted so far, as if each had expired. */
  void expireAll() {
    accessTokens.clear();
  }

  /** Whether {@code authorization} is {@code Bearer <token>} with a token not yet expired. */
  boolean accepts(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    Instant expiry = accessTokens.get(authorization.substring("Bearer ".length()).strip());
    return expiry != null && clock.instant().isBefore(expiry);
  }

  /** Tokens granted so far, by password or refresh. */
  int grants() {
    return grants;
  }

  /** The answer to a call without a valid access token: 401 with one object, not an array. */
  static SimulatedAnswer unauthorized() {
    return SimulatedAnswer.of(
        401,
        SimulatedAnswer.errorObject(60001, "invalid_grant:token not found, expired or invalid"));
  }

  private JsonObject newGrant() {
    grants++;
    String access = prefix + "access-" + ++counter;
    String refresh = prefix + "refresh-" + counter;
    accessTokens.put(access, clock.instant().plus(lifetime));
    refreshTokens.add(refresh);
    String seconds = Long.toString(lifetime.toSeconds());
    JsonObject grant = new JsonObject();
    grant.addProperty("tokenType", "Bearer");
    grant.addProperty("accessToken", access);
    grant.addProperty("refreshToken", refresh);
    grant.addProperty("expiresIn", seconds);
    grant.addProperty("expires_in", seconds);
    return grant;
  }

  private static SimulatedAnswer refused() {
    String message = "invalid_grant:Invalid username & password combination.";
    JsonObject error = SimulatedAnswer.errorObject(60001, message);
    error.addProperty("error", "invalid_grant");
    error.addProperty("error_description", "60001: " + message);
    return SimulatedAnswer.of(400, error);
  }
}
