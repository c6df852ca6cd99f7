package denominator.route53;

import denominator.model.Names;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.HostedZoneAlreadyExistsException;
import software.amazon.awssdk.services.route53.model.InvalidInputException;
import software.amazon.awssdk.services.route53.model.ListHostedZonesByNameResponse;
import software.amazon.awssdk.services.route53.model.ListHostedZonesResponse;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.NoSuchHostedZoneException;

/**
 * Every Route53 endpoint the provider uses, on one screen, each failing with a typed exception from
 * {@link Route53Errors}. Zone ids are bare ({@code Z1D633PJN98FT9}), as the SDK returns them.
 */
final class Route53Endpoints implements AutoCloseable {
  /** Route53's documented page size ceiling for record sets. */
  static final int MAX_ITEMS = 300;

  private final Route53Client client;

  /** Zone names by bare id, from every response that named a zone: a zone's name never changes. */
  private final Map<String, String> zoneNames = new ConcurrentHashMap<>();

  Route53Endpoints(Route53Client client) {
    this.client = client;
  }

  /** GET /2013-04-01/hostedzone */
  ListHostedZonesResponse listZones(String marker) {
    ListHostedZonesResponse page =
        call("ListHostedZones", null, () -> client.listHostedZones(r -> r.marker(marker)));
    page.hostedZones().forEach(this::remember);
    return page;
  }

  /** GET /2013-04-01/hostedzonesbyname */
  ListHostedZonesByNameResponse listZonesByName(String dnsName, String zoneId) {
    ListHostedZonesByNameResponse page =
        call(
            "ListHostedZonesByName",
            null,
            () -> client.listHostedZonesByName(r -> r.dnsName(dnsName).hostedZoneId(zoneId)));
    page.hostedZones().forEach(this::remember);
    return page;
  }

  /** GET /2013-04-01/hostedzone/{id} */
  HostedZone getZone(String zoneId) {
    return remember(
        call("GetHostedZone", zoneId, () -> client.getHostedZone(r -> r.id(zoneId))).hostedZone());
  }

  /**
   * GET /2013-04-01/hostedzone/{id}: empty when Route53 has no such zone ({@code NoSuchHostedZone})
   * or refuses the id as malformed ({@code InvalidInput}, as for an id over 32 characters).
   */
  Optional<HostedZone> findZone(String zoneId) {
    return call(
            "GetHostedZone",
            zoneId,
            () -> {
              try {
                return Optional.of(client.getHostedZone(r -> r.id(zoneId)).hostedZone());
              } catch (NoSuchHostedZoneException | InvalidInputException none) {
                return Optional.<HostedZone>empty();
              }
            })
        .map(this::remember);
  }

  /** The zone's absolute name: from an earlier response that named it, else GetHostedZone. */
  String zoneName(String zoneId) {
    return knownZoneName(zoneId).orElseGet(() -> zoneNames.get(bareId(getZone(zoneId).id())));
  }

  /** The zone's absolute name if an earlier response named it. */
  Optional<String> knownZoneName(String zoneId) {
    return Optional.ofNullable(zoneNames.get(bareId(zoneId)));
  }

  private HostedZone remember(HostedZone zone) {
    zoneNames.put(bareId(zone.id()), Names.absolute(Route53Text.name(zone.name())));
    return zone;
  }

  /**
   * POST /2013-04-01/hostedzone: the new zone's id, or empty if a zone was already created with
   * this caller reference (as when the SDK retries a request whose response was lost).
   */
  Optional<String> createZone(String name, String callerReference) {
    return call(
            "CreateHostedZone",
            name,
            () -> {
              try {
                return Optional.of(
                    client.createHostedZone(r -> r.name(name).callerReference(callerReference)));
              } catch (HostedZoneAlreadyExistsException e) {
                return Optional.<CreateHostedZoneResponse>empty();
              }
            })
        .map(created -> bareId(remember(created.hostedZone()).id()));
  }

  /** DELETE /2013-04-01/hostedzone/{id} */
  void deleteZone(String zoneId) {
    call("DeleteHostedZone", zoneId, () -> client.deleteHostedZone(r -> r.id(zoneId)));
  }

  /**
   * GET /2013-04-01/hostedzone/{id}/rrset: one page starting at name, type, identifier; every
   * SetIdentifier verbatim (see {@link Route53SetIdentifiers}).
   */
  ListResourceRecordSetsResponse listRecordSets(
      String zoneId, String name, String type, String identifier) {
    return Route53SetIdentifiers.decode(
        call(
            "ListResourceRecordSets",
            zoneId,
            () ->
                client.listResourceRecordSets(
                    r ->
                        r.hostedZoneId(zoneId)
                            .startRecordName(name)
                            .startRecordType(type)
                            .startRecordIdentifier(identifier)
                            .maxItems(Integer.toString(MAX_ITEMS)))));
  }

  /** POST /2013-04-01/hostedzone/{id}/rrset/: one atomic batch; returns the change id. */
  String changeRecordSets(String zoneId, List<Change> changes) {
    return call(
            "ChangeResourceRecordSets",
            zoneId,
            () ->
                client.changeResourceRecordSets(
                    r -> r.hostedZoneId(zoneId).changeBatch(b -> b.changes(changes))))
        .changeInfo()
        .id()
        .replace("/change/", "");
  }

  /** GET /2013-04-01/change/{id} */
  ChangeStatus getChange(String changeId) {
    return call("GetChange", null, () -> client.getChange(r -> r.id(changeId)))
        .changeInfo()
        .status();
  }

  /** A zone id without the {@code /hostedzone/} prefix that responses carry. */
  static String bareId(String id) {
    return id.startsWith("/hostedzone/") ? id.substring("/hostedzone/".length()) : id;
  }

  private static <T> T call(String operation, String zoneId, Supplier<T> request) {
    try {
      return request.get();
    } catch (SdkException e) {
      throw Route53Errors.map(operation, zoneId, e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
