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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
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
}
