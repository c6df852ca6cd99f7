package denominator.googledns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import denominator.kit.ManualTime;
import denominator.tck.LoopbackServers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * The simulator through raw OkHttp requests, the vendor's way with no provider code, and through
 * the real google-auth-library for the token exchange: every behaviour of the wire page it serves
 * and every refusal it answers.
 */
class GoogleDnsSimulatorTest {
  static final String PROJECT = "denominator-test";
  static final String TOKEN = "sim-token-for-tests";
  static final String ZONE = "managedZones/example-com";
  static final ServiceAccounts.Account ACCOUNT = ServiceAccounts.shared();

  @StartStop final MockWebServer server = LoopbackServers.server();
  final ManualTime time = new ManualTime();

  RawGoogleDns start(GoogleDnsSimulator.Builder builder) {
    server.setDispatcher(builder.accessToken(TOKEN).clock(time).build());
    return new RawGoogleDns(server.url("/"), PROJECT, TOKEN);
  }

  RawGoogleDns startWithZone() {
    RawGoogleDns vendor = start(GoogleDnsSimulator.builder());
    assertThat(vendor.createZone("example-com", "example.com.").status()).isEqualTo(200);
    return vendor;
  }

  GoogleDnsSimulator simulator() {
    return (GoogleDnsSimulator) server.getDispatcher();
  }

  /** An access token the real library gets for {@code account}'s key with {@code scope}. */
  String libraryToken(ServiceAccounts.Account account, String scope) throws IOException {
    String key = account.keyJson(server.url("/token").toString(), PROJECT);
    GoogleCredentials credentials =
        ServiceAccountCredentials.fromStream(
                new ByteArrayInputStream(key.getBytes(StandardCharsets.UTF_8)))
            .createScoped(List.of(scope));
    credentials.refreshIfExpired();
    return credentials.getAccessToken().getTokenValue();
  }

  static String rrset(String name, String type, int ttl, String... rrdatas) {
    JsonObject rrset = new JsonObject();
    rrset.addProperty("name", name);
    rrset.addProperty("type", type);
    rrset.addProperty("ttl", ttl);
    JsonArray array = new JsonArray();
    for (String rdata : rrdatas) {
      array.add(rdata);
    }
    rrset.add("rrdatas", array);
    return rrset.toString();
  }

  static String additions(String... rrsets) {
    return "{\"additions\":[" + String.join(",", rrsets) + "]}";
  }

  static String change(List<String> deletions, List<String> additions) {
    return "{\"deletions\":["
        + String.join(",", deletions)
        + "],\"additions\":["
        + String.join(",", additions)
        + "]}";
  }

  static List<String> strings(JsonElement array) {
    List<String> strings = new ArrayList<>();
    if (array != null) {
      array.getAsJsonArray().forEach(item -> strings.add(item.getAsString()));
    }
    return strings;
  }

  static List<String> names(JsonObject list, String member) {
    List<String> names = new ArrayList<>();
    if (list.has(member)) {
      list.getAsJsonArray(member)
          .forEach(
              item ->
                  names.add(
                      item.getAsJsonObject().get("name").getAsString()
                          + (item.getAsJsonObject().has("type")
                              ? " " + item.getAsJsonObject().get("type").getAsString()
                              : "")));
    }
    return names;
  }

  static List<String> ids(JsonObject changes) {
    List<String> ids = new ArrayList<>();
    changes
        .getAsJsonArray("changes")
        .forEach(change -> ids.add(change.getAsJsonObject().get("id").getAsString()));
    return ids;
  }

  // authentication

  @Test
  void theRealLibrarySignsAGrantThatTheTokenEndpointExchangesForAnAccessToken() throws IOException {
    RawGoogleDns vendor = start(GoogleDnsSimulator.builder().serviceAccount(ACCOUNT));

    String token = libraryToken(ACCOUNT, AccessTokens.READ_WRITE);

    assertThat(token).startsWith("ya29.sim-");
    assertThat(simulator().tokensIssued()).isEqualTo(1);
    assertThat(simulator().requests("POST /token")).isEqualTo(1);
    RawGoogleDns.Answer zones = vendor.withToken(token).get("managedZones");
    assertThat(zones.status()).isEqualTo(200);
    assertThat(zones.object().get("kind").getAsString()).isEqualTo("dns#managedZonesListResponse");
  }

  @Test
  void aGrantSignedByAnotherKeyIsRefusedInvalidGrant() {
    start(GoogleDnsSimulator.builder().serviceAccount(ACCOUNT));

    assertThatThrownBy(() -> libraryToken(ACCOUNT.withOtherKey(), AccessTokens.READ_WRITE))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("invalid_grant")
        .hasMessageContaining("Invalid JWT Signature.");
    assertThat(simulator().tokensIssued()).isZero();
  }

  @Test
  void aGrantOfAnUnknownAccountOrAnotherGrantTypeIsRefused() {
    RawGoogleDns vendor = start(GoogleDnsSimulator.builder().serviceAccount(ACCOUNT));

    assertThatThrownBy(
            () ->
                libraryToken(
                    ServiceAccounts.create("stranger@elsewhere.iam.gserviceaccount.com"),
                    AccessTokens.READ_WRITE))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("unknown service account stranger@elsewhere");
    RawGoogleDns.Answer password = vendor.token("password", "x.y.z");
    assertThat(password.status()).isEqualTo(400);
    assertThat(password.object().get("error").getAsString()).isEqualTo("unsupported_grant_type");
    assertThat(password.object().get("error_description").getAsString())
        .isEqualTo("Invalid grant_type: password");
    RawGoogleDns.Answer garbled = vendor.token(AccessTokens.GRANT_TYPE, "not-a-jwt");
    assertThat(garbled.status()).isEqualTo(400);
    assertThat(garbled.object().get("error").getAsString()).isEqualTo("invalid_grant");
  }

  @Test
  void anIssuedTokenExpiresAfter3599SecondsOnTheSimulatorsClock() throws IOException {
    RawGoogleDns vendor = start(GoogleDnsSimulator.builder().serviceAccount(ACCOUNT));
    RawGoogleDns holder = vendor.withToken(libraryToken(ACCOUNT, AccessTokens.READ_WRITE));

    time.sleep(Duration.ofSeconds(3598));
    assertThat(holder.get("managedZones").status()).isEqualTo(200);
    time.sleep(Duration.ofSeconds(1));
    RawGoogleDns.Answer expired = holder.get("managedZones");

    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.reason()).isEqualTo("authError");
  }

  @Test
  void aRequestWithoutATokenOrWithAnUnknownOneIsRefused401() {
    RawGoogleDns vendor = start(GoogleDnsSimulator.builder());

    RawGoogleDns.Answer missing = vendor.withToken(null).get("managedZones");
    RawGoogleDns.Answer unknown = vendor.withToken("ya29.forged").get("managedZones");

    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.reason()).isEqualTo("required");
    assertThat(missing.object().getAsJsonObject("error").get("status").getAsString())
        .isEqualTo("UNAUTHENTICATED");
    assertThat(missing.wwwAuthenticate())
        .isEqualTo("Bearer realm=\"https://accounts.google.com/\"");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.reason()).isEqualTo("authError");
    assertThat(unknown.message()).startsWith("Request had invalid authentication credentials.");
  }

  @Test
  void aReadOnlyScopeReadsButMayNotWrite() throws IOException {
    RawGoogleDns vendor = start(GoogleDnsSimulator.builder().serviceAccount(ACCOUNT));
    RawGoogleDns reader =
        vendor.withToken(
            libraryToken(ACCOUNT, "https://www.googleapis.com/auth/ndev.clouddns.readonly"));

    assertThat(reader.get("managedZones").status()).isEqualTo(200);
    RawGoogleDns.Answer write = reader.createZone("example-com", "example.com.");

    assertThat(write.status()).isEqualTo(403);
    assertThat(write.reason()).isEqualTo("insufficientPermissions");
    assertThat(simulator().hasZone("example.com.")).isFalse();
  }

  @Test
  void anotherProjectIsForbidden() {
    start(GoogleDnsSimulator.builder());

    RawGoogleDns.Answer other =
        new RawGoogleDns(server.url("/"), "someone-else", TOKEN).get("managedZones");

    assertThat(other.status()).isEqualTo(403);
    assertThat(other.reason()).isEqualTo("forbidden");
    assertThat(other.message()).contains("someone-else");
  }

  // managed zones

  @Test
  void aZoneCreateAnswersTheZoneAndWritesTheApexSoaAndNsAsChangeZero() {
    RawGoogleDns vendor = start(GoogleDnsSimulator.builder());

    RawGoogleDns.Answer created =
        vendor.post(
            "managedZones",
            "{\"name\":\"example-com\",\"dnsName\":\"example.com.\",\"description\":\"d\","
                + "\"visibility\":\"public\"}");

    assertThat(created.status()).isEqualTo(200);
    JsonObject zone = created.object();
    assertThat(zone.get("kind").getAsString()).isEqualTo("dns#managedZone");
    assertThat(zone.get("name").getAsString()).isEqualTo("example-com");
    assertThat(zone.get("dnsName").getAsString()).isEqualTo("example.com.");
    assertThat(zone.get("id").getAsString()).matches("\\d{19}");
    assertThat(zone.get("creationTime").getAsString()).isEqualTo("2026-01-01T00:00:00.000Z");
    assertThat(zone.get("visibility").getAsString()).isEqualTo("public");
    assertThat(strings(zone.get("nameServers")))
        .containsExactly(
            "ns-cloud-a1.googledomains.com.",
            "ns-cloud-a2.googledomains.com.",
            "ns-cloud-a3.googledomains.com.",
            "ns-cloud-a4.googledomains.com.");
    JsonObject rrsets = vendor.get(ZONE + "/rrsets").object();
    assertThat(names(rrsets, "rrsets")).containsExactly("example.com. NS", "example.com. SOA");
    JsonObject soa = rrsets.getAsJsonArray("rrsets").get(1).getAsJsonObject();
    assertThat(soa.get("ttl").getAsInt()).isEqualTo(21600);
    assertThat(strings(soa.get("rrdatas")))
        .containsExactly(
            "ns-cloud-a1.googledomains.com. cloud-dns-hostmaster.google.com. 1 21600 3600 259200 300");
    JsonObject first = vendor.get(ZONE + "/changes/0").object();
    assertThat(first.get("status").getAsString()).isEqualTo("done");
    assertThat(first.getAsJsonArray("additions")).hasSize(2);
  }

  @Test
  void aZoneCreateRefusesATakenLabelAMissingDescriptionAndBadNames() {
    RawGoogleDns vendor = startWithZone();

    RawGoogleDns.Answer taken = vendor.createZone("example-com", "other.com.");
    RawGoogleDns.Answer undescribed =
        vendor.post("managedZones", "{\"name\":\"other-com\",\"dnsName\":\"other.com.\"}");
    RawGoogleDns.Answer badLabel = vendor.createZone("1-other", "other.com.");
    RawGoogleDns.Answer relative = vendor.createZone("other-com", "other.com");
    RawGoogleDns.Answer hidden =
        vendor.post(
            "managedZones",
            "{\"name\":\"other-com\",\"dnsName\":\"other.com.\",\"description\":\"\","
                + "\"visibility\":\"private\"}");

    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.reason()).isEqualTo("alreadyExists");
    assertThat(taken.message())
        .isEqualTo("The resource 'entity.managedZone' named 'example-com' already exists");
    assertThat(undescribed.status()).isEqualTo(400);
    assertThat(undescribed.reason()).isEqualTo("required");
    assertThat(undescribed.message()).contains("entity.managedZone.description");
    assertThat(badLabel.message())
        .isEqualTo("Invalid value for 'entity.managedZone.name': '1-other'");
    assertThat(relative.message())
        .isEqualTo("Invalid value for 'entity.managedZone.dnsName': 'other.com'");
    assertThat(hidden.message())
        .isEqualTo("Invalid value for 'entity.managedZone.visibility': 'private'");
    assertThat(simulator().hasZone("other.com")).isFalse();
  }

  @Test
  void zonesAreListedByLabelOverPagesAndFilteredByDnsName() {
    RawGoogleDns vendor = start(GoogleDnsSimulator.builder().pageSize(2));
    assertThat(vendor.get("managedZones").body())
        .isEqualTo("{\"kind\":\"dns#managedZonesListResponse\"}");
    for (String label : List.of("e", "a", "c", "b", "d")) {
      vendor.createZone(label + "-example", label + ".example.");
    }

    List<String> labels = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    JsonObject page = vendor.get("managedZones").object();
    while (true) {
      labels.addAll(names(page, "managedZones"));
      if (!page.has("nextPageToken")) {
        break;
      }
      tokens.add(page.get("nextPageToken").getAsString());
      page = vendor.get("managedZones?pageToken=" + tokens.get(tokens.size() - 1)).object();
    }

    assertThat(labels)
        .containsExactly("a-example", "b-example", "c-example", "d-example", "e-example");
    assertThat(tokens).hasSize(2);
    assertThat(names(vendor.get("managedZones?maxResults=1").object(), "managedZones"))
        .containsExactly("a-example");
    assertThat(names(vendor.get("managedZones?dnsName=C.example.").object(), "managedZones"))
        .containsExactly("c-example");
    RawGoogleDns.Answer badToken = vendor.get("managedZones?pageToken=%%%");
    assertThat(badToken.status()).isEqualTo(400);
    assertThat(badToken.message()).isEqualTo("Invalid value for 'parameters.pageToken': '%%%'");
  }

  @Test
  void aZoneIsFoundByLabelOrIdAndAnUnknownOneIs404() {
    RawGoogleDns vendor = startWithZone();
    String id = vendor.get(ZONE).object().get("id").getAsString();

    assertThat(vendor.get("managedZones/" + id).object().get("name").getAsString())
        .isEqualTo("example-com");
    RawGoogleDns.Answer missing = vendor.get("managedZones/nosuch-com/rrsets");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.reason()).isEqualTo("notFound");
    assertThat(missing.message())
        .isEqualTo("The 'parameters.managedZone' resource named 'nosuch-com' does not exist.");
  }

  @Test
  void aZoneIsDeletedOnlyWhenNothingButItsApexSoaAndNsRemain() {
    RawGoogleDns vendor = startWithZone();
    String www = rrset("www.example.com.", "A", 300, "192.0.2.1");
    vendor.change("example-com", additions(www));

    RawGoogleDns.Answer full = vendor.delete(ZONE);
    assertThat(full.status()).isEqualTo(400);
    assertThat(full.reason()).isEqualTo("containerNotEmpty");
    assertThat(full.message())
        .isEqualTo("The resource named 'example-com' cannot be deleted because it is not empty");
    vendor.change("example-com", change(List.of(www), List.of()));
    RawGoogleDns.Answer emptied = vendor.delete(ZONE);

    assertThat(emptied.status()).isEqualTo(204);
    assertThat(emptied.body()).isEmpty();
    assertThat(simulator().hasZone("example.com.")).isFalse();
    assertThat(vendor.delete(ZONE).status()).isEqualTo(404);
  }

  // rrsets

  @Test
  void rrsetsAreListedByNameThenTypeOverPagesAndFilteredByNameAndType() {
    RawGoogleDns vendor = startWithZone();
    vendor.change(
        "example-com",
        additions(
            rrset("www.example.com.", "A", 300, "192.0.2.1"),
            rrset("www.example.com.", "AAAA", 300, "2001:db8::1"),
            rrset("api.example.com.", "A", 300, "192.0.2.2")));

    List<String> listed = new ArrayList<>();
    String token = null;
    do {
      JsonObject page =
          vendor
              .get(ZONE + "/rrsets?maxResults=2" + (token == null ? "" : "&pageToken=" + token))
              .object();
      listed.addAll(names(page, "rrsets"));
      token = page.has("nextPageToken") ? page.get("nextPageToken").getAsString() : null;
    } while (token != null);

    assertThat(listed)
        .containsExactly(
            "api.example.com. A",
            "example.com. NS",
            "example.com. SOA",
            "www.example.com. A",
            "www.example.com. AAAA");
    assertThat(names(vendor.get(ZONE + "/rrsets?name=WWW.example.com.").object(), "rrsets"))
        .containsExactly("www.example.com. A", "www.example.com. AAAA");
    assertThat(
            names(vendor.get(ZONE + "/rrsets?name=www.example.com.&type=AAAA").object(), "rrsets"))
        .containsExactly("www.example.com. AAAA");
    assertThat(vendor.get(ZONE + "/rrsets?name=nothing.example.com.").body())
        .isEqualTo("{\"kind\":\"dns#resourceRecordSetsListResponse\"}");
    RawGoogleDns.Answer typeAlone = vendor.get(ZONE + "/rrsets?type=A");
    assertThat(typeAlone.status()).isEqualTo(400);
    assertThat(typeAlone.message())
        .isEqualTo("Invalid value for 'parameters.type': 'A (type requires name)'");
  }

  @Test
  void oneRrsetIsReadByNameAndTypeAndAMissingOneIs404() {
    RawGoogleDns vendor = startWithZone();
    vendor.change("example-com", additions(rrset("www.example.com.", "A", 300, "192.0.2.1")));

    JsonObject www = vendor.get(ZONE + "/rrsets/www.example.com./A").object();
    RawGoogleDns.Answer missing = vendor.get(ZONE + "/rrsets/www.example.com./MX");

    assertThat(www.toString())
        .isEqualTo(
            "{\"kind\":\"dns#resourceRecordSet\",\"name\":\"www.example.com.\",\"type\":\"A\","
                + "\"ttl\":300,\"rrdatas\":[\"192.0.2.1\"]}");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.message())
        .isEqualTo("The 'parameters.name' resource named 'www.example.com. (MX)' does not exist.");
    assertThat(vendor.post(ZONE + "/rrsets", rrset("x.example.com.", "A", 1, "192.0.2.1")).status())
        .isEqualTo(404);
  }

  // changes

  static final String WWW = rrset("www.example.com.", "A", 300, "192.0.2.1", "192.0.2.2");

  static String weighted(int ttl, String firstWeight) {
    return "{\"name\":\"www.example.com.\",\"type\":\"A\",\"ttl\":"
        + ttl
        + ",\"routingPolicy\":{\"wrr\":{\"items\":[{\"weight\":"
        + firstWeight
        + ",\"rrdatas\":[\"192.0.2.1\"]},{\"weight\":1,\"rrdatas\":[\"192.0.2.2\"]}]}}}";
  }

  @Test
  void aChangeDeletesAndAddsAtOnceAnsweringPendingThenDoneOnTheFirstRead() {
    RawGoogleDns vendor = startWithZone();
    vendor.change("example-com", additions(WWW));

    RawGoogleDns.Answer created =
        vendor.change(
            "example-com",
            change(
                List.of(rrset("www.example.com.", "A", 300, "192.0.2.2", "192.0.2.1")),
                List.of(weighted(60, "3"))));

    assertThat(created.status()).isEqualTo(200);
    JsonObject change = created.object();
    assertThat(change.get("kind").getAsString()).isEqualTo("dns#change");
    assertThat(change.get("id").getAsString()).isEqualTo("2");
    assertThat(change.get("status").getAsString()).isEqualTo("pending");
    assertThat(change.get("startTime").getAsString()).isEqualTo("2026-01-01T00:00:00.000Z");
    assertThat(change.getAsJsonArray("deletions")).hasSize(1);
    JsonObject stored = vendor.get(ZONE + "/rrsets/www.example.com./A").object();
    assertThat(stored.has("rrdatas")).isFalse();
    assertThat(stored.get("ttl").getAsInt()).isEqualTo(60);
    assertThat(stored.getAsJsonObject("routingPolicy").toString())
        .isEqualTo(
            "{\"wrr\":{\"items\":[{\"weight\":3,\"rrdatas\":[\"192.0.2.1\"]},"
                + "{\"weight\":1,\"rrdatas\":[\"192.0.2.2\"]}]}}");
    assertThat(vendor.get(ZONE + "/changes/2").object().get("status").getAsString())
        .isEqualTo("done");
    RawGoogleDns.Answer unknown = vendor.get(ZONE + "/changes/99");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.message())
        .isEqualTo("The 'parameters.changeId' resource named '99' does not exist.");
  }

  @Test
  void aChangeStaysPendingForTheReadsOrTheTimeTheBuilderGives() {
    RawGoogleDns vendor =
        start(GoogleDnsSimulator.builder().pendingGets(3).pendingFor(Duration.ofSeconds(30)));
    vendor.createZone("example-com", "example.com.");
    vendor.change("example-com", additions(WWW));

    List<String> reads = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      reads.add(vendor.get(ZONE + "/changes/1").object().get("status").getAsString());
    }
    vendor.change("example-com", additions(rrset("api.example.com.", "A", 300, "192.0.2.9")));
    String early = vendor.get(ZONE + "/changes/2").object().get("status").getAsString();
    time.sleep(Duration.ofSeconds(30));
    String late = vendor.get(ZONE + "/changes/2").object().get("status").getAsString();

    assertThat(reads).containsExactly("pending", "pending", "done");
    assertThat(early).isEqualTo("pending");
    assertThat(late).isEqualTo("done");
  }

  @Test
  void withNoPendingReadsAChangeIsDoneWhenCreated() {
    RawGoogleDns vendor = start(GoogleDnsSimulator.builder().pendingGets(0));
    vendor.createZone("example-com", "example.com.");

    JsonObject change = vendor.change("example-com", additions(WWW)).object();

    assertThat(change.get("status").getAsString()).isEqualTo("done");
  }

  @Test
  void aDeletionThatDiffersFromTheCurrentRrsetIs412AndNothingOfTheChangeHappens() {
    RawGoogleDns vendor = startWithZone();
    vendor.change("example-com", additions(WWW, weighted(60, "3").replace("www.", "lb.")));
    var before = simulator().stateOf("example.com");
    String added = rrset("new.example.com.", "A", 300, "192.0.2.7");

    List<RawGoogleDns.Answer> refused =
        List.of(
            vendor.change(
                "example-com",
                change(
                    List.of(rrset("www.example.com.", "A", 60, "192.0.2.1", "192.0.2.2")),
                    List.of(added))),
            vendor.change(
                "example-com",
                change(
                    List.of(added, rrset("www.example.com.", "A", 300, "192.0.2.1")), List.of())),
            vendor.change(
                "example-com",
                change(List.of(weighted(60, "2").replace("www.", "lb.")), List.of(added))));

    assertThat(refused.get(0).status()).isEqualTo(412);
    assertThat(refused.get(0).reason()).isEqualTo("conditionNotMet");
    assertThat(refused.get(0).message())
        .isEqualTo("Precondition not met for 'entity.change.deletions[0]'");
    assertThat(refused.get(0).object().getAsJsonObject("error").get("status").getAsString())
        .isEqualTo("FAILED_PRECONDITION");
    assertThat(refused.get(1).status()).isEqualTo(404);
    assertThat(refused.get(1).message())
        .isEqualTo(
            "The 'entity.change.deletions[0]' resource named 'new.example.com. (A)' does not exist.");
    assertThat(refused.get(2).status()).isEqualTo(412);
    assertThat(simulator().stateOf("example.com")).isEqualTo(before);
  }

  @Test
  void aDeletionMatchesWhateverTheOrderOfRrdatasAndTheFormOfWeightsAndKinds() {
    RawGoogleDns vendor = startWithZone();
    vendor.change("example-com", additions(weighted(60, "3.0")));

    RawGoogleDns.Answer replaced =
        vendor.change(
            "example-com",
            change(
                List.of(
                    weighted(60, "3")
                        .replace(
                            "\"routingPolicy\":{",
                            "\"routingPolicy\":{\"kind\":\"dns#rRSetRoutingPolicy\",")),
                List.of(WWW)));

    assertThat(replaced.status()).isEqualTo(200);
    assertThat(strings(vendor.get(ZONE + "/rrsets/www.example.com./A").object().get("rrdatas")))
        .containsExactly("192.0.2.1", "192.0.2.2");
  }

  @Test
  void anAdditionOfAnExistingNameAndTypeIs409UnlessTheSameChangeDeletesIt() {
    RawGoogleDns vendor = startWithZone();
    vendor.change("example-com", additions(WWW));

    RawGoogleDns.Answer again = vendor.change("example-com", additions(WWW));
    RawGoogleDns.Answer twice =
        vendor.change(
            "example-com",
            additions(
                rrset("a.example.com.", "A", 300, "192.0.2.1"),
                rrset("A.example.com.", "A", 60, "192.0.2.2")));
    RawGoogleDns.Answer replaced =
        vendor.change(
            "example-com",
            change(List.of(WWW), List.of(rrset("www.example.com.", "A", 60, "192.0.2.3"))));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.reason()).isEqualTo("alreadyExists");
    assertThat(again.message())
        .isEqualTo(
            "The resource 'entity.change.additions[0]' named 'www.example.com. (A)' already exists");
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.message())
        .isEqualTo(
            "Invalid value for 'entity.change.additions[1]': 'a.example.com. (A) (added twice)'");
    assertThat(replaced.status()).isEqualTo(200);
  }

  @Test
  void theApexSoaAndNsMayBeReplacedButNotDeletedAlone() {
    RawGoogleDns vendor = startWithZone();
    String soa =
        rrset(
            "example.com.",
            "SOA",
            21600,
            "ns-cloud-a1.googledomains.com. cloud-dns-hostmaster.google.com. 1 21600 3600 259200 300");

    RawGoogleDns.Answer alone = vendor.change("example-com", change(List.of(soa), List.of()));
    RawGoogleDns.Answer bumped =
        vendor.change(
            "example-com", change(List.of(soa), List.of(soa.replace(" 1 21600", " 2 21600"))));
    RawGoogleDns.Answer lowSoa =
        vendor.change(
            "example-com", additions(soa.replace("\"example.com.\"", "\"www.example.com.\"")));

    assertThat(alone.status()).isEqualTo(400);
    assertThat(alone.message())
        .isEqualTo(
            "The resource 'entity.change.deletions[0]' named 'example.com. (SOA)' is the zone"
                + " apex's and may only be replaced, not deleted");
    assertThat(bumped.status()).isEqualTo(200);
    assertThat(simulator().stateOf("example.com").get("example.com. SOA")).contains(" 2 21600 ");
    assertThat(lowSoa.message())
        .isEqualTo(
            "Invalid value for 'entity.change.additions[0].type': 'SOA at www.example.com.'");
  }

  @Test
  void aChangeMadeAgainUnderTheSameClientOperationIdAnswersTheFirstAndAppliesNothing() {
    RawGoogleDns vendor = startWithZone();

    RawGoogleDns.Answer first =
        vendor.post(ZONE + "/changes?clientOperationId=op-1", additions(WWW));
    RawGoogleDns.Answer retried =
        vendor.post(ZONE + "/changes?clientOperationId=op-1", additions(WWW));
    RawGoogleDns.Answer other =
        vendor.post(ZONE + "/changes?clientOperationId=op-2", additions(WWW));

    assertThat(first.status()).isEqualTo(200);
    assertThat(retried.status()).isEqualTo(200);
    assertThat(retried.object().get("id")).isEqualTo(first.object().get("id"));
    assertThat(other.status()).isEqualTo(409);
    assertThat(ids(vendor.get(ZONE + "/changes").object())).containsExactly("0", "1");
    assertThat(ids(vendor.get(ZONE + "/changes?sortOrder=descending").object()))
        .containsExactly("1", "0");
    JsonObject firstPage = vendor.get(ZONE + "/changes?maxResults=1").object();
    assertThat(ids(firstPage)).containsExactly("0");
    assertThat(
            ids(
                vendor
                    .get(
                        ZONE + "/changes?pageToken=" + firstPage.get("nextPageToken").getAsString())
                    .object()))
        .containsExactly("1");
  }

  // validation and limits

  /** The message of the refusal of a change adding {@code rrset}, which must be a 400. */
  String refusalOf(RawGoogleDns vendor, String rrset) {
    RawGoogleDns.Answer answer = vendor.change("example-com", additions(rrset));
    assertThat(answer.status()).as(rrset).isEqualTo(400);
    return answer.message();
  }

  @Test
  void badRrdataIsRefusedNamingTheFieldAndTheValue() {
    RawGoogleDns vendor = startWithZone();

    assertThat(refusalOf(vendor, rrset("www.example.com.", "A", 300, "192.0.2.1", "300.1.1.1")))
        .isEqualTo("Invalid value for 'entity.change.additions[0].rrdata[1]': '300.1.1.1'");
    assertThat(refusalOf(vendor, rrset("www.example.com.", "AAAA", 300, "2001:db8::zz")))
        .isEqualTo("Invalid value for 'entity.change.additions[0].rrdata[0]': '2001:db8::zz'");
    assertThat(refusalOf(vendor, rrset("www.example.com.", "CNAME", 300, "target.example.com")))
        .isEqualTo(
            "Invalid value for 'entity.change.additions[0].rrdata[0]': 'target.example.com'");
    assertThat(refusalOf(vendor, rrset("example.com.", "MX", 300, "70000 mx.example.com.")))
        .isEqualTo(
            "Invalid value for 'entity.change.additions[0].rrdata[0]': '70000 mx.example.com.'");
    assertThat(refusalOf(vendor, rrset("example.com.", "CAA", 300, "0 issue letsencrypt.org")))
        .isEqualTo(
            "Invalid value for 'entity.change.additions[0].rrdata[0]': '0 issue letsencrypt.org'");
    String tooLong = "\"" + "x".repeat(256) + "\"";
    assertThat(refusalOf(vendor, rrset("t.example.com.", "TXT", 300, tooLong)))
        .isEqualTo("Invalid value for 'entity.change.additions[0].rrdata[0]': '" + tooLong + "'");
    assertThat(refusalOf(vendor, rrset("t.example.com.", "TXT", 300, "\"unbalanced")))
        .isEqualTo("Invalid value for 'entity.change.additions[0].rrdata[0]': '\"unbalanced'");
    assertThat(refusalOf(vendor, rrset("www.example.com.", "A", 300, "192.0.2.1", "192.0.2.1")))
        .isEqualTo(
            "Invalid value for 'entity.change.additions[0].rrdata[1]': '192.0.2.1 (a duplicate)'");
    assertThat(
            vendor
                .change(
                    "example-com",
                    additions(
                        rrset(
                            "t.example.com.",
                            "TXT",
                            300,
                            "\"" + "x".repeat(255) + "\" \"y\"",
                            "\"say \\\"hi\\\"\"")))
                .status())
        .isEqualTo(200);
  }

  @Test
  void namesOutsideTheZoneBadTtlsUnsupportedTypesAndBadWeightsAreRefused() {
    RawGoogleDns vendor = startWithZone();

    assertThat(refusalOf(vendor, rrset("www.other.org.", "A", 300, "192.0.2.1")))
        .isEqualTo("Invalid value for 'entity.change.additions[0].name': 'www.other.org.'");
    assertThat(refusalOf(vendor, rrset("www.example.com", "A", 300, "192.0.2.1")))
        .isEqualTo("Invalid value for 'entity.change.additions[0].name': 'www.example.com'");
    assertThat(refusalOf(vendor, rrset("www.example.com.", "A", -1, "192.0.2.1")))
        .isEqualTo("Invalid value for 'entity.change.additions[0].ttl': '-1'");
    assertThat(
            refusalOf(vendor, rrset("www.example.com.", "A", 300).replace(",\"rrdatas\":[]", "")))
        .isEqualTo("Required field 'entity.change.additions[0].rrdatas' not specified");
    assertThat(refusalOf(vendor, rrset("www.example.com.", "LOC", 300, "x")))
        .isEqualTo("Invalid value for 'entity.change.additions[0].type': 'LOC'");
    assertThat(refusalOf(vendor, weighted(60, "-1")))
        .isEqualTo(
            "Invalid value for 'entity.change.additions[0].routingPolicy.wrr.items[0].weight':"
                + " '-1'");
    assertThat(
            refusalOf(
                vendor,
                "{\"name\":\"g.example.com.\",\"type\":\"A\",\"ttl\":60,\"routingPolicy\":{\"geo\":"
                    + "{\"items\":[{\"location\":\"Mars\",\"rrdatas\":[\"192.0.2.1\"]}]}}}"))
        .isEqualTo(
            "Invalid value for 'entity.change.additions[0].routingPolicy.geo.items[0].location':"
                + " 'Mars'");
    RawGoogleDns.Answer empty = vendor.change("example-com", "{}");
    assertThat(empty.reason()).isEqualTo("required");
    RawGoogleDns.Answer notJson = vendor.change("example-com", "[1,2");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.reason()).isEqualTo("invalid");
  }

  @Test
  void aCnameBesideAnotherTypeAtOneNameIsRefused() {
    RawGoogleDns vendor = startWithZone();
    vendor.change("example-com", additions(rrset("www.example.com.", "A", 300, "192.0.2.1")));

    RawGoogleDns.Answer conflict =
        vendor.change(
            "example-com", additions(rrset("www.example.com.", "CNAME", 300, "web.example.com.")));

    assertThat(conflict.status()).isEqualTo(400);
    assertThat(conflict.reason()).isEqualTo("cnameResourceRecordSetConflict");
    assertThat(conflict.message())
        .isEqualTo(
            "The resource 'entity.change.additions[0]' named 'www.example.com. (CNAME)' cannot be"
                + " created: a CNAME may not share its name with a resource record set of another"
                + " type");
    RawGoogleDns.Answer beside =
        vendor.change(
            "example-com",
            additions(
                rrset("new.example.com.", "A", 300, "192.0.2.5"),
                rrset("web.example.com.", "CNAME", 300, "www.example.com."),
                rrset("web.example.com.", "TXT", 300, "\"t\"")));
    assertThat(beside.message()).startsWith("The resource 'entity.change.additions[1]' named");
    assertThat(
            vendor
                .change(
                    "example-com",
                    change(
                        List.of(rrset("www.example.com.", "A", 300, "192.0.2.1")),
                        List.of(rrset("www.example.com.", "CNAME", 300, "web.example.com."))))
                .status())
        .isEqualTo(200);
  }

  @Test
  void aChangeOverALimitIsRefused403QuotaExceededAndAppliesNothing() {
    RawGoogleDns vendor =
        start(
            GoogleDnsSimulator.builder()
                .limits(
                    ChangeLimits.GOOGLE
                        .withAdditions(2)
                        .withDeletions(1)
                        .withRrdataBytes(40)
                        .withRrsetsPerZone(4)));
    vendor.createZone("example-com", "example.com.");
    String a = rrset("a.example.com.", "A", 300, "192.0.2.1");
    String b = rrset("b.example.com.", "A", 300, "192.0.2.2");
    String c = rrset("c.example.com.", "A", 300, "192.0.2.3");

    RawGoogleDns.Answer additions = vendor.change("example-com", additions(a, b, c));
    RawGoogleDns.Answer bytes =
        vendor.change(
            "example-com",
            additions(rrset("t.example.com.", "TXT", 300, "\"" + "x".repeat(40) + "\"")));
    assertThat(vendor.change("example-com", additions(a, b)).status()).isEqualTo(200);
    RawGoogleDns.Answer deletions = vendor.change("example-com", change(List.of(a, b), List.of()));
    RawGoogleDns.Answer full = vendor.change("example-com", additions(c));

    assertThat(additions.status()).isEqualTo(403);
    assertThat(additions.reason()).isEqualTo("quotaExceeded");
    assertThat(additions.message())
        .isEqualTo("Quota exceeded for quota group 'rrsetAdditionsPerChange': 3 > 2");
    assertThat(bytes.message())
        .isEqualTo("Quota exceeded for quota group 'totalRrdataSizePerChange': 42 > 40");
    assertThat(deletions.message())
        .isEqualTo("Quota exceeded for quota group 'rrsetDeletionsPerChange': 2 > 1");
    assertThat(full.message())
        .isEqualTo("Quota exceeded for quota group 'rrsetsPerManagedZone': 5 > 4");
    assertThat(simulator().stateOf("example.com")).hasSize(4);
  }

  // rate limit, counters, state

  @Test
  void theProjectsBucketAnswers429WhenEmptyAndRefillsOnTheClock() {
    RawGoogleDns vendor = start(GoogleDnsSimulator.builder().rateLimit(2, Duration.ofSeconds(60)));

    assertThat(vendor.get("managedZones").status()).isEqualTo(200);
    assertThat(vendor.withToken(null).get("managedZones").status()).isEqualTo(401);
    RawGoogleDns.Answer throttled = vendor.get("managedZones");
    time.sleep(Duration.ofSeconds(29));
    int early = vendor.get("managedZones").status();
    time.sleep(Duration.ofSeconds(1));
    int refilled = vendor.get("managedZones").status();

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.reason()).isEqualTo("rateLimitExceeded");
    assertThat(throttled.object().getAsJsonObject("error").get("status").getAsString())
        .isEqualTo("RESOURCE_EXHAUSTED");
    assertThat(early).isEqualTo(429);
    assertThat(refilled).isEqualTo(200);
    assertThat(simulator().throttled()).isEqualTo(2);
  }

  @Test
  void throttleNextAnswers429ToTheNextRequestsButNeverToTheTokenEndpoint() throws IOException {
    RawGoogleDns vendor = start(GoogleDnsSimulator.builder().serviceAccount(ACCOUNT));
    simulator().throttleNext(2);

    String token = libraryToken(ACCOUNT, AccessTokens.READ_WRITE);

    assertThat(vendor.withToken(token).get("managedZones").status()).isEqualTo(429);
    assertThat(vendor.get("managedZones").status()).isEqualTo(429);
    assertThat(vendor.get("managedZones").status()).isEqualTo(200);
    assertThat(simulator().throttled()).isEqualTo(2);
  }

  @Test
  void requestsAreCountedByMethodAndPathPatternInOrder() {
    RawGoogleDns vendor = startWithZone();
    vendor.change("example-com", additions(WWW));
    vendor.get(ZONE + "/changes/1");
    vendor.get(ZONE + "/rrsets/www.example.com./A");

    assertThat(simulator().requests())
        .containsExactly(
            "POST /dns/v1/projects/{project}/managedZones",
            "POST /dns/v1/projects/{project}/managedZones/{zone}/changes",
            "GET /dns/v1/projects/{project}/managedZones/{zone}/changes/{changeId}",
            "GET /dns/v1/projects/{project}/managedZones/{zone}/rrsets/{name}/{type}");
    assertThat(simulator().requests("POST /dns/v1/projects/{project}/managedZones/{zone}/changes"))
        .isEqualTo(1);
    simulator().resetCounts();
    assertThat(simulator().requestCounts()).isEmpty();
    assertThat(simulator().requests()).isEmpty();
  }

  @Test
  void anotherToolsRrsetsAreStoredAsWrittenAndShownByStateOf() {
    RawGoogleDns vendor = startWithZone();

    ForeignGoogleDns.Seeded seeded = ForeignGoogleDns.seed(vendor, "example-com", "example.com.");

    var state = simulator().stateOf("example.com.");
    assertThat(state)
        .containsKeys(
            "weighted.example.com. A",
            "geo.example.com. A",
            "long.example.com. TXT",
            "example.com. MX",
            "example.com. CAA");
    seeded
        .written()
        .forEach(
            (key, written) ->
                assertThat(state.get(key))
                    .isEqualTo(
                        written.replace(
                            "{\"name\"", "{\"kind\":\"dns#resourceRecordSet\",\"name\"")));
    assertThat(state.get("weighted.example.com. A")).contains("\"weight\":50.0");
    assertThat(simulator().rrset("example.com", "long.example.com.", "TXT").toString())
        .contains("b".repeat(45));
  }

  @Test
  void aGzippedBodyIsInflatedAsGoogleDoes() throws IOException {
    startWithZone();
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
      gzip.write(additions(WWW).getBytes(StandardCharsets.UTF_8));
    }

    try (Response response =
        new OkHttpClient()
            .newCall(
                new Request.Builder()
                    .url(server.url("/dns/v1/projects/" + PROJECT + "/" + ZONE + "/changes"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Encoding", "gzip")
                    .post(
                        RequestBody.create(
                            gzipped.toByteArray(), MediaType.get("application/json")))
                    .build())
            .execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
    assertThat(simulator().stateOf("example.com")).containsKey("www.example.com. A");
  }

  @Test
  void anRrsetOfMoreRrdatasThanTheLimitIsRefused403() {
    RawGoogleDns vendor =
        start(
            GoogleDnsSimulator.builder().limits(new ChangeLimits(1000, 1000, 100_000, 2, 10_000)));
    vendor.createZone("example-com", "example.com.");

    RawGoogleDns.Answer three =
        vendor.change(
            "example-com",
            additions(rrset("www.example.com.", "A", 300, "192.0.2.1", "192.0.2.2", "192.0.2.3")));

    assertThat(three.status()).isEqualTo(403);
    assertThat(three.message())
        .isEqualTo("Quota exceeded for quota group 'resourceRecordsPerRrset': 3 > 2");
  }
}
