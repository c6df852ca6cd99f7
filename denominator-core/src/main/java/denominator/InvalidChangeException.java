package denominator;

import java.util.List;

/** The provider rejected a change; carries the provider's own messages, one per problem. */
public class InvalidChangeException extends DenominatorException {
  private static final long serialVersionUID = 1L;

  private final List<String> messages;

  public InvalidChangeException(String provider, List<String> messages) {
    super(provider + ": invalid change: " + String.join("; ", messages));
    this.messages = List.copyOf(messages);
  }

  /** The provider's messages, in the order it gave them. */
  public List<String> messages() {
    return messages;
  }
}
