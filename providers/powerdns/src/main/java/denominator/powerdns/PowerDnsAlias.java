package denominator.powerdns;

import denominator.ValidationException;
import denominator.model.Names;
import denominator.model.rdata.ProviderRData;
import java.util.Optional;

/**
 * A PowerDNS {@code ALIAS} record: the server answers A and AAAA queries at the name with the
 * addresses of {@link #target()}, resolved when asked. DNS has no such type, so the model holds an
 * ALIAS set as type {@value #TYPE} (the code PowerDNS gives ALIAS) with this data.
 *
 * <p>Prints as {@code alias TARGET}, e.g. {@code alias lb.example.net.}; {@link #parse} reads that
 * back. The record's API content is the target, written back verbatim.
 *
 * @param target the absolute name whose addresses are served
 * @see <a href="https://doc.powerdns.com/authoritative/guides/alias.html">ALIAS records</a>
 */
record PowerDnsAlias(String target) implements ProviderRData {
  /** The model's type of an ALIAS set: PowerDNS's code for ALIAS, 65401. */
  static final String TYPE = "TYPE65401";

  /** The type's name in the PowerDNS API. */
  static final String VENDOR_TYPE = "ALIAS";

  PowerDnsAlias {
    if (target == null || target.isBlank() || target.strip().contains(" ")) {
      throw new ValidationException(
          "powerdns: bad ALIAS target",
          String.valueOf(target),
          "one host name, e.g. alias lb.example.net.");
    }
    target = Names.absolute(target.strip());
  }

  /** The alias that {@code text} prints, for a set of {@code type}; empty if not an alias. */
  static Optional<PowerDnsAlias> parse(String type, String text) {
    String[] words = text.strip().split("\\s+");
    if (!TYPE.equalsIgnoreCase(type) || !words[0].equalsIgnoreCase("alias")) {
      return Optional.empty();
    }
    if (words.length != 2) {
      throw new ValidationException(
          "powerdns: bad ALIAS", text, "alias TARGET, e.g. alias lb.example.net.");
    }
    return Optional.of(new PowerDnsAlias(words[1]));
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String provider() {
    return PowerDnsProvider.NAME;
  }

  @Override
  public String toString() {
    return "alias " + target;
  }
}
