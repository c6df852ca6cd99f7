package denominator.cloudflare;

import denominator.kit.ErrorTable;
import denominator.kit.VendorError;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Cloudflare error answers as typed exceptions. Every error is an envelope whose {@code errors[0]}
 * carries Cloudflare's numeric code and message; a code rule wins over a status rule. Codes 9000 to
 * 9999 are the causes Cloudflare now gives for a refused value directly, but for three that refuse
 * the credentials. A {@code source.pointer} ({@code /posts/1}) ends the message. 429 is throttling,
 * with its {@code Retry-After}.
 */
final class CloudflareErrors {

  static final ErrorTable TABLE =
      ErrorTable.builder(CloudflareProvider.NAME)
          .codeFrom(ErrorTable.jsonField("errors", "0", "code"))
          .messageFrom(CloudflareErrors::message)
          .on(401, 403, VendorError::authentication)
          .onCodes(
              IntStream.rangeClosed(9000, 9999).mapToObj(Integer::toString).toList(),
              VendorError::invalidChange)
          .onCodes(
              List.of(
                  "1004", "1061", "81044", "81045", "81053", "81054", "81056", "81057", "81058"),
              VendorError::invalidChange)
          .onCodes(List.of("10000", "9103", "9106", "9109", "6003"), VendorError::authentication)
          .onCode("7003", VendorError::zoneNotFound)
          .throttledOnCode("971")
          .build();

  // The message, and where in the request the error is when Cloudflare says (a batch's operation).
  private static Optional<String> message(String body) {
    Optional<String> message = ErrorTable.jsonField("errors", "0", "message").apply(body);
    return ErrorTable.jsonField("errors", "0", "source", "pointer")
        .apply(body)
        .map(pointer -> message.orElse("") + " (at " + pointer + ")")
        .or(() -> message);
  }

  private CloudflareErrors() {}
}
