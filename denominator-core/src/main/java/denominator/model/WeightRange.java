package denominator.model;

import denominator.ValidationException;

/** The inclusive range of weights a provider accepts, e.g. 0..255 at Route53. */
public record WeightRange(int min, int max) {
  public WeightRange {
    if (min < 0 || max < min) {
      throw new ValidationException("bad weight range", min + ".." + max, "0 <= min <= max");
    }
  }

  public boolean contains(int weight) {
    return weight >= min && weight <= max;
  }

  @Override
  public String toString() {
    return min + ".." + max;
  }
}
