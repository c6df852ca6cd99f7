package denominator.tck.faults;

import denominator.change.Change;
import denominator.change.ChangeSet;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.WeightRange;
import denominator.model.Weighted;
import denominator.model.geo.Geo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A zone's state before, the change set applied under a fault, and the state it should end in: 20
 * sets updated, 10 deleted, 25 created in five types, plus two geo and two weighted sets where the
 * provider has them (59 changes in all).
 */
record FaultScenario(
    List<ResourceRecordSet> before,
    ChangeSet changes,
    Map<RecordSetKey, ResourceRecordSet> initial,
    Map<RecordSetKey, ResourceRecordSet> desired) {

  /**
   * The scenario in {@code zone}; weighted sets get the accepted weights nearest 4 and 5, and are
   * named {@code 0} and {@code 1} where the provider names them {@code byPosition}.
   */
  static FaultScenario in(
      String zone, boolean geo, boolean weighted, WeightRange weights, boolean byPosition) {
    List<ResourceRecordSet> before = new ArrayList<>();
    ChangeSet.Builder changes = ChangeSet.builder();
    for (int i = 0; i < 20; i++) {
      before.add(set("upd-" + i, zone, "A", 300, "192.0.2.1"));
      changes.put(set("upd-" + i, zone, "A", 600, "192.0.2.2"));
    }
    for (int i = 0; i < 10; i++) {
      before.add(set("del-" + i, zone, "TXT", 300, "\"old\""));
      changes.delete(RecordSetKey.of("del-" + i + "." + zone, "TXT"));
    }
    for (int i = 0; i < 25; i++) {
      changes.put(
          switch (i % 5) {
            case 0 -> set("new-" + i, zone, "A", 600, "198.51.100." + (i + 1));
            case 1 -> set("new-" + i, zone, "AAAA", 600, "2001:db8::" + (i + 1));
            case 2 -> set("new-" + i, zone, "CNAME", 600, "target-" + i + ".example.net.");
            case 3 -> set("new-" + i, zone, "MX", 600, "10 mx-" + i + ".example.net.");
            default -> set("new-" + i, zone, "TXT", 600, "\"v=" + i + "\"");
          });
    }
    if (geo) {
      changes.put(
          ResourceRecordSet.builder()
              .name("geo." + zone)
              .type("A")
              .qualifier("na")
              .ttl(600)
              .geo(Geo.parse("continent:NA"))
              .add("192.0.2.10")
              .build());
      changes.put(
          ResourceRecordSet.builder()
              .name("geo." + zone)
              .type("A")
              .qualifier("eu")
              .ttl(600)
              .geo(Geo.parse("continent:EU"))
              .add("192.0.2.11")
              .build());
    }
    if (weighted) {
      List<String> names = byPosition ? List.of("0", "1") : List.of("blue", "green");
      for (int i = 0; i < names.size(); i++) {
        changes.put(
            ResourceRecordSet.builder()
                .name("weighted." + zone)
                .type("A")
                .qualifier(names.get(i))
                .ttl(600)
                .weighted(new Weighted(weights.nearest(4 + i)))
                .add("192.0.2.12")
                .build());
      }
    }
    ChangeSet built = changes.build();
    Map<RecordSetKey, ResourceRecordSet> initial = new LinkedHashMap<>();
    before.forEach(set -> initial.put(set.key(), set));
    Map<RecordSetKey, ResourceRecordSet> desired = new LinkedHashMap<>(initial);
    for (Change change : built.changes()) {
      if (change instanceof Change.Put put) {
        desired.put(change.key(), put.recordSet());
      } else {
        desired.remove(change.key());
      }
    }
    return new FaultScenario(List.copyOf(before), built, initial, desired);
  }

  /** The state of {@code key} before the change set. */
  Optional<ResourceRecordSet> initial(RecordSetKey key) {
    return Optional.ofNullable(initial.get(key));
  }

  /** The state of {@code key} after the change set. */
  Optional<ResourceRecordSet> desired(RecordSetKey key) {
    return Optional.ofNullable(desired.get(key));
  }

  private static ResourceRecordSet set(
      String label, String zone, String type, int ttl, String data) {
    return ResourceRecordSet.builder()
        .name(label + "." + zone)
        .type(type)
        .ttl(ttl)
        .add(data)
        .build();
  }
}
