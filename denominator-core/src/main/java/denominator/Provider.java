package denominator;

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
}
