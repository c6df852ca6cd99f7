package denominator.cloudflare;

import java.util.HexFormat;
import java.util.Random;

/**
 * Ids of the simulated Cloudflare: 32 lower-case hex characters, drawn from a seeded random so that
 * runs repeat. Not thread-safe: the simulator calls it under its lock.
 */
final class IdSource {
  private final Random random;

  IdSource(long seed) {
    this.random = new Random(seed);
  }

  String next() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
