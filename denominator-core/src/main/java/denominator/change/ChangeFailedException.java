package denominator.change;

import denominator.DenominatorException;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A change set was not applied in full. {@link #result()} says, change by change, which changes
 * were applied, failed, skipped, rolled back, or are unknown; the message gives the first error and
 * those counts, and the cause is that error.
 */
public class ChangeFailedException extends DenominatorException {
  private static final long serialVersionUID = 1L;

  private final transient ChangeResult result;

  public ChangeFailedException(ChangeResult result) {
    super(message(result), firstError(result));
    this.result = result;
  }

  /** What happened to each change. */
  public ChangeResult result() {
    return result;
  }

  private static DenominatorException firstError(ChangeResult result) {
    return result.failures().stream().flatMap(o -> o.error().stream()).findFirst().orElse(null);
  }

  private static String message(ChangeResult result) {
    Map<ChangeOutcome.Status, Long> counts = new EnumMap<>(ChangeOutcome.Status.class);
    result.outcomes().forEach(o -> counts.merge(o.status(), 1L, Long::sum));
    String tally =
        counts.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase().replace('_', ' '))
            .collect(Collectors.joining(", "));
    DenominatorException first = firstError(result);
    return (first == null ? "change set not applied in full" : first.getMessage())
        + " ("
        + tally
        + (counts.containsKey(ChangeOutcome.Status.UNKNOWN)
            ? "; read the zone before trying again)"
            : ")");
  }
}
