package denominator.powerdns;

import denominator.DenominatorException;
import denominator.kit.ErrorTable;
import denominator.kit.VendorError;

/**
 * PowerDNS error answers as typed exceptions. Bodies are {@code {"error": "..."}} for most
 * statuses, plain text for 401 and 404; 429 (from a proxy in front of the API) is throttling.
 */
final class PowerDnsErrors {
  /** The operation of the zone listings, whose 404 names no zone. */
  static final String LIST_ZONES = "list zones";

  /** The operation of a lookup by id, whose 400 refuses the id: no zone has it. */
  static final String FIND_ZONE = "find zone";

  static final ErrorTable TABLE =
      ErrorTable.builder(PowerDnsProvider.NAME)
          .messageFrom(ErrorTable.jsonField("error"))
          .on(401, 403, VendorError::authentication)
          .on(400, PowerDnsErrors::badRequest)
          .on(404, PowerDnsErrors::notFound)
          .on(409, 422, VendorError::invalidChange)
          .build();

  // A request about a zone that is not there is answered 404; a listing answered 404 means the
  // URL names no server, which is not a missing zone.
  private static DenominatorException notFound(VendorError error) {
    return error.operation().equals(LIST_ZONES) ? error.unexpected() : error.zoneNotFound();
  }

  private static DenominatorException badRequest(VendorError error) {
    return error.operation().equals(FIND_ZONE) ? error.zoneNotFound() : error.unexpected();
  }

  private PowerDnsErrors() {}
}
