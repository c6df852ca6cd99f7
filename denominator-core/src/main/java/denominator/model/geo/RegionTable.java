package denominator.model.geo;

import denominator.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The parsed {@link RegionRows}: every region once, with indexes by code, name and parent. */
final class RegionTable {
  private final Map<String, Region> byCode = new LinkedHashMap<>();
  private final Map<String, Region> byName = new HashMap<>();
  private final Map<Region, Region> parents = new HashMap<>();
  private final Map<Region, List<Region>> children = new HashMap<>();

  /** The table of {@link RegionRows}. A broken table is a build defect, not input. */
  static RegionTable load() {
    return parse(RegionRows.TSV);
  }

  /**
   * Parses rows separated by newlines; blank lines and lines starting with {@code #} are skipped.
   */
  static RegionTable parse(String tsv) {
    RegionTable table = new RegionTable();
    String[] lines = tsv.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        table.add(line, i + 1);
      } catch (IllegalArgumentException | ValidationException e) { // bad kind, code or name
        throw broken(i + 1, e.getMessage());
      }
    }
    return table;
  }

  // Parents come before their children in the table, so a parent is always known when needed.
  private void add(String line, int lineNumber) {
    String[] columns = line.split("\t", -1);
    if (columns.length != 4) {
      throw broken(lineNumber, "expected 4 tab-separated columns: " + line);
    }
    Region region = new Region(columns[0], RegionKind.valueOf(columns[1]), columns[3]);
    if (byCode.putIfAbsent(region.code(), region) != null) {
      throw broken(lineNumber, "duplicate code " + region.code());
    }
    // Names shared across kinds (Georgia, Antarctica) resolve to the broadest kind listed first.
    byName.putIfAbsent(nameKey(region.name()), region);
    children.put(region, new ArrayList<>());
    if (!columns[2].isEmpty()) {
      Region parent = byCode.get(columns[2]);
      if (parent == null) {
        throw broken(lineNumber, "parent " + columns[2] + " not listed before " + region.code());
      }
      parents.put(region, parent);
      children.get(parent).add(region);
    }
  }

  private static IllegalStateException broken(int lineNumber, String problem) {
    return new IllegalStateException("region table line " + lineNumber + ": " + problem);
  }

  static String nameKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  Optional<Region> byCode(String canonicalCode) {
    return Optional.ofNullable(byCode.get(canonicalCode));
  }

  Optional<Region> byName(String name) {
    return Optional.ofNullable(byName.get(nameKey(name)));
  }

  Optional<Region> parentOf(Region region) {
    return Optional.ofNullable(parents.get(region));
  }

  List<Region> childrenOf(Region region) {
    return List.copyOf(children.getOrDefault(region, List.of()));
  }

  List<Region> all() {
    return List.copyOf(byCode.values());
  }
}
