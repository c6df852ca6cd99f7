package denominator.googledns;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.googledns.GoogleDnsJson.Change;
import denominator.googledns.GoogleDnsJson.RRSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wire records: what is read, what is kept, what is sent. */
class GoogleDnsJsonTest {
  static final String ROUTED =
      "{\"kind\":\"dns#resourceRecordSet\",\"name\":\"www.example.com.\",\"type\":\"A\",\"ttl\":60,"
          + "\"routingPolicy\":{\"geo\":{\"items\":[{\"location\":\"us-east1\","
          + "\"rrdatas\":[\"192.0.2.1\"]}]}},\"signatureRrdatas\":[\"A 13 3 60 sig\"],"
          + "\"newField\":true}";

  static JsonObject object(String json) {
    return JsonParser.parseString(json).getAsJsonObject();
  }

  @Test
  void anRrsetKeepsTheWholeObjectSentAndReadsAnAbsentListAsEmpty() {
    RRSet rrset = RRSet.of(object(ROUTED));

    assertThat(rrset.name()).isEqualTo("www.example.com.");
    assertThat(rrset.ttl()).isEqualTo(60);
    assertThat(rrset.rrdatas()).isEmpty();
    assertThat(rrset.routingPolicy().has("geo")).isTrue();
    assertThat(rrset.raw()).isEqualTo(object(ROUTED));
  }

  @Test
  void aRewriteKeepsUnknownFieldsButNotTheVendorsSignaturesOrOldRouting() {
    JsonObject written =
        RRSet.write(
            "www.example.com.",
            "A",
            300,
            JsonParser.parseString("[\"192.0.2.2\"]"),
            object(ROUTED));

    assertThat(written)
        .isEqualTo(
            object(
                "{\"kind\":\"dns#resourceRecordSet\",\"name\":\"www.example.com.\",\"type\":\"A\","
                    + "\"ttl\":300,\"newField\":true,\"rrdatas\":[\"192.0.2.2\"]}"));
    assertThat(object(ROUTED).has("signatureRrdatas")).isTrue(); // the rrset read is untouched
  }

  @Test
  void aChangeToSendLeavesOutWhatIsAbsentAndReadsStatus() {
    Gson gson = new Gson();

    assertThat(gson.toJson(Change.of(null, List.of(object("{\"name\":\"a.\"}")))))
        .isEqualTo("{\"deletions\":[{\"name\":\"a.\"}]}");
    assertThat(gson.fromJson("{\"id\":\"3\",\"status\":\"done\"}", Change.class).done()).isTrue();
    assertThat(gson.fromJson("{\"id\":\"3\",\"status\":\"pending\"}", Change.class).done())
        .isFalse();
  }
}
