package denominator.googledns;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * One page request of a Cloud DNS list: where to start ({@code pageToken}, the opaque base64url of
 * the last key served, or null for the first page) and how many ({@code maxResults} honoured up to
 * the simulator's page size). A page that leaves items behind gets a {@code nextPageToken}.
 *
 * @param after key of the last item served, or null
 * @param limit most items on this page
 */
record Paging(String after, int limit) {
  static Paging of(HttpUrl url, int pageSize) {
    int limit = pageSize;
    String maxResults = url.queryParameter("maxResults");
    if (maxResults != null) {
      if (!maxResults.matches("\\d{1,9}") || Integer.parseInt(maxResults) < 1) {
        throw GoogleRefusal.invalidValue("parameters.maxResults", maxResults);
      }
      limit = Math.min(pageSize, Integer.parseInt(maxResults));
    }
    String token = url.queryParameter("pageToken");
    if (token == null || token.isEmpty()) {
      return new Paging(null, limit);
    }
    try {
      return new Paging(
          new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8), limit);
    } catch (IllegalArgumentException e) {
      throw GoogleRefusal.invalidValue("parameters.pageToken", token);
    }
  }

  static String token(String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The page of {@code rest} (the items after the token, in order) and the next token, null on the
   * last page; {@code keyOf} gives the key a token carries.
   */
  <T> Page<T> page(List<T> rest, Function<T, String> keyOf) {
    List<T> items = List.copyOf(rest.subList(0, Math.min(limit, rest.size())));
    String next =
        items.size() < rest.size() ? token(keyOf.apply(items.get(items.size() - 1))) : null;
    return new Page<>(items, next);
  }

  /** One page: its items and the token of the next, or null. */
  record Page<T>(List<T> items, String nextPageToken) {}
}
