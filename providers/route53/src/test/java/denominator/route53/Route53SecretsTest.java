package denominator.route53;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.ThrottledException;
import denominator.tck.LeakDetector;
import denominator.tck.LoopbackServers;
import denominator.tck.ProviderUnderTest;
import denominator.tck.SecretsContract;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract suite against the simulator with session credentials, watched for leaks of the
 * secret key and the session token; the access key id is not a secret. The AWS SDK logs through
 * SLF4J, which the contract captures at TRACE.
 *
 * <p>One leak is the SDK's own and is left out of the check: its SigV4 signer logs each canonical
 * request at DEBUG, and that includes the {@code x-amz-security-token} header, the session token
 * (aws-sdk-java-v2 #5153). {@link Route53Provider} warns of it; a test here pins it.
 */
class Route53SecretsTest extends SecretsContract {
  static final LeakDetector leaks = new LeakDetector();
  static final String ACCESS_KEY = "AKIDSECRETSTEST";
  static final Map<String, String> CREDENTIALS =
      Map.of(
          "accessKey",
          ACCESS_KEY,
          "secretKey",
          leaks.secret("route53-secretKey"),
          "sessionToken",
          leaks.secret("route53-sessionToken"));
  static final Credentials BAD_CREDENTIALS =
      Credentials.of(
          Map.of(
              "accessKey",
              "AKIDWRONG",
              "secretKey",
              leaks.secret("route53-wrong-secretKey"),
              "sessionToken",
              leaks.secret("route53-wrong-sessionToken")));
  static final String SIGNER =
      "software.amazon.awssdk.http.auth.aws.internal.signer.DefaultV4RequestSigner";
  static final MockWebServer server = LoopbackServers.server();
  static final MockWebServer throttling = LoopbackServers.server();

  @BeforeAll
  static void start() throws IOException {
    server.setDispatcher(new Route53Simulator(ACCESS_KEY, 1));
    server.start();
    throttling.setDispatcher(new Route53Simulator(ACCESS_KEY, 1).throttleEvery(1));
    throttling.start();
  }

  @AfterAll
  static void stop() {
    server.close();
    throttling.close();
  }

  @Override
  protected LeakDetector leaks() {
    return leaks;
  }

  @Override
  protected ProviderUnderTest target() {
    return on(server).withBadCredentials(BAD_CREDENTIALS);
  }

  private static ProviderUnderTest on(MockWebServer server) {
    return ProviderUnderTest.of(
        new Route53Provider(), server.url("/").toString(), Credentials.of(CREDENTIALS));
  }

  /** The signer's canonical requests: from their first line to the next log entry. */
  static final Pattern CANONICAL_REQUEST =
      Pattern.compile(
          "\\[[^\\]\n]*\\] DEBUG "
              + Pattern.quote(SIGNER)
              + " - AWS4 Canonical Request:.*?(?=^\\[|\\z)",
          Pattern.DOTALL | Pattern.MULTILINE);

  @Override
  protected String withoutKnownThirdPartyLeaks(String output) {
    return CANONICAL_REQUEST.matcher(output).replaceAll("");
  }

  @Test
  void theSdkSignerLogsTheSessionTokenAtDebugAsRoute53ProviderWarns() {
    try (DNSApiManager manager = connect()) {
      manager.api().zones().iterator().hasNext();
    }
    Matcher canonical = CANONICAL_REQUEST.matcher(capturedOutput());
    assertThat(canonical.find()).isTrue();
    assertThat(canonical.group())
        .contains("x-amz-security-token:" + CREDENTIALS.get("sessionToken"))
        .doesNotContain(CREDENTIALS.get("secretKey"));
    assertThat(withoutKnownThirdPartyLeaks(capturedOutput()))
        .contains("Sending Request")
        .doesNotContain("x-amz-security-token:");
  }

  @Test
  void throttlingIsReportedWithoutSecrets() {
    try (DNSApiManager manager = open(on(throttling))) {
      assertThatThrownBy(() -> manager.api().zones().iterator().hasNext())
          .isInstanceOf(ThrottledException.class);
    }
  }

  @Test
  void theSdkRequestLogIsAmongWhatIsChecked() {
    try (DNSApiManager manager = connect()) {
      manager.api().zones().iterator().hasNext();
    }
    assertThat(tracing()).isTrue();
    assertThat(capturedOutput()).contains("software.amazon.awssdk.request", "Sending Request");
  }
}
