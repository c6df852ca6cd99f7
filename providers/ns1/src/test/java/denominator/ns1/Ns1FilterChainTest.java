package denominator.ns1;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.ns1.Ns1FilterChain.Client;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The filters the geo and weighted layouts do not use, evaluated on records as GET answers them:
 * regional fencing and targeting, country targeting, priority without elimination, meta precedence
 * and zero weights.
 */
class Ns1FilterChainTest {
  final Ns1FilterChain chain = new Ns1FilterChain(new Random(7));

  static JsonObject record(String answers, String filters, String regions) {
    return JsonParser.parseString(
            "{\"meta\":{},\"answers\":"
                + answers
                + ",\"filters\":"
                + filters
                + ",\"regions\":"
                + regions
                + "}")
        .getAsJsonObject();
  }

  static final String REGIONAL =
      "[{\"answer\":[\"192.0.2.1\"],\"meta\":{\"georegion\":[\"US-WEST\"]}},"
          + "{\"answer\":[\"192.0.2.2\"],\"meta\":{\"georegion\":[\"EUROPE\"]}},"
          + "{\"answer\":[\"192.0.2.3\"],\"meta\":{}}]";

  @Test
  void geofenceRegionalMatchesTheClientsGeoregion() {
    JsonObject keep = record(REGIONAL, "[{\"filter\":\"geofence_regional\",\"config\":{}}]", "{}");
    JsonObject remove =
        record(
            REGIONAL,
            "[{\"filter\":\"geofence_regional\",\"config\":{\"remove_no_georegion\":true}}]",
            "{}");

    assertThat(chain.evaluate(keep, Client.inSubdivision("US-CA")))
        .containsExactly("192.0.2.1", "192.0.2.3");
    assertThat(chain.evaluate(remove, Client.inSubdivision("US-OR"))).containsExactly("192.0.2.1");
    assertThat(chain.evaluate(remove, Client.in("DE"))).containsExactly("192.0.2.2");
    assertThat(chain.evaluate(remove, Client.inSubdivision("US-NY"))).containsExactly("192.0.2.3");
    assertThat(chain.evaluate(remove, Client.unknown())).containsExactly("192.0.2.3");
  }

  @Test
  void geotargetFiltersSortTheClientsAnswersFirstAndDropNothing() {
    String answers =
        "[{\"answer\":[\"192.0.2.1\"],\"meta\":{\"country\":[\"DE\"]}},"
            + "{\"answer\":[\"192.0.2.2\"],\"meta\":{\"country\":[\"US\"]}},"
            + "{\"answer\":[\"192.0.2.3\"],\"meta\":{\"us_state\":[\"CA\"]}}]";
    JsonObject country =
        record(answers, "[{\"filter\":\"geotarget_country\",\"config\":{}}]", "{}");
    JsonObject regional =
        record(REGIONAL, "[{\"filter\":\"geotarget_regional\",\"config\":{}}]", "{}");

    assertThat(chain.evaluate(country, Client.inSubdivision("US-CA")))
        .containsExactly("192.0.2.3", "192.0.2.2", "192.0.2.1");
    assertThat(chain.evaluate(country, Client.in("FR")))
        .containsExactly("192.0.2.1", "192.0.2.2", "192.0.2.3");
    assertThat(chain.evaluate(regional, Client.in("GB")))
        .containsExactly("192.0.2.2", "192.0.2.1", "192.0.2.3");
  }

  @Test
  void prioritySortsAbsentLastAndEliminatesOnlyWhenAsked() {
    String answers =
        "[{\"answer\":[\"192.0.2.1\"],\"meta\":{}},"
            + "{\"answer\":[\"192.0.2.2\"],\"meta\":{\"priority\":2}},"
            + "{\"answer\":[\"192.0.2.3\"],\"meta\":{\"priority\":1}},"
            + "{\"answer\":[\"192.0.2.4\"],\"meta\":{\"priority\":1}}]";

    assertThat(
            chain.evaluate(
                record(answers, "[{\"filter\":\"priority\",\"config\":{}}]", "{}"),
                Client.unknown()))
        .containsExactly("192.0.2.3", "192.0.2.4", "192.0.2.2", "192.0.2.1");
    assertThat(
            chain.evaluate(
                record(answers, "[{\"filter\":\"priority\",\"config\":{\"eliminate\":1}}]", "{}"),
                Client.unknown()))
        .containsExactly("192.0.2.3", "192.0.2.4");
  }

  @Test
  void anAnswersMetaOverridesItsRegionsWhichOverridesTheRecords() {
    JsonObject record =
        JsonParser.parseString(
                "{\"meta\":{\"up\":false},"
                    + "\"answers\":[{\"answer\":[\"192.0.2.1\"],\"region\":\"r\",\"meta\":{}},"
                    + "{\"answer\":[\"192.0.2.2\"],\"region\":\"r\",\"meta\":{\"up\":false}},"
                    + "{\"answer\":[\"192.0.2.3\"],\"meta\":{}}],"
                    + "\"filters\":[{\"filter\":\"up\",\"config\":{}}],"
                    + "\"regions\":{\"r\":{\"meta\":{\"up\":true}}}}")
            .getAsJsonObject();

    assertThat(chain.evaluate(record, Client.unknown())).containsExactly("192.0.2.1");
  }

  @Test
  void weightedShuffleDrawsZeroWeightsLastAndNeverFirstWhileOthersWeigh() {
    JsonObject record =
        record(
            "[{\"answer\":[\"192.0.2.1\"],\"meta\":{\"weight\":0}},"
                + "{\"answer\":[\"192.0.2.2\"],\"meta\":{\"weight\":0}},"
                + "{\"answer\":[\"192.0.2.3\"],\"meta\":{\"weight\":0.5}}]",
            "[{\"filter\":\"weighted_shuffle\",\"config\":{}}]",
            "{}");

    Set<List<String>> orders = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      List<String> order = chain.evaluate(record, Client.unknown());
      assertThat(order.get(0)).isEqualTo("192.0.2.3");
      orders.add(order);
    }

    assertThat(orders).hasSize(2);
  }

  @Test
  void aRecordWithoutFiltersServesEveryAnswerInOrder() {
    JsonObject record =
        record(
            "[{\"answer\":[10,\"mx1.example.com\"],\"meta\":{}},{\"answer\":[20,\"mx2.example.com\"],\"meta\":{}}]",
            "[]",
            "{}");

    assertThat(chain.evaluate(record, Client.in("JP")))
        .containsExactly("10 mx1.example.com", "20 mx2.example.com");
  }
}
