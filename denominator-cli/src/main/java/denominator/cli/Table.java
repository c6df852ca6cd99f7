package denominator.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned text columns. Rows are buffered a page at a time, so a long listing starts printing
 * before its end is fetched; column widths are fixed by the first page and only grow.
 */
final class Table implements AutoCloseable {
  private static final int PAGE = 200;
  private final PrintWriter out;
  private final List<String[]> rows = new ArrayList<>();
  private final int[] widths;

  Table(PrintWriter out, String... headers) {
    this.out = out;
    this.widths = new int[headers.length];
    rows.add(headers);
  }

  void row(Object... cells) {
    String[] row = new String[widths.length];
    for (int i = 0; i < row.length; i++) {
      row[i] = i < cells.length && cells[i] != null ? cells[i].toString() : "";
    }
    rows.add(row);
    if (rows.size() >= PAGE) {
      flush();
    }
  }

  private void flush() {
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(row[i]);
        if (i < row.length - 1) {
          line.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
    rows.clear();
    out.flush();
  }

  @Override
  public void close() {
    flush();
  }
}
