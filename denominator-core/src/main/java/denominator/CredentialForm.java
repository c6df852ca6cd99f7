package denominator;

import java.util.List;

/**
 * One way a provider accepts credentials: a name and the parameters it needs, in order, e.g. {@code
 * accessKey} with {@code [accessKey, secretKey]}. A form with no parameters is anonymous access (or
 * the provider's own default chain of credentials).
 */
public record CredentialForm(String name, List<String> parameters) {
  public CredentialForm {
    parameters = List.copyOf(parameters);
  }

  public static CredentialForm of(String name, String... parameters) {
    return new CredentialForm(name, List.of(parameters));
  }

  public static CredentialForm anonymous() {
    return new CredentialForm("anonymous", List.of());
  }

  @Override
  public String toString() {
    return parameters.isEmpty() ? name : String.join("+", parameters);
  }
}
