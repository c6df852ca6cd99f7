package denominator.azure;

import denominator.UnknownOutcomeException;
import denominator.ZoneApi;
import denominator.azure.AzureJson.ZoneJson;
import denominator.kit.ZoneLookup;
import denominator.model.Names;
import denominator.model.Zone;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterators;
import java.util.stream.StreamSupport;

/**
 * Azure DNS zones of the resource group. A zone's id is its name without the trailing dot; its SOA
 * is a record set, not read with the zone, so zones show no email or TTL. A lookup by name or id is
 * one {@code GET R/dnsZones/{zone}}. Creating puts a {@code global} zone unless one has the name
 * (Azure then writes the apex SOA and NS itself); deleting waits for Azure's long-running
 * operation, so that what follows finds the zone gone.
 */
final class AzureZoneApi implements ZoneApi {
  private final AzureEndpoints endpoints;
  private final AzureOperations operations;

  AzureZoneApi(AzureEndpoints endpoints, AzureOperations operations) {
    this.endpoints = endpoints;
    this.operations = operations;
  }

  @Override
  public Iterator<Zone> iterator() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(endpoints.zones(), 0), false)
        .map(AzureZoneApi::zone)
        .iterator();
  }

  @Override
  public Iterator<Zone> iterateByName(String name) {
    return read(id(name)).map(AzureZoneApi::zone).stream().iterator();
  }

  /** An id is a name without its trailing dot, lower-case: other text is no zone's id. */
  @Override
  public Optional<Zone> byId(String id) {
    return Names.ifAbsolute(id + ".").flatMap(name -> read(id)).map(AzureZoneApi::zone);
  }

  /** Creates the zone unless it is there; the email and TTL of a zone are its SOA set's. */
  @Override
  public String put(Zone zone) {
    String id = id(zone.name());
    if (read(id).isPresent()) {
      return id;
    }
    try {
      endpoints.createZone(id);
    } catch (AzureErrors.Stale exists) {
      return id; // created meanwhile: there it is
    } catch (UnknownOutcomeException lost) {
      read(id).orElseThrow(() -> lost); // made if it is there now
    }
    return id;
  }

  @Override
  public void delete(String id) {
    String zone = id(id);
    operations.deleted(zone, endpoints.deleteZone(zone), AzureOperations.ZONE_TIMEOUT);
  }

  private Optional<ZoneJson> read(String id) {
    return ZoneLookup.find(() -> endpoints.zone(id));
  }

  /** The zone's name as Azure's paths have it: lower case, without the trailing dot. */
  static String id(String name) {
    String absolute = Names.absolute(name);
    return absolute.substring(0, absolute.length() - 1);
  }

  private static Zone zone(ZoneJson json) {
    return Zone.withoutSoa(json.name(), Names.absolute(json.name()));
  }
}
