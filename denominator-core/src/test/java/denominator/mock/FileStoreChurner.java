package denominator.mock;

import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.nio.file.Path;

/**
 * Rewrites every set of a large zone in a file store, generation after generation, until killed;
 * prints each generation once written. For {@link FileStoreKillTest}.
 */
final class FileStoreChurner {
  static final String ZONE = "example.com.";

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int sets = Integer.parseInt(args[1]);
    try (DNSApiManager manager = FileStoreTest.open(file)) {
      DNSApi api = manager.api();
      if (!api.zones().iterateByName(ZONE).hasNext()) {
        api.zones().put(Zone.create(ZONE, "h@example.com", 300));
      }
      int generation =
          api.recordSets(ZONE)
              .get("gen." + ZONE, "TXT")
              .map(FileStoreChurner::generation)
              .orElse(0);
      while (true) {
        generation++;
        ChangeSet.Builder changes = ChangeSet.builder().put(txt("gen", generation));
        for (int i = 0; i < sets; i++) {
          changes.put(txt("h" + i, generation));
        }
        if (!api.apply(ZONE, changes.build(), ApplyMode.ATOMIC).succeeded()) {
          throw new IllegalStateException("generation " + generation + " not applied");
        }
        System.out.println(generation);
        System.out.flush();
      }
    }
  }

  static ResourceRecordSet txt(String label, int generation) {
    return ResourceRecordSet.builder()
        .name(label + "." + ZONE)
        .type("TXT")
        .ttl(60)
        .add("\"generation " + generation + "\"")
        .build();
  }

  static int generation(ResourceRecordSet set) {
    String text = set.records().get(0).toString();
    return Integer.parseInt(text.substring("\"generation ".length(), text.length() - 1));
  }

  private FileStoreChurner() {}
}
