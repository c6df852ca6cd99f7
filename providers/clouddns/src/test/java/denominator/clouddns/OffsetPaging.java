package denominator.clouddns;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * One page of a Cloud DNS listing (wire page, section 7): {@code limit} at most 100 (absent, larger
 * or not a number: 100), {@code offset} 0 or a multiple of {@code limit} (else 400). It writes
 * {@code totalEntries} and, only when such a page exists, {@code links} of {@code rel} {@code
 * previous} and {@code next} whose {@code href} is the request's URL on the simulator's own base
 * with the other offset.
 */
final class OffsetPaging {
  static final int MAX_LIMIT = 100;

  private final HttpUrl url;
  private final int limit;
  private final int offset;

  /** Reads {@code limit} and {@code offset} of {@code url}, refusing a skewed offset. */
  OffsetPaging(HttpUrl url) {
    this.url = url;
    this.limit = limit(url.queryParameter("limit"));
    String asked = url.queryParameter("offset");
    this.offset = asked == null || !asked.matches("[0-9]{1,9}") ? 0 : Integer.parseInt(asked);
    if (asked != null && (!asked.matches("[0-9]{1,9}") || offset % limit != 0)) {
      throw CloudDnsFault.of(
          400, "The request could not be processed.", "Offset must be a multiple of limit or 0.");
    }
  }

  private static int limit(String asked) {
    if (asked == null || !asked.matches("[0-9]{1,9}") || Integer.parseInt(asked) < 1) {
      return MAX_LIMIT;
    }
    return Math.min(Integer.parseInt(asked), MAX_LIMIT);
  }

  /**
   * The page of {@code items} as {@code {"<member>":[…],"totalEntries":N,"links":[…]}}; links are
   * built on {@code base} (the server as the client reached it) with the request's path and query.
   */
  <T> JsonObject page(String member, List<T> items, Function<T, JsonObject> json, HttpUrl base) {
    JsonArray array = new JsonArray();
    for (int i = offset; i < Math.min(items.size(), offset + limit); i++) {
      array.add(json.apply(items.get(i)));
    }
    JsonObject body = new JsonObject();
    body.add(member, array);
    body.addProperty("totalEntries", items.size());
    JsonArray links = new JsonArray();
    if (offset > 0) {
      links.add(link(base, Math.max(0, offset - limit), "previous"));
    }
    if (offset + limit < items.size()) {
      links.add(link(base, offset + limit, "next"));
    }
    if (!links.isEmpty()) {
      body.add("links", links);
    }
    return body;
  }

  private JsonObject link(HttpUrl base, int at, String rel) {
    HttpUrl href =
        url.newBuilder()
            .scheme(base.scheme())
            .host(base.host())
            .port(base.port())
            .setQueryParameter("limit", Integer.toString(limit))
            .setQueryParameter("offset", Integer.toString(at))
            .build();
    JsonObject link = new JsonObject();
    link.addProperty("content", "");
    link.addProperty("href", href.toString());
    link.addProperty("rel", rel);
    return link;
  }
}
