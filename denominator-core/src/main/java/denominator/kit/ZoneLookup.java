package denominator.kit;

import denominator.ZoneNotFoundException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A vendor's read of one zone as a lookup, for {@link denominator.ZoneApi#byId} and lookups by
 * name: the vendor's "no such zone" ({@link ZoneNotFoundException}, which each provider's error
 * table makes of it) is the answer "none", not a failure.
 *
 * <pre>{@code
 * return ZoneLookup.find(() -> zone(endpoints.zone(id)));
 * }</pre>
 */
public final class ZoneLookup {

  /** What {@code read} returns; empty when it throws {@link ZoneNotFoundException}. */
  public static <T> Optional<T> find(Supplier<T> read) {
    try {
      return Optional.of(read.get());
    } catch (ZoneNotFoundException none) {
      return Optional.empty();
    }
  }

  private ZoneLookup() {}
}
