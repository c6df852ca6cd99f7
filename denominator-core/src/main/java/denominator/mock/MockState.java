package denominator.mock;

import denominator.ZoneNotFoundException;
import java.util.TreeMap;

/** Everything the mock provider holds: its zones by id. Guarded by the store. */
final class MockState {
  final TreeMap<String, MockZone> zones = new TreeMap<>();

  MockZone zone(String id) {
    MockZone zone = zones.get(id);
    if (zone == null) {
      throw new ZoneNotFoundException(MockProvider.NAME, id);
    }
    return zone;
  }
}
