package denominator.azure;

import java.util.Optional;
import okhttp3.Headers;

/**
 * A write's {@code If-Match} and {@code If-None-Match} (wire page, section 5): {@code
 * If-None-Match: *} creates only, {@code If-Match: *} changes only what exists, {@code If-Match:
 * <etag>} changes only that version. Etags compare after dropping a {@code W/} prefix and one pair
 * of quotes.
 *
 * @param ifMatch the normalised {@code If-Match}, or null
 * @param ifNoneMatch the normalised {@code If-None-Match}, or null
 */
record Preconditions(String ifMatch, String ifNoneMatch) {
  static Preconditions of(Headers headers) {
    return new Preconditions(etag(headers.get("If-Match")), etag(headers.get("If-None-Match")));
  }

  /** Whether this is a create that must not overwrite: {@code If-None-Match: *}. */
  boolean createOnly() {
    return "*".equals(ifNoneMatch);
  }

  /** Whether the preconditions refuse a write to a resource of this etag (empty: absent). */
  boolean refuses(Optional<String> current) {
    if (ifNoneMatch != null
        && current.isPresent()
        && (ifNoneMatch.equals("*") || ifNoneMatch.equals(current.get()))) {
      return true;
    }
    if (ifMatch == null) {
      return false;
    }
    return current.isEmpty() || !(ifMatch.equals("*") || ifMatch.equals(current.get()));
  }

  private static String etag(String value) {
    if (value == null) {
      return null;
    }
    String etag = value.trim();
    if (etag.startsWith("W/")) {
      etag = etag.substring(2);
    }
    if (etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")) {
      etag = etag.substring(1, etag.length() - 1);
    }
    return etag;
  }
}
