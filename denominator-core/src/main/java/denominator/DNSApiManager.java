package denominator;

import denominator.http.RequestBudget;
import java.io.Closeable;

/**
 * An open connection to one provider account: its {@link DNSApi}, the provider it came from, and
 * the resources (HTTP connections, threads) that {@link #close()} releases.
 */
public final class DNSApiManager implements Closeable {
  private final Provider provider;
  private final ProviderConfig config;
  private final DNSApi api;

  DNSApiManager(Provider provider, ProviderConfig config, DNSApi api) {
    this.provider = provider;
    this.config = config;
    this.api = api;
  }

  public Provider provider() {
    return provider;
  }

  /** The endpoint this manager talks to. */
  public String url() {
    return config.url();
  }

  /** The endpoint, fit to print: a user and password in it show as {@code ██}. */
  public String displayUrl() {
    return ProviderConfig.withoutUserInfo(config.url());
  }

  public DNSApi api() {
    return api;
  }

  /**
   * The account's request budget that paces every request of this manager: its limits, and what it
   * has done ({@link RequestBudget#stats()}).
   */
  public RequestBudget budget() {
    return config.budget();
  }

  /** Releases connections and threads; the api must not be used afterwards. */
  @Override
  public void close() {
    try {
      if (api instanceof AutoCloseable closeable) {
        closeable.close();
      }
    } catch (Exception e) {
      throw new DenominatorException(provider.metadata().name() + ": close failed: " + e, e);
    } finally {
      config.close();
    }
  }

  @Override
  public String toString() {
    return "DNSApiManager["
        + provider.metadata().name()
        + " "
        + ProviderConfig.withoutUserInfo(config.url())
        + "]";
  }
}
