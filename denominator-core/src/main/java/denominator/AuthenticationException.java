package denominator;

/** The provider refused the credentials (missing, wrong, expired or lacking permission). */
public class AuthenticationException extends DenominatorException {
  private static final long serialVersionUID = 1L;

  private final String provider;

  public AuthenticationException(String provider, String detail) {
    super(provider + ": authentication failed: " + detail);
    this.provider = provider;
  }

  /** The name of the provider that refused the credentials. */
  public String provider() {
    return provider;
  }
}
