package denominator.benchmarks.scenarios;

import java.util.List;

/** A markdown table, built row by row. */
final class Table {
  private final StringBuilder md = new StringBuilder();

  Table(String... headers) {
    row(headers);
    md.append("|").append("---|".repeat(headers.length)).append('\n');
  }

  Table row(String... cells) {
    md.append("| ").append(String.join(" | ", List.of(cells))).append(" |\n");
    return this;
  }

  @Override
  public String toString() {
    return md.toString();
  }
}
