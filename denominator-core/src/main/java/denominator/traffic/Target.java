package denominator.traffic;

import denominator.DNSApi;
import denominator.model.Names;
import java.util.Objects;

/**
 * One zone at one provider that a traffic operation changes, e.g. the Route53 and the PowerDNS
 * copies of the same zone.
 *
 * @param name how results and snapshots name this target, e.g. {@code route53}; unique within an
 *     operation
 * @param api the provider's API
 * @param zoneId the zone's id at that provider
 * @param zoneName the zone's name, absolute
 */
public record Target(String name, DNSApi api, String zoneId, String zoneName) {
  public Target {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(zoneId, "zoneId");
    zoneName = Names.absolute(zoneName);
  }

  @Override
  public String toString() {
    return name + ":" + zoneId;
  }
}
