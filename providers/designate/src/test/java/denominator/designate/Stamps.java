package denominator.designate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.UUID;

/**
 * The simulator's identifiers and time stamps: UUIDs and 32-hex ids drawn from a seeded random (so
 * runs repeat), and creation times that never repeat. Designate sorts by {@code created_at} then
 * {@code id} at microsecond precision; on a clock that stands still (a test's {@code ManualTime})
 * equal times would order by the random id instead of by creation, so each stamp is at least one
 * microsecond after the previous one. Not thread-safe: the simulator calls it under its lock.
 */
final class Stamps {
  private static final DateTimeFormatter DESIGNATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter KEYSTONE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private final Clock clock;
  private final Random random;
  private Instant last = Instant.EPOCH;

  Stamps(Clock clock, Random random) {
    this.clock = clock;
    this.random = random;
  }

  Instant now() {
    return clock.instant();
  }

  /** A creation time: now, or one microsecond after the last one when the clock has not moved. */
  Instant created() {
    Instant now = clock.instant();
    last = now.isAfter(last) ? now : last.plusNanos(1_000);
    return last;
  }

  /** A random (version 4) UUID, as Designate gives zones and record sets. */
  String uuid() {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  /** 32 lower-case hex digits, as Keystone gives users, projects, roles and endpoints. */
  String hex32() {
    return uuid().replace("-", "");
  }

  /** {@code n} random bytes. */
  byte[] bytes(int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Designate's form: microseconds and no zone suffix, UTC. */
  static String designate(Instant instant) {
    return DESIGNATE.format(instant);
  }

  /** Keystone's form: microseconds and {@code Z}. */
  static String keystone(Instant instant) {
    return KEYSTONE.format(instant);
  }
}
