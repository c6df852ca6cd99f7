package denominator.kit;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import denominator.DenominatorException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A vendor's error answers as typed exceptions, declared once in its {@code <Vendor>Errors} class:
 * a rule per HTTP status and per vendor error code; a code rule wins over a status rule. 429 is
 * throttling unless declared otherwise; anything without a rule is a {@link DenominatorException}
 * naming provider, operation, subject, status, code and the vendor's message. Messages hold no
 * request header, so never a credential.
 *
 * <pre>{@code
 * static final ErrorTable ERRORS =
 *     ErrorTable.builder("powerdns")
 *         .messageFrom(ErrorTable.jsonField("error"))
 *         .on(401, 403, VendorError::authentication)
 *         .on(404, VendorError::zoneNotFound)
 *         .on(409, 422, VendorError::invalidChange)
 *         .build();
 *
 * throw ERRORS.exception("patch rrsets", zoneId, 422, body, null);
 * }</pre>
 */
public final class ErrorTable {
  /** The longest vendor message kept: an HTML error page is not a message. */
  static final int MAX_MESSAGE = 300;

  private final String provider;
  private final Map<Integer, Function<VendorError, ? extends DenominatorException>> byStatus;
  private final Map<String, Function<VendorError, ? extends DenominatorException>> byCode;
  private final Function<String, Optional<String>> codeReader;
  private final Function<String, Optional<String>> messageReader;

  private ErrorTable(Builder builder) {
    this.provider = builder.provider;
    this.byStatus = Map.copyOf(builder.byStatus);
    this.byCode = Map.copyOf(builder.byCode);
    this.codeReader = builder.codeReader;
    this.messageReader = builder.messageReader;
  }

  public static Builder builder(String provider) {
    return new Builder(provider);
  }

  /** The provider this table speaks for. */
  public String provider() {
    return provider;
  }

  /**
   * The exception for an HTTP error answer, its code and message read from {@code body}.
   *
   * @param operation what the request did, e.g. {@code "read zone"}
   * @param subject the zone id or name it was about, or {@code ""}
   * @param retryAfter the answer's parsed {@code Retry-After}, or {@code null}
   */
  public DenominatorException exception(
      String operation, String subject, int status, String body, Duration retryAfter) {
    return exception(operation, subject, status, body, retryAfter, null);
  }

  /**
   * As {@link #exception(String, String, int, String, Duration)}, the vendor's id of the request
   * quoted after its message ({@code "... (request id 4d3f0c1e-...)"}) so that the vendor's support
   * can find the request; {@code requestId} null when the answer named none.
   */
  public DenominatorException exception(
      String operation,
      String subject,
      int status,
      String body,
      Duration retryAfter,
      String requestId) {
    String code = read(codeReader, body).orElse(null);
    String message = shorten(read(messageReader, body).orElse(body));
    if (requestId != null && !requestId.isBlank()) {
      message = (message + " (request id " + requestId.strip() + ")").strip();
    }
    return exception(
        new VendorError(provider, operation, subject, status, code, message, retryAfter));
  }

  /** The exception for an error already taken apart, as an SDK gives it (Route53). */
  public DenominatorException exception(VendorError error) {
    Function<VendorError, ? extends DenominatorException> rule =
        error.code().map(byCode::get).orElse(null);
    if (rule == null) {
      rule = byStatus.getOrDefault(error.status(), VendorError::unexpected);
    }
    return rule.apply(error);
  }

  /**
   * Reads the text at {@code path} in a JSON body, e.g. {@code jsonField("errors", "0", "message")}
   * for {@code {"errors":[{"message":"..."}]}}; numbers are read as text. Empty when the body is
   * not JSON or has nothing there.
   */
  public static Function<String, Optional<String>> jsonField(String... path) {
    return body -> {
      try {
        JsonElement at = JsonParser.parseString(body);
        for (String step : path) {
          at = step(at, step);
          if (at == null) {
            return Optional.empty();
          }
        }
        return at.isJsonPrimitive() ? Optional.of(at.getAsString()) : Optional.empty();
      } catch (JsonParseException | IllegalStateException notJson) {
        return Optional.empty();
      }
    };
  }

  private static JsonElement step(JsonElement at, String step) {
    if (at.isJsonObject()) {
      return at.getAsJsonObject().get(step);
    }
    if (at.isJsonArray() && step.matches("\\d+")) {
      int index = Integer.parseInt(step);
      return index < at.getAsJsonArray().size() ? at.getAsJsonArray().get(index) : null;
    }
    return null;
  }

  private static Optional<String> read(Function<String, Optional<String>> reader, String body) {
    return body == null || body.isBlank() ? Optional.empty() : reader.apply(body);
  }

  private static String shorten(String message) {
    String oneLine = message == null ? "" : message.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "...";
  }

  /** Declares the rules; the last rule for a status or code wins. */
  public static final class Builder {
    private final String provider;
    private final Map<Integer, Function<VendorError, ? extends DenominatorException>> byStatus =
        new HashMap<>();
    private final Map<String, Function<VendorError, ? extends DenominatorException>> byCode =
        new HashMap<>();
    private Function<String, Optional<String>> codeReader = body -> Optional.empty();
    private Function<String, Optional<String>> messageReader = Optional::of;

    private Builder(String provider) {
      this.provider = provider;
      byStatus.put(429, VendorError::throttled);
    }

    /** Answers with {@code status} become what {@code rule} makes. */
    public Builder on(int status, Function<VendorError, ? extends DenominatorException> rule) {
      byStatus.put(status, rule);
      return this;
    }

    /** Answers with either status become what {@code rule} makes. */
    public Builder on(
        int status, int other, Function<VendorError, ? extends DenominatorException> rule) {
      return on(status, rule).on(other, rule);
    }

    /** Answers carrying vendor error {@code code}, whatever their status. */
    public Builder onCode(String code, Function<VendorError, ? extends DenominatorException> rule) {
      byCode.put(code, rule);
      return this;
    }

    /** Answers carrying any of these vendor error codes. */
    public Builder onCodes(
        Collection<String> codes, Function<VendorError, ? extends DenominatorException> rule) {
      codes.forEach(code -> onCode(code, rule));
      return this;
    }

    /** These statuses are throttling: {@link denominator.ThrottledException} with Retry-After. */
    public Builder throttledOn(int... statuses) {
      for (int status : statuses) {
        on(status, VendorError::throttled);
      }
      return this;
    }

    /** These vendor codes are throttling, e.g. Route53's {@code PriorRequestNotComplete}. */
    public Builder throttledOnCode(String... codes) {
      for (String code : codes) {
        onCode(code, VendorError::throttled);
      }
      return this;
    }

    /** How to find the vendor's error code in an error body; by default there is none. */
    public Builder codeFrom(Function<String, Optional<String>> reader) {
      this.codeReader = reader;
      return this;
    }

    /** How to find the vendor's message in an error body; by default the whole body. */
    public Builder messageFrom(Function<String, Optional<String>> reader) {
      this.messageReader = reader;
      return this;
    }

    public ErrorTable build() {
      return new ErrorTable(this);
    }
  }
}
