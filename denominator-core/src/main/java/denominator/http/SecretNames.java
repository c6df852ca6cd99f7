package denominator.http;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A set of names whose values are secrets, matched loosely: case, {@code -}, {@code _} and {@code
 * .} are ignored, so {@code apiKey}, {@code api_key} and {@code API-KEY} are one name.
 */
final class SecretNames {
  static final String REDACTED = "██";

  static final Set<String> HEADERS =
      Set.of(
          "Authorization",
          "Proxy-Authorization",
          "X-API-Key",
          "X-Auth-Token",
          "X-Subject-Token", // Keystone's answer carries the token it issued here
          "X-Auth-Key",
          "X-NSONE-Key",
          "Cookie",
          "Set-Cookie",
          "X-Amz-Security-Token");

  /** JSON fields and query parameters; "key" is here because PowerDNS TSIG keys carry it. */
  static final Set<String> FIELDS =
      Set.of(
          "password",
          "passwd",
          "secret",
          "apiKey",
          "secretKey",
          "key",
          "privateKey",
          "clientSecret",
          "token",
          "accessToken",
          "refreshToken",
          "authToken",
          "sessionToken",
          "secretAccessKey",
          "credentials");

  private final Set<String> normalized;

  SecretNames(Set<String> defaults, Set<String> extra) {
    this.normalized =
        Stream.concat(defaults.stream(), extra.stream())
            .map(SecretNames::normalize)
            .collect(Collectors.toUnmodifiableSet());
  }

  boolean contains(String name) {
    return normalized.contains(normalize(name));
  }

  private static String normalize(String name) {
    return name.replaceAll("[-_.]", "").toLowerCase(Locale.ROOT);
  }
}
