package denominator.ns1;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import denominator.kit.NameType;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.rdata.RData;
import denominator.ns1.Ns1Json.RecordJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weighted sets: weight W/n per answer, read back as the rounded sum. */
class Ns1WeightsTest {
  static final Gson GSON = new Gson();
  static final NameType API = new NameType("api.example.com.", "A");

  static ResourceRecordSet weighted(String qualifier, int weight, String... values) {
    return ResourceRecordSet.builder()
        .name(API.name())
        .type("A")
        .qualifier(qualifier)
        .ttl(30)
        .weighted(new Weighted(weight))
        .records(List.of(values).stream().map(v -> RData.parse("A", v)).toList())
        .build();
  }

  @Test
  void eachValueWeighsItsShareAndTheSetReadsBackWhole() {
    List<ResourceRecordSet> sets =
        List.of(
            weighted("east", 100, "192.0.2.1", "192.0.2.2", "192.0.2.3"),
            weighted("west", 10, "192.0.2.4", "192.0.2.5"));

    RecordJson record = Ns1Steering.record("example.com.", API, sets, null);

    assertThat(GSON.toJsonTree(record.filters()))
        .isEqualTo(
            JsonParser.parseString(
                "[{\"filter\":\"weighted_shuffle\",\"config\":{}},"
                    + "{\"filter\":\"select_first_region\",\"config\":{}}]"));
    assertThat(record.answers())
        .extracting(a -> a.region() + " " + a.meta())
        .containsExactly(
            "east {\"weight\":33.333333333333336}",
            "east {\"weight\":33.333333333333336}",
            "east {\"weight\":33.333333333333336}",
            "west {\"weight\":5}",
            "west {\"weight\":5}");
    RecordJson read = GSON.fromJson(GSON.toJson(record), RecordJson.class);
    assertThat(Ns1Steering.sets(read)).containsExactlyElementsOf(sets);
  }

  @Test
  void aWeightIsTheRoundedSumOfItsAnswers() {
    RecordJson read =
        GSON.fromJson(
            "{\"zone\":\"example.com\",\"domain\":\"api.example.com\",\"type\":\"A\",\"ttl\":30,"
                + "\"meta\":{},\"answers\":[{\"answer\":[\"192.0.2.1\"],\"region\":\"a\","
                + "\"meta\":{\"weight\":16.6}},{\"answer\":[\"192.0.2.2\"],\"region\":\"a\","
                + "\"meta\":{\"weight\":16.6}}],\"filters\":"
                + Ns1Steering.WEIGHTED_CHAIN
                + ",\"regions\":{\"a\":{\"meta\":{}}}}",
            RecordJson.class);

    assertThat(Ns1Weights.weight(read.answers())).isEqualTo(33);
  }
}
