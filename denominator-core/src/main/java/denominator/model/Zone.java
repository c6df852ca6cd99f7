package denominator.model;

import denominator.ValidationException;

/**
 * A DNS zone at a provider.
 *
 * @param id the provider's identifier for the zone; some providers use the name itself, others
 *     (Route53) an opaque id, and allow two zones with the same name
 * @param name absolute, lower-case zone name, e.g. {@code example.com.}
 * @param email the responsible person's mailbox, e.g. {@code hostmaster@example.com}
 * @param ttl the default TTL of the zone's SOA, in seconds
 */
public record Zone(String id, String name, String email, int ttl) {
  public Zone {
    if (id == null || id.isBlank()) {
      throw new ValidationException("empty zone id", String.valueOf(id), "a provider zone id");
    }
    name = Names.absolute(name);
    if (email == null || email.isBlank()) {
      throw new ValidationException("empty zone email", String.valueOf(email),
          "a mailbox such as hostmaster@example.com");
    }
    if (email.strip().chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      throw new ValidationException("space or control character in zone email", email,
          "a mailbox such as hostmaster@example.com");
    }
    Ttl.check(ttl);
  }

  /** A zone not yet created, whose provider id is its name until the provider assigns one. */
  public static Zone create(String name, String email, int ttl) {
    String absolute = Names.absolute(name);
    return new Zone(absolute, absolute, email, ttl);
  }
}
