package denominator.model;

import denominator.ValidationException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A DNS zone at a provider: its identifier, its name, and what its SOA says of the responsible
 * person and the default TTL when the provider read them. A provider that lists zones without their
 * SOA (Route53 lists hosted zones alone) leaves those out rather than guess.
 */
public final class Zone {
  private static final String MAILBOX = "a mailbox such as hostmaster@example.com";

  private final String id;
  private final String name;
  private final String email;
  private final Integer ttl;

  /**
   * A zone whose SOA was read.
   *
   * @param id the provider's identifier for the zone; some providers use the name itself, others
   *     (Route53) an opaque id, and allow two zones with the same name
   * @param name absolute, lower-case zone name, e.g. {@code example.com.}
   * @param email the responsible person's mailbox, e.g. {@code hostmaster@example.com}
   * @param ttl the default TTL of the zone's SOA, in seconds
   */
  public Zone(String id, String name, String email, int ttl) {
    this(id, name, checkEmail(email), Integer.valueOf(Ttl.check(ttl)));
  }

  private Zone(String id, String name, String email, Integer ttl) {
    if (id == null || id.isBlank()) {
      throw new ValidationException("empty zone id", String.valueOf(id), "a provider zone id");
    }
    this.id = id;
    this.name = Names.absolute(name);
    this.email = email;
    this.ttl = ttl;
  }

  /** A zone listed without its SOA: its mailbox and TTL are left out, not guessed. */
  public static Zone withoutSoa(String id, String name) {
    return new Zone(id, name, null, (Integer) null);
  }

  /** A zone not yet created, whose provider id is its name until the provider assigns one. */
  public static Zone create(String name, String email, int ttl) {
    String absolute = Names.absolute(name);
    return new Zone(absolute, absolute, email, ttl);
  }

  private static String checkEmail(String email) {
    if (email == null || email.isBlank()) {
      throw new ValidationException("empty zone email", String.valueOf(email), MAILBOX);
    }
    if (email.strip().chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      throw new ValidationException("space or control character in zone email", email, MAILBOX);
    }
    return email;
  }

  /** The provider's identifier for the zone. */
  public String id() {
    return id;
  }

  /** Absolute, lower-case zone name, e.g. {@code example.com.}. */
  public String name() {
    return name;
  }

  /** The responsible person's mailbox from the SOA; empty when the provider did not read it. */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** The default TTL of the zone's SOA in seconds; empty when the provider did not read it. */
  public OptionalInt ttl() {
    return ttl == null ? OptionalInt.empty() : OptionalInt.of(ttl);
  }

  /** The same zone under the identifier the provider assigned. */
  public Zone withId(String id) {
    return new Zone(id, name, email, ttl);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Zone z
        && id.equals(z.id)
        && name.equals(z.name)
        && Objects.equals(email, z.email)
        && Objects.equals(ttl, z.ttl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, email, ttl);
  }

  @Override
  public String toString() {
    return "Zone[id="
        + id
        + ", name="
        + name
        + (email == null ? "" : ", email=" + email)
        + (ttl == null ? "" : ", ttl=" + ttl)
        + "]";
  }
}
