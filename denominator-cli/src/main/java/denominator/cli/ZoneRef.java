package denominator.cli;

import denominator.DNSApi;
import denominator.ValidationException;
import denominator.ZoneNotFoundException;
import denominator.model.Names;
import denominator.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns what the operator typed as ZONE (a name, with or without the dot, or an id) into a zone.
 */
final class ZoneRef {
  private ZoneRef() {}

  static Zone resolve(DNSApi api, String provider, String text) {
    List<Zone> byName = new ArrayList<>();
    String name = asName(text);
    for (Zone zone : api.zones()) {
      if (zone.id().equals(text)) {
        return zone;
      }
      if (zone.name().equals(name)) {
        byName.add(zone);
      }
    }
    if (byName.isEmpty() && name != null) {
      // a provider may serve zones its listing leaves out (RFC 2136 lists the URL's zones= only)
      api.zones().iterateByName(name).forEachRemaining(byName::add);
    }
    if (byName.isEmpty()) {
      throw new ZoneNotFoundException(provider, text);
    }
    if (byName.size() > 1) {
      throw new ValidationException(
          "zone name matches several zones",
          text,
          "one of the zone ids "
              + byName.stream().map(Zone::id).collect(Collectors.joining(", ", "[", "]")));
    }
    return byName.get(0);
  }

  private static String asName(String text) {
    try {
      return Names.absolute(text);
    } catch (ValidationException e) {
      return null; // not a name; it can still be an id
    }
  }
}
