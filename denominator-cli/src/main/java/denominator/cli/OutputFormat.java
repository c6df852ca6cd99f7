package denominator.cli;

/** How results are printed on stdout. */
enum OutputFormat {
  table,
  json
}
