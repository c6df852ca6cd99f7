package denominator.powerdns;

import denominator.change.Plan;
import denominator.change.ZoneRead;
import denominator.model.ResourceRecordSet;
import denominator.powerdns.PowerDnsJson.RRSet;
import java.util.Iterator;
import java.util.List;

/**
 * One {@code GET /zones/ID} of a zone: its rrsets as the server gave them (disabled records and the
 * server's own texts included), and their sets. A plan made from it is applied with one more {@code
 * GET} of the zone ({@link PowerDnsDNSApi#apply(String, Plan, denominator.change.ApplyMode,
 * ZoneRead)}).
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

  @Override
  public Iterator<ResourceRecordSet> iterator() {
    return PowerDnsDNSApi.sets(rrsets);
  }

  @Override
  public String toString() {
    return "PowerDnsZoneRead[" + zoneId + ", " + rrsets.size() + " rrsets]";
  }
}
