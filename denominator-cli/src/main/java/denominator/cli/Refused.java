package denominator.cli;

import denominator.DenominatorException;

/**
 * A command refused by one of the CLI's own safety checks (a zone still holding records), before
 * anything was sent; exit code 3, as a refused plan.
 */
final class Refused extends DenominatorException {
  Refused(String message) {
    super(message);
  }
}
