package denominator.verify;

import java.util.List;

/**
 * Every check of one verification: per server, region and name, what was expected and seen.
 *
 * @param checks in the order they were made; failing checks show their last attempt
 * @param unchecked what could not be asked, and why (a region without a sample subnet, weighted
 *     sets whose answers are random by design)
 */
public record VerificationReport(List<Check> checks, List<String> unchecked) {
  public VerificationReport {
    checks = List.copyOf(checks);
    unchecked = List.copyOf(unchecked);
  }

  /**
   * True when at least one question was asked and every server answered every question as expected.
   * A report of no check is not ok: nothing was verified.
   */
  public boolean ok() {
    return !checks.isEmpty() && checks.stream().allMatch(Check::ok);
  }

  public List<Check> failures() {
    return checks.stream().filter(c -> !c.ok()).toList();
  }

  /** One line per check. */
  public String toTable() {
    StringBuilder out = new StringBuilder();
    checks.forEach(check -> out.append(check).append('\n'));
    unchecked.forEach(note -> out.append("skip ").append(note).append('\n'));
    return out.toString();
  }
}
