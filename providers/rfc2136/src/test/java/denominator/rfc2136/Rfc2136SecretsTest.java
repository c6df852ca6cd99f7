package denominator.rfc2136;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.DNSApiManager;
import denominator.tck.LeakDetector;
import denominator.tck.ProviderUnderTest;
import denominator.tck.SecretsContract;
import denominator.tck.servers.BindServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract suite against a real BIND 9 whose TSIG key secret is recognisable (valid base64 that
 * starts {@code SECRETrfc2136}). TSIG never sends the secret, so this watches what Denominator and
 * dnsjava log, throw and print.
 */
class Rfc2136SecretsTest extends SecretsContract {
  static final LeakDetector leaks = new LeakDetector();
  static final String SECRET = leaks.base64Secret("rfc2136-keySecret");
  static final String WRONG_SECRET = leaks.base64Secret("rfc2136-wrong-keySecret");

  @RegisterExtension
  static final PooledBind BIND =
      new PooledBind(() -> BindServer.startWithSecret(SECRET, ZonePool.names("secret")));

  @Override
  protected LeakDetector leaks() {
    return leaks;
  }

  @Override
  protected ProviderUnderTest target() {
    return BIND.target().withBadCredentials(BIND.server().credentials(WRONG_SECRET));
  }

  @Test
  void dnsjavaSigningAtTraceIsAmongWhatIsChecked() {
    try (DNSApiManager manager = connect()) {
      manager.api().zones().iterator().hasNext();
    }
    assertThat(tracing()).isTrue();
    assertThat(capturedOutput()).contains("TRACE org.xbill.DNS.TSIG");
  }
}
