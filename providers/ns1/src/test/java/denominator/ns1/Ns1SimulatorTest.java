package denominator.ns1;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import denominator.kit.ManualTime;
import denominator.ns1.Ns1FilterChain.Client;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The simulator through raw OkHttp requests, the vendor's way with no provider code: every
 * behaviour of the wire page it serves and every refusal it answers.
 */
class Ns1SimulatorTest {
  static final String KEY = "sim-key-for-tests";
  static final String ZONE = "/v1/zones/example.com";

  @StartStop final MockWebServer server = LoopbackServers.server();
  final ManualTime time = new ManualTime();

  RawNs1 start(Ns1Simulator.Builder builder) {
    server.setDispatcher(builder.apiKey(KEY).clock(time).build());
    return new RawNs1(server.url("/"), KEY);
  }

  RawNs1 startWithZone() {
    RawNs1 vendor = start(Ns1Simulator.builder());
    assertThat(vendor.createZone("example.com").status()).isEqualTo(200);
    return vendor;
  }

  Ns1Simulator simulator() {
    return (Ns1Simulator) server.getDispatcher();
  }

  static String record(String domain, String type, String answers) {
    return "{\"zone\":\"example.com\",\"domain\":\""
        + domain
        + "\",\"type\":\""
        + type
        + "\",\"ttl\":300,\"answers\":"
        + answers
        + "}";
  }

  static String path(String domain, String type) {
    return ZONE + "/" + domain + "/" + type;
  }

  @Test
  void aRequestWithoutOrWithAnUnknownKeyIsRefused401() {
    start(Ns1Simulator.builder());
    for (RawNs1 stranger :
        List.of(new RawNs1(server.url("/"), null), new RawNs1(server.url("/"), "other"))) {
      RawNs1.Answer refused = stranger.get("/v1/zones");

      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.message()).isEqualTo("Unauthorized");
      assertThat(refused.rate().remaining()).isNotNull();
    }
  }

  @Test
  void aZoneCreateWritesTheApexNsAndTheZoneFields() {
    RawNs1 vendor = start(Ns1Simulator.builder());

    JsonObject zone = vendor.put(ZONE + ".", "{\"zone\":\"example.com\"}").object();

    assertThat(zone.get("zone").getAsString()).isEqualTo("example.com");
    assertThat(zone.get("id").getAsString()).matches("[0-9a-f]{24}");
    assertThat(zone.get("ttl").getAsInt()).isEqualTo(3600);
    assertThat(zone.get("nx_ttl").getAsInt()).isEqualTo(3600);
    assertThat(zone.get("hostmaster").getAsString()).isEqualTo("hostmaster@nsone.net");
    assertThat(zone.getAsJsonArray("dns_servers")).hasSize(4);
    JsonObject ns = zone.getAsJsonArray("records").get(0).getAsJsonObject();
    assertThat(ns.get("domain").getAsString()).isEqualTo("example.com");
    assertThat(ns.get("type").getAsString()).isEqualTo("NS");
    assertThat(ns.get("tier").getAsInt()).isEqualTo(1);
    assertThat(strings(ns.getAsJsonArray("short_answers")))
        .containsExactly(
            "dns1.p01.nsone.net", "dns2.p01.nsone.net", "dns3.p01.nsone.net", "dns4.p01.nsone.net");
    RawNs1.Answer again = vendor.createZone("example.com");
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.message()).isEqualTo("zone already exists");
  }

  @Test
  void aZoneUpdateSetsItsFieldsAndMovesTheSerial() {
    RawNs1 vendor = startWithZone();
    long serial = vendor.get(ZONE).object().get("serial").getAsLong();

    JsonObject zone = vendor.post(ZONE, "{\"refresh\":600,\"nx_ttl\":\"60\"}").object();

    assertThat(zone.get("refresh").getAsInt()).isEqualTo(600);
    assertThat(zone.get("nx_ttl").getAsInt()).isEqualTo(60);
    assertThat(zone.get("serial").getAsLong()).isGreaterThan(serial);
    RawNs1.Answer missing = vendor.post("/v1/zones/nowhere.com", "{}");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.message()).isEqualTo("zone not found");
  }

  @Test
  void zonesAreListedWithoutRecordsOverThreeLinkedPages() {
    RawNs1 vendor = start(Ns1Simulator.builder().zonePageSize(2));
    for (String zone : List.of("e.example", "a.example", "c.example", "b.example", "d.example")) {
      vendor.createZone(zone);
    }

    List<String> names = new ArrayList<>();
    List<String> links = new ArrayList<>();
    RawNs1.Answer page = vendor.get("/v1/zones");
    while (true) {
      page.json()
          .getAsJsonArray()
          .forEach(zone -> names.add(zone.getAsJsonObject().get("zone").getAsString()));
      page.json()
          .getAsJsonArray()
          .forEach(zone -> assertThat(zone.getAsJsonObject().has("records")).isFalse());
      if (page.link() == null) {
        break;
      }
      links.add(page.link());
      page = vendor.follow(page.link());
    }

    assertThat(names)
        .containsExactly("a.example", "b.example", "c.example", "d.example", "e.example");
    assertThat(links)
        .containsExactly(
            "<" + server.url("/v1/zones?after=b.example&limit=2") + ">; rel=\"next\"",
            "<" + server.url("/v1/zones?after=d.example&limit=2") + ">; rel=\"next\"");
  }

  @Test
  void recordSummariesArePagedOverThreeLinkedPagesInDomainAndTypeOrder() {
    RawNs1 vendor = start(Ns1Simulator.builder().recordPageSize(2));
    vendor.createZone("example.com");
    vendor.put(
        path("www.example.com", "A"),
        record("www.example.com", "A", "[{\"answer\":[\"192.0.2.1\"]}]"));
    vendor.put(
        path("a.example.com", "A"), record("a.example.com", "A", "[{\"answer\":[\"192.0.2.2\"]}]"));
    vendor.put(
        path("mail.example.com", "MX"),
        record("mail.example.com", "MX", "[{\"answer\":[10,\"mx.example.com.\"]}]"));
    vendor.put(
        path("a.b.example.com", "TXT"),
        record("a.b.example.com", "TXT", "[{\"answer\":[\"v=1; \\\"x\\\"\"]}]"));

    List<String> summaries = new ArrayList<>();
    List<String> links = new ArrayList<>();
    RawNs1.Answer page = vendor.get(ZONE);
    while (true) {
      for (JsonElement summary : page.object().getAsJsonArray("records")) {
        JsonObject json = summary.getAsJsonObject();
        summaries.add(
            json.get("domain").getAsString()
                + " "
                + json.get("type").getAsString()
                + " "
                + strings(json.getAsJsonArray("short_answers")));
      }
      if (page.link() == null) {
        break;
      }
      links.add(page.link());
      page = vendor.follow(page.link());
    }

    assertThat(summaries)
        .containsExactly(
            "a.b.example.com TXT [v=1; \"x\"]",
            "a.example.com A [192.0.2.2]",
            "example.com NS [dns1.p01.nsone.net, dns2.p01.nsone.net, dns3.p01.nsone.net, dns4.p01.nsone.net]",
            "mail.example.com MX [10 mx.example.com]",
            "www.example.com A [192.0.2.1]");
    assertThat(links).hasSize(2);
    assertThat(links.get(0)).contains("after=a.example.com%2FA&limit=2");
    assertThat(vendor.get(ZONE + "?records=false").object().getAsJsonArray("records")).isEmpty();
  }

  @Test
  void aPutOfAnExistingRecordIsRefusedAndAPostOfAMissingOneIsNotFound() {
    RawNs1 vendor = startWithZone();
    String body = record("www.example.com", "A", "[{\"answer\":[\"192.0.2.1\"]}]");
    assertThat(vendor.put(path("www.example.com", "A"), body).status()).isEqualTo(200);

    RawNs1.Answer exists = vendor.put(path("www.example.com", "A"), body);
    RawNs1.Answer missing = vendor.post(path("ftp.example.com", "A"), body.replace("www", "ftp"));

    assertThat(exists.status()).isEqualTo(400);
    assertThat(exists.message()).isEqualTo("record already exists");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.message()).isEqualTo("record not found");
    assertThat(vendor.get(path("ftp.example.com", "A")).message()).isEqualTo("record not found");
    assertThat(vendor.get("/v1/zones/other.com/www.other.com/A").message())
        .isEqualTo("zone not found");
  }

  @Test
  void aDeleteRemovesTheRecordAndAnswersAnEmptyObject() {
    RawNs1 vendor = startWithZone();
    vendor.put(
        path("www.example.com", "A"),
        record("www.example.com", "A", "[{\"answer\":[\"192.0.2.1\"]}]"));

    RawNs1.Answer deleted = vendor.delete(path("www.example.com", "A"));

    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.object().size()).isZero();
    assertThat(vendor.delete(path("www.example.com", "A")).status()).isEqualTo(404);
    assertThat(vendor.delete(ZONE).status()).isEqualTo(200);
    assertThat(vendor.get(ZONE).message()).isEqualTo("zone not found");
  }

  @Test
  void aPostReplacesTheFieldsItCarriesAndKeepsTheOthers() {
    RawNs1 vendor = startWithZone();
    vendor.put(
        path("www.example.com", "A"),
        "{\"ttl\":60,\"answers\":[{\"answer\":[\"192.0.2.1\"],\"meta\":{\"up\":false}},"
            + "{\"answer\":[\"192.0.2.2\"]}],\"filters\":[{\"filter\":\"up\",\"config\":{}}],"
            + "\"meta\":{\"note\":\"kept\"}}");

    JsonObject updated =
        vendor
            .post(path("www.example.com", "A"), "{\"answers\":[{\"answer\":[\"192.0.2.3\"]}]}")
            .object();

    assertThat(updated.getAsJsonArray("filters")).hasSize(1);
    assertThat(updated.get("ttl").getAsInt()).isEqualTo(60);
    assertThat(updated.getAsJsonObject("meta").get("note").getAsString()).isEqualTo("kept");
    assertThat(updated.get("tier").getAsInt()).isEqualTo(3);
    assertThat(updated.getAsJsonArray("answers")).hasSize(1);
    assertThat(vendor.get(path("www.example.com", "A")).object()).isEqualTo(updated);
  }

  @Test
  void fieldsAreStoredInTheirWireFormNumbersAsNumbersNamesWithoutDot() {
    RawNs1 vendor = startWithZone();

    JsonObject mx =
        vendor
            .put(
                path("example.com", "MX"),
                record("example.com", "MX", "[{\"answer\":[\"10\",\"mx.example.com.\"]}]"))
            .object();
    JsonObject plain =
        vendor
            .put(path("x.example.com", "A"), "{\"answers\":[{\"answer\":[\"192.0.2.9\"]}]}")
            .object();

    JsonArray answer =
        mx.getAsJsonArray("answers").get(0).getAsJsonObject().getAsJsonArray("answer");
    assertThat(answer.get(0).getAsJsonPrimitive().isNumber()).isTrue();
    assertThat(answer.get(1).getAsString()).isEqualTo("mx.example.com");
    assertThat(mx.getAsJsonArray("filters")).isEmpty();
    assertThat(mx.getAsJsonObject("regions").size()).isZero();
    assertThat(plain.get("ttl").getAsInt()).as("absent ttl is the zone's").isEqualTo(3600);
    assertThat(plain.get("tier").getAsInt()).isEqualTo(1);
  }

  @Test
  void badAnswersAreRefusedNamingTheValue() {
    RawNs1 vendor = startWithZone();

    assertRefused(
        vendor, "A", "[{\"answer\":[\"300.1.1.1\"]}]", "\"300.1.1.1\" is not an IPv4 address");
    assertRefused(
        vendor, "MX", "[{\"answer\":[\"mx.example.com\"]}]", "[\"mx.example.com\"] has 1 fields");
    assertRefused(
        vendor, "MX", "[{\"answer\":[\"ten\",\"mx.example.com\"]}]", "\"ten\" is not an integer");
    assertRefused(
        vendor,
        "CAA",
        "[{\"answer\":[256,\"issue\",\"ca.example\"]}]",
        "answers[0].answer: \"256 issue \"ca.example\"\" is not CAA data");
    assertRefused(vendor, "A", "[]", "answers: [] is not a non-empty array");
  }

  @Test
  void badMetaIsRefusedNamingTheKeyAndValue() {
    RawNs1 vendor = startWithZone();

    assertRefused(
        vendor,
        "A",
        "[{\"answer\":[\"192.0.2.1\"],\"meta\":{\"country\":[\"XX\"]}}]",
        "answers[0].meta.country: \"XX\" is not an ISO 3166-1 alpha-2 code");
    assertRefused(
        vendor,
        "A",
        "[{\"answer\":[\"192.0.2.1\"],\"meta\":{\"us_state\":[\"US-CA\"]}}]",
        "\"US-CA\" is not a subdivision of US");
    assertRefused(
        vendor,
        "A",
        "[{\"answer\":[\"192.0.2.1\"],\"meta\":{\"colour\":\"red\"}}]",
        "answers[0].meta.colour: unknown meta key");
    assertRefused(
        vendor,
        "A",
        "[{\"answer\":[\"192.0.2.1\"],\"meta\":{\"georegion\":[\"EU\"]}}]",
        "\"EU\" is not a georegion");
    assertRefused(
        vendor,
        "A",
        "[{\"answer\":[\"192.0.2.1\"],\"meta\":{\"note\":\"" + "n".repeat(257) + "\"}}]",
        "note: 257 characters");
    assertRefused(
        vendor,
        "A",
        "[{\"answer\":[\"192.0.2.1\"],\"meta\":{\"weight\":-1}}]",
        "weight: -1 is not a number of at least 0");
  }

  @Test
  void unknownFiltersAndNullFiltersAreRefused() {
    RawNs1 vendor = startWithZone();
    String answers = "[{\"answer\":[\"192.0.2.1\"]}]";

    RawNs1.Answer planet =
        vendor.put(
            path("www.example.com", "A"),
            "{\"answers\":" + answers + ",\"filters\":[{\"filter\":\"geofence_planet\"}]}");
    RawNs1.Answer none =
        vendor.put(path("www.example.com", "A"), "{\"answers\":" + answers + ",\"filters\":null}");

    assertThat(planet.status()).isEqualTo(400);
    assertThat(planet.message())
        .isEqualTo("Input validation failed (unknown filter: geofence_planet)");
    assertThat(none.message())
        .isEqualTo(
            "Input validation failed (Value None for field '<obj>.filters' is not of type array)");
  }

  @Test
  void unsupportedTypesAreRefusedAndDnssecTypesAre405() {
    RawNs1 vendor = startWithZone();

    RawNs1.Answer soa =
        vendor.put(path("example.com", "SOA"), "{\"answers\":[{\"answer\":[\"x\"]}]}");
    RawNs1.Answer dnskey =
        vendor.put(path("example.com", "DNSKEY"), "{\"answers\":[{\"answer\":[\"x\"]}]}");

    assertThat(soa.status()).isEqualTo(400);
    assertThat(soa.message()).isEqualTo("Input validation failed (unsupported record type: SOA)");
    assertThat(dnskey.status()).isEqualTo(405);
    assertThat(dnskey.message()).isEqualTo("Operation on DNSSEC record is not allowed");
  }

  @Test
  void everyAnswerCarriesTheRateLimitHeaders() {
    RawNs1 vendor = start(Ns1Simulator.builder().readLimit(10, Duration.ofSeconds(20)));

    List<RawNs1.Answer> answers =
        List.of(
            vendor.createZone("example.com"),
            vendor.get(ZONE),
            vendor.get("/v1/zones/missing.com"),
            vendor.put(path("example.com", "SOA"), "{}"),
            new RawNs1(server.url("/"), null).get("/v1/zones"));

    assertThat(answers).extracting(RawNs1.Answer::status).containsExactly(200, 200, 404, 400, 401);
    answers.forEach(
        answer -> {
          assertThat(answer.rate().limit()).isNotNull();
          assertThat(answer.rate().period()).isNotNull();
          assertThat(answer.rate().by()).isEqualTo("customer");
        });
    assertThat(answers.get(1).rate())
        .isEqualTo(new RawNs1.RateHeaders("10", "9", "20", "customer"));
    assertThat(answers.get(2).rate().remaining()).isEqualTo("8");
    assertThat(answers.get(0).rate())
        .isEqualTo(new RawNs1.RateHeaders("300", "299", "300", "customer"));
  }

  @Test
  void anEmptyWriteBucketAnswers429UntilPeriodOverLimitHasPassed() {
    RawNs1 vendor = start(Ns1Simulator.builder().writeLimit(3, Duration.ofSeconds(60)));
    vendor.createZone("a.example");
    vendor.createZone("b.example");
    assertThat(vendor.createZone("c.example").rate().remaining()).isEqualTo("0");

    RawNs1.Answer throttled = vendor.createZone("d.example");
    time.sleep(Duration.ofSeconds(19));
    RawNs1.Answer stillThrottled = vendor.createZone("d.example");
    RawNs1.Answer read = vendor.get("/v1/zones");
    time.sleep(Duration.ofSeconds(1));
    RawNs1.Answer granted = vendor.createZone("d.example");

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.message()).isEqualTo("rate limit exceeded");
    assertThat(throttled.rate()).isEqualTo(new RawNs1.RateHeaders("3", "0", "60", "customer"));
    assertThat(stillThrottled.status()).isEqualTo(429);
    assertThat(read.status()).as("reads have their own bucket").isEqualTo(200);
    assertThat(granted.status()).isEqualTo(200);
    assertThat(granted.rate().remaining()).isEqualTo("0");
    assertThat(simulator().throttled()).isEqualTo(2);
    assertThat(simulator().requests("PUT /v1/zones/{zone}")).isEqualTo(6);
    assertThat(simulator().hasZone("d.example")).isTrue();
  }

  @Test
  void throttleNextAnswers429OnDemandAndCountsIt() {
    RawNs1 vendor = start(Ns1Simulator.builder());
    simulator().throttleNext(1);

    assertThat(vendor.get("/v1/zones").status()).isEqualTo(429);
    assertThat(vendor.get("/v1/zones").status()).isEqualTo(200);
    assertThat(simulator().throttled()).isEqualTo(1);
    assertThat(simulator().requests()).containsExactly("GET /v1/zones", "GET /v1/zones");
    simulator().resetCounts();
    assertThat(simulator().requestCounts()).isEmpty();
    assertThat(simulator().throttled()).isZero();
  }

  static final String GEO_CHAIN =
      "[{\"filter\":\"geofence_country\",\"config\":{\"remove_no_location\":true}},"
          + "{\"filter\":\"priority\",\"config\":{\"eliminate\":\"1\"}}]";

  /** Writes a record of the geo layout: answers given as JSON, regions named. */
  static void putGeo(RawNs1 vendor, String label, String answers, String... regions) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < regions.length; i++) {
      json.append(i == 0 ? "" : ",").append("\"").append(regions[i]).append("\":{\"meta\":{}}");
    }
    String domain = label + ".example.com";
    RawNs1.Answer answer =
        vendor.put(
            path(domain, "A"),
            "{\"zone\":\"example.com\",\"domain\":\""
                + domain
                + "\",\"type\":\"A\",\"ttl\":60,\"meta\":{},"
                + "\"answers\":"
                + answers
                + ",\"filters\":"
                + GEO_CHAIN
                + ",\"regions\":"
                + json
                + "}}");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  static String geoAnswer(String value, String region, String meta) {
    return "{\"answer\":[\"" + value + "\"],\"region\":\"" + region + "\",\"meta\":" + meta + "}";
  }

  List<String> served(String label, Client client) {
    return simulator().answer("example.com", label + ".example.com", "A", client);
  }

  @Test
  void theGeoChainServesTheMostSpecificMatchingSetOrStar() {
    RawNs1 vendor = startWithZone();
    String sets =
        String.join(
            ",",
            geoAnswer("192.0.2.1", "CA", "{\"priority\":1,\"us_state\":[\"CA\"]}"),
            geoAnswer("192.0.2.2", "NY", "{\"priority\":1,\"us_state\":[\"NY\"]}"),
            geoAnswer("192.0.2.3", "US", "{\"priority\":2,\"country\":[\"US\"]}"));
    putGeo(
        vendor,
        "star",
        "[" + sets + "," + geoAnswer("192.0.2.4", "*", "{\"priority\":4}") + "]",
        "CA",
        "NY",
        "US",
        "*");
    putGeo(vendor, "nostar", "[" + sets + "]", "CA", "NY", "US");

    assertThat(served("star", Client.inSubdivision("US-CA"))).containsExactly("192.0.2.1");
    assertThat(served("star", Client.inSubdivision("US-TX"))).containsExactly("192.0.2.3");
    assertThat(served("star", Client.in("US"))).containsExactly("192.0.2.3");
    assertThat(served("star", Client.in("FR"))).containsExactly("192.0.2.4");
    assertThat(served("star", Client.unknown())).containsExactly("192.0.2.4");
    assertThat(served("nostar", Client.unknown())).isEmpty();
    assertThat(served("nostar", Client.in("FR"))).isEmpty();
  }

  @Test
  void theGeoChainPrefersACountryToItsContinentAndAContinentSetsSubdivisionsDoNotLeak() {
    RawNs1 vendor = startWithZone();
    putGeo(
        vendor,
        "eu",
        "["
            + geoAnswer("192.0.2.1", "FR", "{\"priority\":2,\"country\":[\"FR\"]}")
            + ","
            + geoAnswer("192.0.2.2", "EU", "{\"priority\":3,\"country\":[\"FR\",\"DE\",\"IT\"]}")
            + "]",
        "FR",
        "EU");
    putGeo(
        vendor,
        "mixed",
        "["
            + geoAnswer("192.0.2.1", "continent:EU,US-CA", "{\"priority\":1,\"us_state\":[\"CA\"]}")
            + ","
            + geoAnswer("192.0.2.3", "FR", "{\"priority\":2,\"country\":[\"FR\"]}")
            + ","
            + geoAnswer(
                "192.0.2.1", "continent:EU,US-CA", "{\"priority\":3,\"country\":[\"FR\",\"DE\"]}")
            + "]",
        "continent:EU,US-CA",
        "FR");

    assertThat(served("eu", Client.in("FR"))).containsExactly("192.0.2.1");
    assertThat(served("eu", Client.in("DE"))).containsExactly("192.0.2.2");
    assertThat(served("mixed", Client.in("FR"))).containsExactly("192.0.2.3");
    assertThat(served("mixed", Client.in("DE"))).containsExactly("192.0.2.1");
    assertThat(served("mixed", Client.inSubdivision("US-CA"))).containsExactly("192.0.2.1");
  }

  @Test
  void theGeoChainServesEveryValueOfTheWinningSet() {
    RawNs1 vendor = startWithZone();
    putGeo(
        vendor,
        "multi",
        "["
            + geoAnswer("192.0.2.1", "US", "{\"priority\":2,\"country\":[\"US\"]}")
            + ","
            + geoAnswer("192.0.2.2", "US", "{\"priority\":2,\"country\":[\"US\"]}")
            + ","
            + geoAnswer("192.0.2.9", "*", "{\"priority\":4}")
            + "]",
        "US",
        "*");

    assertThat(served("multi", Client.inSubdivision("US-NY")))
        .containsExactly("192.0.2.1", "192.0.2.2");
    assertThat(served("multi", Client.inSubdivision("CA-QC"))).containsExactly("192.0.2.9");
  }

  @Test
  void subdivisionsAndProvincesMatchTheirClients() {
    RawNs1 vendor = startWithZone();
    putGeo(
        vendor,
        "sub",
        "["
            + geoAnswer("192.0.2.1", "QC", "{\"priority\":1,\"ca_province\":[\"QC\"]}")
            + ","
            + geoAnswer("192.0.2.2", "IDF", "{\"priority\":1,\"subdivisions\":{\"FR\":[\"IDF\"]}}")
            + ","
            + geoAnswer("192.0.2.3", "*", "{\"priority\":4}")
            + "]",
        "QC",
        "IDF",
        "*");

    assertThat(served("sub", Client.inSubdivision("CA-QC"))).containsExactly("192.0.2.1");
    assertThat(served("sub", Client.inSubdivision("FR-IDF"))).containsExactly("192.0.2.2");
    assertThat(served("sub", Client.in("FR"))).containsExactly("192.0.2.3");
  }

  @Test
  void theWeightedChainPicksEachSetInProportionToItsWeightWithAllItsValues() {
    RawNs1 vendor = start(Ns1Simulator.builder().random(new Random(42)));
    vendor.createZone("example.com");
    String answers =
        "[{\"answer\":[\"192.0.2.1\"],\"region\":\"blue\",\"meta\":{\"weight\":10}},"
            + "{\"answer\":[\"192.0.2.2\"],\"region\":\"blue\",\"meta\":{\"weight\":10}},"
            + "{\"answer\":[\"192.0.2.3\"],\"region\":\"green\",\"meta\":{\"weight\":60}},"
            + "{\"answer\":[\"192.0.2.4\"],\"region\":\"off\",\"meta\":{\"weight\":0}}]";
    assertThat(
            vendor
                .put(
                    path("w.example.com", "A"),
                    "{\"answers\":"
                        + answers
                        + ",\"filters\":[{\"filter\":\"weighted_shuffle\",\"config\":{}},"
                        + "{\"filter\":\"select_first_region\",\"config\":{}}],"
                        + "\"regions\":{\"blue\":{\"meta\":{}},\"green\":{\"meta\":{}},\"off\":{\"meta\":{}}}}")
                .status())
        .isEqualTo(200);

    int blue = 0;
    int green = 0;
    int draws = 4000;
    for (int i = 0; i < draws; i++) {
      List<String> served =
          simulator().answer("example.com", "w.example.com", "A", Client.in("FR"));
      if (served.get(0).equals("192.0.2.3")) {
        assertThat(served).containsExactly("192.0.2.3");
        green++;
      } else {
        assertThat(served).containsExactlyInAnyOrder("192.0.2.1", "192.0.2.2");
        blue++;
      }
    }

    assertThat(blue + green).isEqualTo(draws);
    assertThat((double) blue / draws).isBetween(0.22, 0.28);
  }

  @Test
  void theUpFilterRemovesDownAnswersAndSelectFirstNKeepsN() {
    RawNs1 vendor = startWithZone();
    vendor.put(
        path("up.example.com", "A"),
        "{\"answers\":[{\"answer\":[\"192.0.2.1\"],\"meta\":{\"up\":false}},"
            + "{\"answer\":[\"192.0.2.2\"],\"meta\":{\"up\":{\"feed\":\"abc\"}}},"
            + "{\"answer\":[\"192.0.2.3\"]},{\"answer\":[\"192.0.2.4\"],\"meta\":{\"up\":true}}],"
            + "\"filters\":[{\"filter\":\"up\",\"config\":{}},"
            + "{\"filter\":\"select_first_n\",\"config\":{\"N\":\"2\"}}]}");
    vendor.put(
        path("disabled.example.com", "A"),
        "{\"answers\":[{\"answer\":[\"192.0.2.1\"],\"meta\":{\"up\":false}},{\"answer\":[\"192.0.2.2\"]}],"
            + "\"filters\":[{\"filter\":\"up\",\"config\":{},\"disabled\":true},"
            + "{\"filter\":\"select_first_n\",\"config\":{}}]}");

    assertThat(served("up", Client.unknown())).containsExactly("192.0.2.2", "192.0.2.3");
    assertThat(served("disabled", Client.unknown())).containsExactly("192.0.2.1");
  }

  @Test
  void foreignDataIsStoredAsWrittenAndRoutedByItsOwnChain() {
    RawNs1 vendor = startWithZone();

    ForeignNs1.Seeded seeded = ForeignNs1.seed(vendor, "example.com");

    assertThat(simulator().stateOf("example.com"))
        .containsKeys(seeded.written().keySet().toArray(String[]::new));
    assertThat(simulator().stateOf("example.com").get("steered.example.com A"))
        .contains("{\"feed\":\"5e1f00000000000000000a01\"}", "\"georegion\":[\"EUROPE\"]")
        .doesNotContain("\"id\"");
    assertThat(simulator().stateOf("example.com").get("mail.example.com MX"))
        .contains("[20,\"mx2.example.com\"]");
    assertThat(served("steered", Client.in("DE"))).containsExactly("192.0.2.12");
    assertThat(served("steered", Client.in("US"))).containsExactly("192.0.2.11");
    assertThat(served("failover", Client.unknown())).containsExactly("192.0.2.21");
    assertThat(vendor.get(ZONE).object().getAsJsonArray("records").asList())
        .extracting(summary -> summary.getAsJsonObject().get("tier").getAsInt())
        .containsExactly(1, 3, 1, 1, 3);
  }

  @Test
  void aVerbatimPostOfAnotherToolsRecordLeavesItsStateAsItWas() {
    RawNs1 vendor = startWithZone();
    ForeignNs1.seed(vendor, "example.com");
    var before = simulator().stateOf("example.com");
    JsonObject steered = vendor.get(path("steered.example.com", "A")).object();

    assertThat(vendor.post(path("steered.example.com", "A"), steered.toString()).status())
        .isEqualTo(200);

    assertThat(simulator().stateOf("example.com")).isEqualTo(before);
  }

  @Test
  void aClientsLimitIsHonouredUpToThePageSize() {
    RawNs1 vendor = start(Ns1Simulator.builder().zonePageSize(3));
    for (String zone : List.of("a.example", "b.example", "c.example", "d.example")) {
      vendor.createZone(zone);
    }

    RawNs1.Answer one = vendor.get("/v1/zones?limit=1");
    RawNs1.Answer many = vendor.get("/v1/zones?limit=50");

    assertThat(one.json().getAsJsonArray()).hasSize(1);
    assertThat(one.link()).contains("after=a.example&limit=1");
    assertThat(many.json().getAsJsonArray()).hasSize(3);
    assertThat(vendor.get("/v1/zones?limit=0").message()).contains("limit: \"0\"");
  }

  @Test
  void aBodyNamingAnotherRecordThanItsPathIsRefused() {
    RawNs1 vendor = startWithZone();

    RawNs1.Answer other =
        vendor.put(
            path("www.example.com", "A"),
            record("ftp.example.com", "A", "[{\"answer\":[\"192.0.2.1\"]}]"));
    RawNs1.Answer outside =
        vendor.put(
            "/v1/zones/example.com/www.example.org/A",
            "{\"answers\":[{\"answer\":[\"192.0.2.1\"]}]}");

    assertThat(other.message()).contains("domain: \"ftp.example.com\" does not match");
    assertThat(outside.message()).contains("www.example.org is not in zone example.com");
  }

  @Test
  void everyTypeOfTheWirePagesTableIsAcceptedInItsAnswerForm() {
    RawNs1 vendor = startWithZone();
    String hex = "ab12".repeat(16);
    List<List<String>> cases =
        List.of(
            List.of("A", "[\"192.0.2.1\"]", "192.0.2.1"),
            List.of("AAAA", "[\"2001:db8::1\"]", "2001:db8::1"),
            List.of("CNAME", "[\"target.example.com.\"]", "target.example.com"),
            List.of("DNAME", "[\"target.example.com\"]", "target.example.com"),
            List.of("ALIAS", "[\"target.example.com\"]", "target.example.com"),
            List.of("PTR", "[\"target.example.com\"]", "target.example.com"),
            List.of("NS", "[\"ns1.example.net\"]", "ns1.example.net"),
            List.of("TXT", "[\"v=spf1 -all; \\\"x\\\"\"]", "v=spf1 -all; \"x\""),
            List.of("SPF", "[\"v=spf1 -all\"]", "v=spf1 -all"),
            List.of("MX", "[10,\"mx.example.com\"]", "10 mx.example.com"),
            List.of("SRV", "[\"10\",5,5060,\"sip.example.com\"]", "10 5 5060 sip.example.com"),
            List.of("CAA", "[0,\"issue\",\"letsencrypt.org\"]", "0 issue letsencrypt.org"),
            List.of(
                "NAPTR",
                "[100,10,\"S\",\"SIP+D2U\",\"\",\"_sip._udp.example.com\"]",
                "100 10 S SIP+D2U  _sip._udp.example.com"),
            List.of("DS", "[12345,13,2,\"" + hex + "\"]", "12345 13 2 " + hex),
            List.of("TLSA", "[3,1,1,\"" + hex + "\"]", "3 1 1 " + hex),
            List.of("SSHFP", "[4,2,\"" + hex + "\"]", "4 2 " + hex),
            List.of(
                "HTTPS",
                "[1,\"svc.example.com\",\"alpn=h2 port=8443\"]",
                "1 svc.example.com alpn=h2 port=8443"),
            List.of("SVCB", "[0,\"svc.example.com\"]", "0 svc.example.com"),
            List.of(
                "URLFWD",
                "[\"/path\",\"https://t.example\",301,1,1]",
                "/path https://t.example 301 1 1"));

    for (List<String> type : cases) {
      String domain = type.get(0).toLowerCase() + ".example.com";
      RawNs1.Answer answer =
          vendor.put(
              path(domain, type.get(0)),
              record(domain, type.get(0), "[{\"answer\":" + type.get(1) + "}]"));
      assertThat(answer.status()).as(type.get(0) + " " + answer.body()).isEqualTo(200);
      assertThat(simulator().answer("example.com", domain, type.get(0), Client.unknown()))
          .as(type.get(0))
          .containsExactly(type.get(2));
    }
  }

  void assertRefused(RawNs1 vendor, String type, String answers, String why) {
    RawNs1.Answer refused =
        vendor.put(path("bad.example.com", type), record("bad.example.com", type, answers));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.message()).startsWith("Input validation failed (").contains(why);
  }

  static List<String> strings(JsonArray array) {
    return array.asList().stream().map(JsonElement::getAsString).toList();
  }
}
