package denominator.cloudflare;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The {@code created_on}/{@code modified_on} times Cloudflare writes, from the injected clock. */
final class Timestamps {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private final Clock clock;

  Timestamps(Clock clock) {
    this.clock = clock;
  }

  String now() {
    return FORMAT.format(clock.instant());
  }
}
