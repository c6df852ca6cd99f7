package denominator.change;

/** What {@code apply} does when one change of a change set fails. */
public enum ApplyMode {
  /** All or nothing: changes already made are undone, the rest are skipped. */
  ATOMIC,
  /** Every change is tried; the failed ones are reported. */
  BEST_EFFORT,
  /** Changes already made stay; the rest are skipped. */
  STOP_ON_FIRST
}
