package denominator.tck;

import denominator.Denominator;
import denominator.Provider;
import java.util.Map;
import java.util.Optional;

/**
 * The contract suite against the mock, watched for leaks. The mock takes no credentials, so the
 * secrets here are those the suite offers it, which it must refuse without echoing.
 */
class MockSecretsTest extends SecretsContract {
  static final LeakDetector leaks = new LeakDetector();

  @Override
  protected LeakDetector leaks() {
    return leaks;
  }

  @Override
  protected Provider provider() {
    return Denominator.provider("mock");
  }

  @Override
  protected String url() {
    return "mem:";
  }

  @Override
  protected Map<String, String> credentials() {
    return Map.of();
  }

  @Override
  protected Optional<Map<String, String>> badCredentials() {
    return Optional.empty();
  }
}
