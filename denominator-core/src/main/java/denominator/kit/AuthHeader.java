package denominator.kit;

import denominator.ProviderConfig;
import denominator.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The header that authenticates each request of a {@link JsonTransport}, read anew for every
 * request so rotated credentials take effect: a static credential ({@code X-API-Key}, a bearer
 * token), or a token obtained from the credentials ({@link TokenExchange}).
 *
 * <pre>{@code
 * AuthHeader.credential(config, "X-API-Key", "apiKey");   // PowerDNS
 * AuthHeader.bearer(config, "token");                     // Authorization: Bearer <token>
 * AuthHeader.credential(config, "X-Auth-Key", "apiKey")   // two headers
 *     .and(AuthHeader.credential(config, "X-Auth-Email", "email"));
 * }</pre>
 */
public interface AuthHeader {

  /** The header for the next request; empty when requests carry none. */
  Optional<Value> current();

  /**
   * Called once when the server answered {@code rejected} with 401: obtains a new credential if
   * this header can (a token exchange fetches a new token). True when the request is worth sending
   * again with {@link #current()}.
   */
  default boolean refresh(Value rejected) {
    return false;
  }

  /**
   * Headers sent beside {@link #current()} on every request, read anew each time; none by default.
   */
  default List<Value> beside() {
    return List.of();
  }

  /**
   * This header with {@code other}'s sent beside it on every request, for vendors that want two
   * (Cloudflare's legacy API key goes with the account's email). Only this header refreshes.
   */
  default AuthHeader and(AuthHeader other) {
    AuthHeader first = this;
    return new AuthHeader() {
      @Override
      public Optional<Value> current() {
        return first.current();
      }

      @Override
      public boolean refresh(Value rejected) {
        return first.refresh(rejected);
      }

      @Override
      public List<Value> beside() {
        List<Value> all = new ArrayList<>(first.beside());
        other.current().ifPresent(all::add);
        all.addAll(other.beside());
        return all;
      }
    };
  }

  /** A header name and its value; prints without the value, which is a secret. */
  record Value(String name, String value) {
    public Value {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return name + ": \u2588\u2588";
    }
  }

  /** No authentication header. */
  static AuthHeader none() {
    return Optional::empty;
  }

  /** Header {@code name} with the value {@code value} gives for each request. */
  static AuthHeader of(String name, Supplier<String> value) {
    return () -> Optional.of(new Value(name, value.get()));
  }

  /**
   * Header {@code name} carrying credential {@code parameter} as read from {@code config} for each
   * request, e.g. {@code X-API-Key} from {@code apiKey}.
   *
   * @throws ValidationException from {@link #current()} when the credentials lack {@code parameter}
   */
  static AuthHeader credential(ProviderConfig config, String name, String parameter) {
    return of(name, () -> required(config, parameter));
  }

  /** {@code Authorization: Bearer <parameter>}, the credential read from {@code config}. */
  static AuthHeader bearer(ProviderConfig config, String parameter) {
    return of("Authorization", () -> "Bearer " + required(config, parameter));
  }

  private static String required(ProviderConfig config, String parameter) {
    return config
        .credentials()
        .get(parameter)
        .orElseThrow(
            () ->
                new ValidationException(
                    "missing credential", parameter, "credentials with " + parameter));
  }
}
