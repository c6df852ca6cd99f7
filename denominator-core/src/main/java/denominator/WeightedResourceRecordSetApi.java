package denominator;

import denominator.model.WeightRange;

/**
 * The weighted record sets of one zone: qualified sets answered in proportion to their weights.
 * Iteration returns only weighted sets, and {@link #put} accepts only sets that have a {@link
 * denominator.model.Weighted}.
 */
public interface WeightedResourceRecordSetApi extends ResourceRecordSetApi {

  /** The weights this provider accepts. */
  WeightRange supportedWeights();
}
