package denominator.clouddns;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.UUID;

/**
 * The simulator's identifiers and times: one account-wide sequence of numbers for domain ids and
 * record ids (from 1000001, ASSUMPTION), UUIDs for jobs and tokens from a seeded random (so runs
 * repeat), and the two time formats of the wire page. Not thread-safe: the simulator calls it under
 * its lock.
 */
final class Stamps {
  private static final DateTimeFormatter CLOUD_DNS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter IDENTITY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Clock clock;
  private final Random random;
  private long next = 1_000_001;

  Stamps(Clock clock, Random random) {
    this.clock = clock;
    this.random = random;
  }

  Instant now() {
    return clock.instant();
  }

  /** The next number of the account's sequence: a domain id, or a record id's digits. */
  long nextId() {
    return next++;
  }

  /** A random (version 4) UUID, as the service gives jobs and identity gives tokens. */
  String uuid() {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  /** Cloud DNS's form: {@code 2011-06-24T01:12:51.000+0000}. */
  static String cloudDns(Instant instant) {
    return CLOUD_DNS.format(instant);
  }

  /** Identity's form: {@code 2026-12-04T22:19:00.000Z}. */
  static String identity(Instant instant) {
    return IDENTITY.format(instant);
  }

  /** An ISO 8601 instant in whole seconds, as {@code Reply-After} carries it. */
  static String seconds(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
