package denominator.model;

import denominator.ValidationException;

/**
 * The weights a provider accepts: {@code min..max} inclusive, in steps of {@code step} from {@code
 * min}; e.g. 0..255 at Route53, the even weights 2..100 at UltraDNS.
 */
public record WeightRange(int min, int max, int step) {
  public WeightRange {
    if (min < 0 || max < min || step < 1 || (max - min) % step != 0) {
      throw new ValidationException(
          "bad weight range",
          min + ".." + max + " step " + step,
          "0 <= min <= max, step >= 1 dividing max - min");
    }
  }

  /** Every weight from {@code min} to {@code max}. */
  public WeightRange(int min, int max) {
    this(min, max, 1);
  }

  public boolean contains(int weight) {
    return weight >= min && weight <= max && (weight - min) % step == 0;
  }

  /**
   * The accepted weight nearest to {@code weight}: within the range, on a step (halves round up).
   * Ramps use it to turn a percentage into a weight the provider takes.
   */
  public int nearest(int weight) {
    int clamped = Math.max(min, Math.min(max, weight));
    int steps = Math.round((clamped - min) / (float) step);
    return Math.min(max, min + steps * step);
  }

  @Override
  public String toString() {
    return step == 1 ? min + ".." + max : min + ".." + max + " in steps of " + step;
  }
}
