package denominator.mock;

import denominator.ZoneApi;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Zones of the mock store. A zone's id is its name; new zones get an apex SOA and NS. */
final class MockZoneApi implements ZoneApi {
  static final List<String> NAME_SERVERS =
      List.of("ns1.mock.denominator.io.", "ns2.mock.denominator.io.");

  private final MockStore store;

  MockZoneApi(MockStore store) {
    this.store = store;
  }

  @Override
  public Iterator<Zone> iterator() {
    return store.read(state -> state.zones.values().stream().map(z -> z.zone).toList()).iterator();
  }

  @Override
  public Iterator<Zone> iterateByName(String name) {
    String absolute = Names.absolute(name);
    return store
        .read(
            state ->
                state.zones.values().stream()
                    .map(z -> z.zone)
                    .filter(z -> z.name().equals(absolute))
                    .toList())
        .iterator();
  }

  @Override
  public Optional<Zone> byId(String id) {
    return store.read(state -> Optional.ofNullable(state.zones.get(id)).map(z -> z.zone));
  }

  @Override
  public String put(Zone zone) {
    return store.write(
        state -> {
          MockZone existing = state.zones.get(zone.name());
          Optional<Zone> current = Optional.ofNullable(existing).map(z -> z.zone);
          Zone stored =
              new Zone(
                  zone.name(),
                  zone.name(),
                  zone.email()
                      .or(() -> current.flatMap(Zone::email))
                      .orElse("hostmaster@" + zone.name()),
                  zone.ttl().orElse(current.map(MockZone::ttl).orElse(MockZone.DEFAULT_TTL)));
          if (existing != null) {
            existing.zone = stored;
            existing.recordSets().put(soa(stored).key(), soa(stored));
          } else {
            TreeMap<RecordSetKey, ResourceRecordSet> sets = new TreeMap<>();
            sets.put(soa(stored).key(), soa(stored));
            sets.put(ns(stored).key(), ns(stored));
            state.zones.put(stored.id(), new MockZone(stored, sets));
          }
          return stored.id();
        });
  }

  @Override
  public void delete(String id) {
    store.write(state -> state.zones.remove(id));
  }

  private static ResourceRecordSet soa(Zone zone) {
    String rname = zone.email().orElseThrow().replace('@', '.');
    int ttl = zone.ttl().orElseThrow();
    return ResourceRecordSet.builder()
        .name(zone.name())
        .type("SOA")
        .ttl(ttl)
        .add(NAME_SERVERS.get(0) + " " + Names.absolute(rname) + " 1 3600 600 604800 " + ttl)
        .build();
  }

  private static ResourceRecordSet ns(Zone zone) {
    ResourceRecordSet.Builder ns =
        ResourceRecordSet.builder().name(zone.name()).type("NS").ttl(86400);
    NAME_SERVERS.forEach(ns::add);
    return ns.build();
  }
}
