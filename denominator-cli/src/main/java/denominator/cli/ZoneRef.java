package denominator.cli;

import denominator.DNSApi;
import denominator.ValidationException;
import denominator.ZoneNotFoundException;
import denominator.model.Names;
import denominator.model.Zone;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns what the operator typed as ZONE (a name, with or without the dot, or an id) into a zone: a
 * lookup by name, then by id, each one request at most providers; never the whole listing. A name
 * is looked up at the provider whether its listing shows the zone or not (RFC 2136 lists only the
 * URL's {@code zones=}).
 */
final class ZoneRef {
  private ZoneRef() {}

  /** The zone's id and name; its mailbox and TTL only where the lookup read them anyway. */
  static Zone resolve(DNSApi api, String provider, String text) {
    return oneNamed(text, api.zones()::iterateByNameWithoutSoa)
        .or(() -> api.zones().byId(text))
        .orElseThrow(() -> new ZoneNotFoundException(provider, text));
  }

  /**
   * The zone with its mailbox and TTL where the provider reads them, for what needs them (a zone
   * file's {@code $TTL}, a zone printed): a zone given by id is then looked up by its name too.
   */
  static Zone resolveWithSoa(DNSApi api, String provider, String text) {
    return oneNamed(text, api.zones()::iterateByName)
        .or(() -> api.zones().byId(text).map(zone -> withSoa(api, zone)))
        .orElseThrow(() -> new ZoneNotFoundException(provider, text));
  }

  /** The one zone named {@code text}; empty if it is not a name or no zone has it. */
  private static Optional<Zone> oneNamed(String text, Function<String, Iterator<Zone>> lookup) {
    String name = asName(text);
    if (name == null) {
      return Optional.empty();
    }
    List<Zone> named = new ArrayList<>();
    lookup.apply(name).forEachRemaining(named::add);
    if (named.size() > 1) {
      throw new ValidationException(
          "zone name matches several zones",
          text,
          "one of the zone ids "
              + named.stream().map(Zone::id).collect(Collectors.joining(", ", "[", "]")));
    }
    return named.stream().findFirst();
  }

  private static Zone withSoa(DNSApi api, Zone zone) {
    if (zone.email().isPresent() && zone.ttl().isPresent()) {
      return zone;
    }
    Iterator<Zone> named = api.zones().iterateByName(zone.name());
    while (named.hasNext()) {
      Zone read = named.next();
      if (read.id().equals(zone.id())) {
        return read;
      }
    }
    return zone;
  }

  private static String asName(String text) {
    try {
      return Names.absolute(text);
    } catch (ValidationException e) {
      return null; // not a name; it can still be an id
    }
  }
}
