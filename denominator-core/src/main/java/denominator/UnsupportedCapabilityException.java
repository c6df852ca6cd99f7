package denominator;

/**
 * The provider does not have this capability (a record type, a geo region kind, weighted sets,
 * ...). Its metadata says so too: callers can check before calling.
 */
public class UnsupportedCapabilityException extends DenominatorException {
  private static final long serialVersionUID = 1L;

  private final String provider;
  private final String capability;

  public UnsupportedCapabilityException(String provider, String capability) {
    super(provider + ": unsupported: " + capability);
    this.provider = provider;
    this.capability = capability;
  }

  /** The provider's name. */
  public String provider() {
    return provider;
  }

  /** What was asked for, in words, e.g. {@code "record type NAPTR"}. */
  public String capability() {
    return capability;
  }
}
