package denominator.ns1;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;

/**
 * One page request of a paged NS1 listing: the {@code after} cursor (the key of the last item of
 * the previous page, or null for the first) and the page size, a client's {@code limit} honoured up
 * to the simulator's page size. It writes the {@code Link: <...>; rel="next"} of the next page as
 * an absolute URL on the simulator's own scheme, host and port.
 *
 * @param after key of the last item served, or null
 * @param limit most items on this page
 */
record Paging(String after, int limit) {
  static Paging of(HttpUrl url, int pageSize) {
    String limit = url.queryParameter("limit");
    int asked = pageSize;
    if (limit != null) {
      if (!limit.matches("\\d{1,9}") || Integer.parseInt(limit) < 1) {
        throw Ns1Refusal.invalid("limit: \"" + limit + "\" is not a positive integer");
      }
      asked = Math.min(pageSize, Integer.parseInt(limit));
    }
    String after = url.queryParameter("after");
    return new Paging(after == null || after.isEmpty() ? null : after, asked);
  }

  /** The reply with a Link to the page after the item whose key is {@code last}. */
  Ns1Reply next(Ns1Reply reply, HttpUrl url, String last) {
    HttpUrl next =
        url.newBuilder()
            .setEncodedQueryParameter("after", URLEncoder.encode(last, StandardCharsets.UTF_8))
            .setQueryParameter("limit", Integer.toString(limit))
            .build();
    return reply.withHeader("Link", "<" + next + ">; rel=\"next\"");
  }
}
