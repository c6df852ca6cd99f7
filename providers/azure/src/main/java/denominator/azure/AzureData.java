package denominator.azure;

import java.util.Optional;

/**
 * The one value of a record set that holds no records Azure lets us write as records: an alias
 * ({@code AZURE_ALIAS <targetResource id>}, pointing at a Traffic Manager profile, a public IP or a
 * Front Door) or a set with no records at all ({@code AZURE_EMPTY}, which the Portal and PowerShell
 * make). Prints as that text; written back unchanged.
 *
 * @param type the record set's type
 * @param targetResource the alias target's resource id; {@code null} for an empty set
 */
record AzureData(String type, String targetResource)
    implements denominator.model.rdata.ProviderRData {
  static final String ALIAS = "AZURE_ALIAS";
  static final String EMPTY = "AZURE_EMPTY";

  static AzureData alias(String type, String id) {
    return new AzureData(type, id);
  }

  static AzureData empty(String type) {
    return new AzureData(type, null);
  }

  /** The value this text prints, if it is one of Azure's. */
  static Optional<AzureData> parse(String type, String text) {
    String[] words = text.strip().split("\\s+", 2);
    if (words.length == 1 && words[0].equals(EMPTY)) {
      return Optional.of(empty(type));
    }
    if (words.length == 2 && words[0].equals(ALIAS)) {
      return Optional.of(alias(type, words[1]));
    }
    return Optional.empty();
  }

  @Override
  public String provider() {
    return AzureProvider.NAME;
  }

  @Override
  public String toString() {
    return targetResource == null ? EMPTY : ALIAS + " " + targetResource;
  }
}
