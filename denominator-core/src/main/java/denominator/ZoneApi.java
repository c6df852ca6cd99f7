package denominator;

import denominator.model.Zone;
import java.util.Iterator;

/**
 * The zones of one provider account.
 *
 * <p>Iteration is lazy: it fetches pages as the caller advances and holds one page at a time.
 * Writes are idempotent: putting a zone that exists updates it, deleting one that does not is a
 * no-op.
 */
public interface ZoneApi extends Iterable<Zone> {

  /** Every zone of the account, in the provider's order. */
  @Override
  Iterator<Zone> iterator();

  /**
   * The zones with this name (absolute or not). Most providers return at most one; providers whose
   * metadata declares duplicate zone names (Route53) may return several.
   */
  Iterator<Zone> iterateByName(String name);

  /**
   * Creates the zone, or updates the email and TTL of the zone with this id, and returns its
   * provider id. A zone created from {@link Zone#create} gets an id from the provider.
   */
  String put(Zone zone);

  /**
   * Deletes the zone with this id and all its record sets. Deleting a zone that does not exist does
   * nothing.
   */
  void delete(String id);
}
