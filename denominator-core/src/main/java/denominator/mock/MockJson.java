package denominator.mock;

import com.google.gson.reflect.TypeToken;
import denominator.json.ModelJson;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The mock store's file format: {@code {"zones":[{"zone":{...},"recordSets":[...]}]}}. */
final class MockJson {
  private record ZoneEntry(Zone zone, List<ResourceRecordSet> recordSets) {}

  private record StoreFile(List<ZoneEntry> zones) {}

  static String write(MockState state) {
    List<ZoneEntry> zones = new ArrayList<>();
    for (MockZone zone : state.zones.values()) {
      zones.add(new ZoneEntry(zone.zone, List.copyOf(zone.recordSets.values())));
    }
    return ModelJson.gson().newBuilder().setPrettyPrinting().create().toJson(new StoreFile(zones));
  }

  static MockState read(String json) {
    StoreFile file = ModelJson.gson().fromJson(json, TypeToken.get(StoreFile.class));
    MockState state = new MockState();
    if (file != null && file.zones() != null) {
      for (ZoneEntry entry : file.zones()) {
        TreeMap<RecordSetKey, ResourceRecordSet> sets = new TreeMap<>();
        entry.recordSets().forEach(set -> sets.put(set.key(), set));
        state.zones.put(entry.zone().id(), new MockZone(entry.zone(), sets));
      }
    }
    return state;
  }

  private MockJson() {}
}
