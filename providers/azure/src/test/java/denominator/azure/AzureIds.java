package denominator.azure;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;

/**
 * The simulator's clock and identifiers: UUIDs (etags, request ids), 32-hex operation ids and
 * opaque tokens, drawn from a seeded random so that runs repeat. Not thread-safe: the simulator
 * calls it under its lock.
 */
final class AzureIds {
  private final Clock clock;
  private final Random random;

  AzureIds(Clock clock, Random random) {
    this.clock = clock;
    this.random = random;
  }

  Instant now() {
    return clock.instant();
  }

  /** A random (version 4) UUID, as ARM gives etags and request ids. */
  String uuid() {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  /** 32 lower-case hex digits: an asynchronous operation's id. */
  String hex32() {
    return uuid().replace("-", "");
  }

  /** A zone's etag: {@code 00000002-0000-0000-<12 hex>}, the form real zones carry. */
  String zoneEtag() {
    return "00000002-0000-0000-" + hex32().substring(0, 12);
  }

  /** An opaque access token: 48 random bytes, base64url (not a JWT: no client parses it). */
  String token() {
    byte[] bytes = new byte[48];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
