package denominator.ns1;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.RData;
import denominator.ns1.Ns1Json.Answer;
import java.util.ArrayList;
import java.util.List;

/**
 * Weighted sets as NS1 answers: the chain {@code weighted_shuffle} then {@code
 * select_first_region}, one region per set, each value an answer of weight {@code W/n} (the set's
 * weight shared by its {@code n} values). The first answer drawn picks its set with probability
 * {@code W / ΣW}; select_first_region then answers all of that set's values.
 */
final class Ns1Weights {

  /** The answers of one weighted set. */
  static List<Answer> answers(ResourceRecordSet set) {
    int weight = set.weighted().orElseThrow().weight();
    int values = set.records().size();
    List<Answer> answers = new ArrayList<>();
    for (RData data : set.records()) {
      JsonObject meta = new JsonObject();
      meta.addProperty("weight", share(weight, values));
      answers.add(new Answer(Ns1Records.answer(data), set.qualifier().orElseThrow(), meta));
    }
    return answers;
  }

  /** {@code weight / values}: a whole number when it divides, so that the JSON shows an integer. */
  static Number share(int weight, int values) {
    if (weight % values == 0) {
      return weight / values; // not in a ?: with a double, which would widen it
    }
    return (double) weight / values;
  }

  /**
   * The weight of a set: the sum of its answers' weights, rounded (W/n does not add up exactly).
   */
  static int weight(List<Answer> answers) {
    double sum = 0;
    for (Answer answer : answers) {
      JsonElement weight = answer.meta() == null ? null : answer.meta().get("weight");
      if (weight == null || !weight.isJsonPrimitive() || !weight.getAsJsonPrimitive().isNumber()) {
        throw new IllegalArgumentException("answer without a numeric weight: " + answer);
      }
      sum += weight.getAsDouble();
    }
    return (int) Math.round(sum);
  }

  private Ns1Weights() {}
}
