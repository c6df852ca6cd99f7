package denominator.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.DenominatorException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LeakDetectorTest {
  final LeakDetector leaks = new LeakDetector();
  final String secret = leaks.secret("test-apiKey");

  @Test
  void secretsAreRecognisableAndRandom() {
    assertThat(secret).matches("SECRET-test-apiKey-[0-9a-f]{16}");
    assertThat(leaks.secret("test-apiKey")).isNotEqualTo(secret);
    String base64 = leaks.base64Secret("rfc2136-keySecret");
    assertThat(base64).startsWith("SECRETrfc2136keySecret").hasSize(44);
    assertThat(Base64.getDecoder().decode(base64)).hasSize(33);
    assertThat(leaks.secrets()).isEqualTo(3);
  }

  @Test
  void nothingSecretPasses() {
    leaks.saw("HTTP log", "X-API-Key: ██");
    leaks.sawThrown("list", new DenominatorException("powerdns: authentication failed"));

    leaks.assertNoLeak();
    assertThat(leaks.texts()).isEqualTo(4);
  }

  @Test
  void aSecretInALogLineFailsWithThePlaceAndTheSecretMasked() {
    leaks.sink("HTTP log").accept("--> GET http://127.0.0.1/?apiKey=" + secret);

    assertThatThrownBy(leaks::assertNoLeak)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "secret test-apiKey in HTTP log: --> GET" + " http://127.0.0.1/?apiKey=<test-apiKey>")
        .hasMessageNotContaining(secret);
  }

  @Test
  void aSecretInTheCauseOfAnExceptionFails() {
    leaks.sawThrown(
        "zones",
        new DenominatorException(
            "powerdns: failed",
            new UncheckedIOException("header " + secret, new java.io.IOException())));

    assertThatThrownBy(leaks::assertNoLeak).hasMessageContaining("in zones stack trace");
  }

  @Test
  void aSecretInToStringFails() {
    leaks.sawToString("config", Map.of("apiKey", secret));

    assertThatThrownBy(leaks::assertNoLeak).hasMessageContaining("in config toString()");
  }

  @Test
  void aSecretLoggedThroughSlf4jAtTraceOrWrittenToStderrFails() {
    try (CapturedOutput output = CapturedOutput.start()) {
      assertThat(output.tracing()).isTrue();
      LoggerFactory.getLogger("denominator.tck.planted").trace("signing with {}", secret);
      leaks.saw("stdout and stderr", output.text());
    }
    assertThat(LoggerFactory.getLogger("denominator.tck.planted").isTraceEnabled()).isFalse();

    assertThatThrownBy(leaks::assertNoLeak)
        .hasMessageContaining("in stdout and stderr: ")
        .hasMessageContaining("signing with <");
  }

  @Test
  void anExceptionThrownThroughAWatchedApiIsRecorded() {
    try (DNSApiManager manager = Denominator.builder().provider("mock").url("mem:").build()) {
      var api = ThrownRecorder.wrap(manager.api(), leaks);
      assertThatThrownBy(() -> api.recordSets("absent-" + secret + ".test.").iterator().next())
          .isInstanceOf(DenominatorException.class);
    }

    assertThat(
            leaks.seen("ZoneApi").isEmpty()
                && leaks.seen("ResourceRecordSetApi").isEmpty()
                && leaks.seen("Iterator").isEmpty())
        .isFalse();
    assertThatThrownBy(leaks::assertNoLeak).hasMessageContaining("secret test-apiKey");
  }

  @Test
  void credentialsHideTheirValues() {
    leaks.sawToString("credentials", Credentials.of(Map.of("apiKey", secret)));
    leaks.sawToString("credentials", Credentials.of(secret));

    leaks.assertNoLeak();
  }
}
