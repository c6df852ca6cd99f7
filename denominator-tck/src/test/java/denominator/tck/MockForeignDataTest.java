package denominator.tck;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.Credentials;
import denominator.model.RecordSetKey;
import denominator.model.Zone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fidelity contract on the mock's file store, seeded as another program writing that file
 * would: sets with provider data, a set routed by a policy the model does not express, bytes
 * outside UTF-8 and a type without its own record.
 */
class MockForeignDataTest extends ForeignDataContract {
  private static final String ZONE = "foreign.example.";
  private static final String FILE =
      """
      {"zones": [{"zone": {"id": "foreign.example.", "name": "foreign.example.",
          "email": "hostmaster@foreign.example", "ttl": 3600},
        "recordSets": [
          {"name": "foreign.example.", "type": "SOA", "ttl": 3600,
           "records": ["ns1.foreign.example. hostmaster.foreign.example. 1 3600 600 604800 3600"]},
          {"name": "foreign.example.", "type": "NS", "ttl": 86400,
           "records": ["ns1.foreign.example."]},
          {"name": "www.foreign.example.", "type": "A", "qualifier": "blue", "ttl": 60,
           "records": ["192.0.2.1"], "weight": 10,
           "providerData": {"healthCheckId": "hc-blue"}},
          {"name": "www.foreign.example.", "type": "A", "qualifier": "green", "ttl": 60,
           "records": ["192.0.2.2"], "weight": 90},
          {"name": "lat.foreign.example.", "type": "A", "qualifier": "prod/eu", "ttl": 60,
           "records": ["192.0.2.3"],
           "providerData": {"routing": "latency region=eu-west-1"}},
          {"name": "txt.foreign.example.", "type": "TXT", "ttl": 300,
           "records": ["\\"a\\\\255b\\" \\"\\\\195\\\\169\\""]},
          {"name": "dname.foreign.example.", "type": "DNAME", "ttl": 300,
           "records": ["example.net."]}
        ]}]}
      """;

  @TempDir Path dir;

  private Path store() {
    return dir.resolve("mock.json");
  }

  @Override
  protected ProviderUnderTest target() {
    return ProviderUnderTest.of("mock", "file:" + store(), Credentials.anonymous());
  }

  @Override
  protected Seeded seed() {
    try {
      Files.writeString(store(), FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Seeded(
        new Zone(ZONE, ZONE, "hostmaster@foreign.example", 3600),
        Set.of(
            RecordSetKey.of("www." + ZONE, "A", "blue"),
            RecordSetKey.of("www." + ZONE, "A", "green"),
            RecordSetKey.of("lat." + ZONE, "A", "prod/eu"),
            RecordSetKey.of("txt." + ZONE, "TXT"),
            RecordSetKey.of("dname." + ZONE, "DNAME")));
  }

  /** Every record set of the zone as the file holds it, SOA left out. */
  @Override
  protected Map<String, String> vendorState(Seeded zone) {
    try {
      JsonObject file = JsonParser.parseString(Files.readString(store())).getAsJsonObject();
      Map<String, String> state = new TreeMap<>();
      for (JsonElement entry : file.getAsJsonArray("zones")) {
        JsonArray sets = entry.getAsJsonObject().getAsJsonArray("recordSets");
        for (JsonElement set : sets) {
          JsonObject o = set.getAsJsonObject();
          if (o.get("type").getAsString().equals("SOA")) {
            continue;
          }
          state.put(
              o.get("name").getAsString()
                  + " "
                  + o.get("type").getAsString()
                  + " "
                  + (o.has("qualifier") ? o.get("qualifier").getAsString() : ""),
              o.toString());
        }
      }
      return state;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected void giveBack(Seeded zone) {
    // the temporary directory goes with the test
  }
}
