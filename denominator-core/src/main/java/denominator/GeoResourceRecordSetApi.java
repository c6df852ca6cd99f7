package denominator;

import denominator.model.geo.Region;
import java.util.Collection;

/**
 * The geo record sets of one zone: qualified sets answered to clients in their regions. Iteration
 * returns only geo sets, and {@link #put} accepts only sets that have a {@link
 * denominator.model.geo.Geo}.
 *
 * <p>Within one name and type a region belongs to at most one qualifier: a put that would give a
 * region to a second qualifier fails with {@link InvalidChangeException} instead of moving it
 * silently. To move regions between qualifiers, apply one change set that updates both.
 */
public interface GeoResourceRecordSetApi extends ResourceRecordSetApi {

  /** The regions this provider can express, in the canonical vocabulary. */
  Collection<Region> supportedRegions();
}
