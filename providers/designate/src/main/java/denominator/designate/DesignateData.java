package denominator.designate;

import denominator.model.rdata.ProviderRData;

/**
 * A record string this provider keeps as Designate holds it: a type the model has no data for
 * ({@code CERT}), or a value of a known type that the model cannot read. Prints as the string
 * itself; written back unchanged.
 *
 * @param type the record set's type
 * @param text the record string, verbatim
 */
record DesignateData(String type, String text) implements ProviderRData {

  @Override
  public String provider() {
    return DesignateProvider.NAME;
  }

  @Override
  public String toString() {
    return text;
  }
}
