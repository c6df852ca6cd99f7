package denominator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Secrets that authenticate to a provider: none, an ordered list of values, or values named by the
 * provider's parameter names. {@link #resolve} checks them against the provider's {@link
 * CredentialForm}s. No {@code toString()} here ever shows a value.
 */
public sealed interface Credentials {

  /** No credentials: anonymous access, or the provider's default chain. */
  static Credentials anonymous() {
    return Anonymous.INSTANCE;
  }

  /** Values in the order of one of the provider's credential forms. */
  static Credentials of(String... values) {
    return values.length == 0 ? anonymous() : new ListCredentials(Arrays.asList(values));
  }

  /** Values named by the provider's parameter names, e.g. {@code accessKey}, {@code secretKey}. */
  static Credentials of(Map<String, String> values) {
    return values.isEmpty() ? anonymous() : new MapCredentials(values);
  }

  /**
   * Returns these credentials as named values of the first of {@code metadata}'s forms they match,
   * or throws {@link ValidationException} listing the forms the provider expects.
   */
  default MapCredentials resolve(ProviderMetadata metadata) {
    for (CredentialForm form : metadata.credentialForms()) {
      Optional<MapCredentials> match = matchForm(form);
      if (match.isPresent()) {
        return match.get();
      }
    }
    throw new ValidationException(
        metadata.name() + ": credentials match no form",
        describe(),
        "one of "
            + metadata.credentialForms().stream()
                .map(CredentialForm::toString)
                .collect(Collectors.joining(", ", "[", "]")));
  }

  /** The credentials' shape without their values, for messages. */
  String describe();

  /** Named values when they fit {@code form}. */
  Optional<MapCredentials> matchForm(CredentialForm form);

  /** No credentials. */
  enum Anonymous implements Credentials {
    INSTANCE;

    @Override
    public String describe() {
      return "anonymous";
    }

    @Override
    public Optional<MapCredentials> matchForm(CredentialForm form) {
      return form.parameters().isEmpty()
          ? Optional.of(new MapCredentials(Map.of()))
          : Optional.empty();
    }
  }

  /** Values in the order of a credential form's parameters. */
  record ListCredentials(List<String> values) implements Credentials {
    public ListCredentials {
      values = List.copyOf(values);
    }

    @Override
    public String describe() {
      return values.size() + " values";
    }

    @Override
    public Optional<MapCredentials> matchForm(CredentialForm form) {
      if (form.parameters().size() != values.size()) {
        return Optional.empty();
      }
      Map<String, String> named = new LinkedHashMap<>();
      for (int i = 0; i < values.size(); i++) {
        named.put(form.parameters().get(i), values.get(i));
      }
      return Optional.of(new MapCredentials(named));
    }

    @Override
    public String toString() {
      return "ListCredentials[" + values.size() + " values redacted]";
    }
  }

  /** Values named by parameter. */
  record MapCredentials(Map<String, String> values) implements Credentials {
    public MapCredentials {
      values = Map.copyOf(values);
    }

    /** The value of a parameter, if given. */
    public Optional<String> get(String parameter) {
      return Optional.ofNullable(values.get(parameter));
    }

    @Override
    public String describe() {
      return values.keySet().stream().sorted().collect(Collectors.joining("+", "[", "]"));
    }

    @Override
    public Optional<MapCredentials> matchForm(CredentialForm form) {
      return values.keySet().equals(Set.copyOf(form.parameters()))
          ? Optional.of(this)
          : Optional.empty();
    }

    @Override
    public String toString() {
      return "MapCredentials"
          + values.keySet().stream()
              .sorted()
              .map(k -> k + "=<redacted>")
              .collect(Collectors.joining(", ", "[", "]"));
    }
  }
}
