package denominator;

import denominator.Credentials.MapCredentials;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What a provider is opened with: the endpoint, a supplier of credentials read on every request
 * (so secrets can rotate), and a clock.
 *
 * @param url the endpoint; the provider's default unless the caller overrode it
 * @param credentials validated against the provider's credential forms on every read
 * @param clock the time source for signatures, retries and waits
 */
public record ProviderConfig(String url, Supplier<MapCredentials> credentials, Clock clock) {

  @Override
  public String toString() {
    return "ProviderConfig[url=" + url + "]";
  }
}
