package denominator.model;

import denominator.ValidationException;

/**
 * The weight of one qualified record set among the sets of the same name and type: a resolver
 * answers with this set in {@code weight / sum(weights)} of responses. The range a provider accepts
 * is its own (Route53: 0..255); the model only refuses negative weights.
 */
public record Weighted(int weight) {
  public Weighted {
    if (weight < 0) {
      throw new ValidationException("negative weight", Integer.toString(weight), "a weight >= 0");
    }
  }
}
