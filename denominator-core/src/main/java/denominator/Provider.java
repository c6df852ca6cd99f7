package denominator;

import denominator.model.rdata.ProviderRData;
import java.util.Optional;

/**
 * A DNS vendor, as a plug-in: found by {@link java.util.ServiceLoader} through {@code
 * META-INF/services/denominator.Provider}, described by its {@link ProviderMetadata}, and opened
 * into a {@link DNSApi} with a {@link ProviderConfig}.
 *
 * <p>Implementations are stateless and cheap to construct: all state lives in what {@link #open}
 * returns. If that object is {@link AutoCloseable}, {@link DNSApiManager#close()} closes it.
 */
public interface Provider {

  /** Everything known about the provider without a request. */
  ProviderMetadata metadata();

  /**
   * Wires the provider's API for one account. Sends no request: bad credentials surface on first
   * use as {@link AuthenticationException}.
   */
  DNSApi open(ProviderConfig config);

  /**
   * Reads data that only this provider understands, in the form its {@link ProviderRData} prints
   * (Route53: {@code alias HOSTED_ZONE_ID DNS_NAME EVALUATE_TARGET_HEALTH}), for a record set of
   * {@code type}. Empty for any other text, which {@link denominator.model.rdata.RData#parse}
   * reads.
   *
   * @throws ValidationException if the text is this provider's form, but malformed
   */
  default Optional<ProviderRData> parseData(String type, String text) {
    return Optional.empty();
  }
}
