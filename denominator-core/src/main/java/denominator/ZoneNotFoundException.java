package denominator;

/** The provider has no zone with this id or name. */
public class ZoneNotFoundException extends DenominatorException {
  private static final long serialVersionUID = 1L;

  private final String zone;

  public ZoneNotFoundException(String provider, String zone) {
    super(provider + ": zone not found: " + zone);
    this.zone = zone;
  }

  /** With what the provider saw, e.g. {@code the server answered REFUSED}. */
  public ZoneNotFoundException(String provider, String zone, String why) {
    super(provider + ": zone not found: " + zone + " (" + why + ")");
    this.zone = zone;
  }

  /** The zone id or name that was asked for. */
  public String zone() {
    return zone;
  }
}
