package denominator;

import denominator.model.Zone;
import java.util.Iterator;
import java.util.Optional;

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
   * Every zone of the account, in the provider's order, in as few requests as the provider allows:
   * for finding the zones to work on (ids and names), as {@link #iterateByNameWithoutSoa} is for
   * one zone. A zone's mailbox and TTL are left out ({@link Zone#withoutSoa}) where reading them
   * would take another request per zone; {@link #iterator} reads them. Ids and names are those
   * {@link #iterator} shows. Lazy as {@link #iterator} is.
   *
   * <p>The default is {@link #iterator}; providers whose listing reads each zone's SOA override it
   * to skip that read, so that it takes the listing's pages alone.
   */
  default Iterator<Zone> iterateWithoutSoa() {
    return iterator();
  }

  /**
   * The zones with this name (absolute or not). Most providers return at most one; providers whose
   * metadata declares duplicate zone names (Route53) may return several.
   */
  Iterator<Zone> iterateByName(String name);

  /**
   * The zones with this name (absolute or not), found in as few requests as the provider allows:
   * for turning a name an operator typed into a zone id. A zone's mailbox and TTL are left out
   * ({@link Zone#withoutSoa}) where reading them would take another request (most providers keep
   * them in the zone's SOA, which their zone lookups do not return); {@link #iterateByName} reads
   * them. Id and name are those the listing shows.
   *
   * <p>The default is {@link #iterateByName}; providers whose lookup by name reads each zone's SOA
   * override it to skip that read.
   */
  default Iterator<Zone> iterateByNameWithoutSoa(String name) {
    return iterateByName(name);
  }

  /**
   * The zone with this provider id, or empty if there is none (an id the provider refuses as
   * malformed is none): for finding a zone an operator gave by id. As with {@link
   * #iterateByNameWithoutSoa}, the mailbox and TTL are left out where reading them would take
   * another request.
   *
   * <p>The default reads the listing until it finds the zone (every page, for an id that is not
   * there); providers override it with the vendor's request for one zone.
   */
  default Optional<Zone> byId(String id) {
    for (Zone zone : this) {
      if (zone.id().equals(id)) {
        return Optional.of(zone);
      }
    }
    return Optional.empty();
  }

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
