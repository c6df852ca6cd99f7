package denominator.powerdns;

import denominator.change.Plan;
import denominator.change.ZoneRead;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.powerdns.PowerDnsJson.RRSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One {@code GET /zones/ID} of a zone: its rrsets as the server gave them (disabled records and the
 * server's own texts included), which a plan's {@code PATCH} can be written from, and their sets.
 */
final class PowerDnsZoneRead implements ZoneRead {
  private final PowerDnsEndpoints server;
  private final String zoneId;
  private final List<RRSet> rrsets;

  PowerDnsZoneRead(PowerDnsEndpoints server, String zoneId, List<RRSet> rrsets) {
    this.server = server;
    this.zoneId = zoneId;
    this.rrsets = List.copyOf(rrsets);
  }

  /** Every rrset of the zone, as read. */
  List<RRSet> rrsets() {
    return rrsets;
  }

  /** Whether this is a read of zone {@code zoneId} at {@code server}. */
  boolean isOf(PowerDnsEndpoints server, String zoneId) {
    return this.server == server && this.zoneId.equals(zoneId);
  }

  /**
   * Whether this read holds every set as {@code plan} found it (its {@code before} states), as the
   * read that the plan was made from does.
   */
  boolean holdsBefore(Plan plan) {
    Map<RecordSetKey, ResourceRecordSet> read = new HashMap<>();
    forEach(set -> read.put(set.key(), set));
    return plan.stale(read).isEmpty();
  }

  @Override
  public Iterator<ResourceRecordSet> iterator() {
    return PowerDnsDNSApi.sets(rrsets);
  }

  @Override
  public String toString() {
    return "PowerDnsZoneRead[" + zoneId + ", " + rrsets.size() + " rrsets]";
  }
}
