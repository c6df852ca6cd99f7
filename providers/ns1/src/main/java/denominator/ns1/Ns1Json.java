package denominator.ns1;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * The JSON of the NS1 REST API, mapped with Gson. What the model does not express stays JSON
 * ({@code meta}, a filter's {@code config}, {@code regions}), so that a rewrite of a record sends
 * back what this provider did not understand. Top-level record fields not mapped here ({@code
 * use_client_subnet}, {@code link}, {@code networks}) are never sent: a {@code POST} keeps the
 * fields its body leaves out. Types are NS1's on the wire and the model's ({@link Ns1Data}) past
 * {@link Ns1Endpoints}.
 */
final class Ns1Json {

  /** A zone as listed (without {@code records}) or read (with one page of record summaries). */
  record ZoneJson(
      String zone,
      Integer ttl,
      @SerializedName("nx_ttl") Integer nxTtl,
      Integer retry,
      Integer refresh,
      Integer expiry,
      Long serial,
      String hostmaster,
      @SerializedName("dns_servers") List<String> dnsServers,
      List<Summary> records) {

    /** This zone with {@code records} as its record summaries. */
    ZoneJson withRecords(List<Summary> records) {
      return new ZoneJson(
          zone, ttl, nxTtl, retry, refresh, expiry, serial, hostmaster, dnsServers, records);
    }
  }

  /** The body of {@code PUT /zones/{zone}}. */
  record NewZone(String zone) {}

  /** The body of {@code POST /zones/{zone}}: the zone fields NS1 lets us change (null: kept). */
  record ZoneFields(
      Integer ttl,
      String hostmaster,
      Integer refresh,
      Integer retry,
      Integer expiry,
      @SerializedName("nx_ttl") Integer nxTtl) {}

  /**
   * A record as a zone lists it: {@code tier} 1 means no filters, regions or meta anywhere, so its
   * {@code short_answers} are all there is.
   */
  record Summary(
      String domain,
      String type,
      Integer ttl,
      Integer tier,
      @SerializedName("short_answers") List<String> shortAnswers) {
    Summary withType(String type) {
      return new Summary(domain, type, ttl, tier, shortAnswers);
    }
  }

  /**
   * A whole record, as read and as written ({@code ttl} absent on write: the zone's). Writes always
   * carry {@code answers}, {@code filters}, {@code regions} and {@code meta} together.
   */
  record RecordJson(
      String zone,
      String domain,
      String type,
      Integer ttl,
      JsonObject meta,
      List<Answer> answers,
      JsonArray filters,
      JsonObject regions) {
    RecordJson withType(String type) {
      return new RecordJson(zone, domain, type, ttl, meta, answers, filters, regions);
    }
  }

  /** One answer: its rdata fields, its region (absent when none) and its meta. */
  record Answer(JsonArray answer, String region, JsonObject meta) {
    Answer withMeta(JsonObject meta) {
      return new Answer(answer, region, meta);
    }
  }

  private Ns1Json() {}
}
