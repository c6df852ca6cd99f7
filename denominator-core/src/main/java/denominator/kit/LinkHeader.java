package denominator.kit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Finds the next page's URL in {@code Link} headers ({@code <https://api.example/zones?page=2>;
 * rel="next"}), the paging of GitHub-style APIs. A relative target is resolved against the URL of
 * the request that got the answer.
 *
 * <pre>{@code
 * Optional<HttpUrl> next = LinkHeader.next(requestUrl, response.headers());
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8288#section-3">RFC 8288 §3</a>
 */
public final class LinkHeader {
  // One link-value: <target> followed by its parameters, up to the next "," outside <> and quotes.
  private static final Pattern LINK =
      Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,=\\s]+(?:\\s*=\\s*(?:\"[^\"]*\"|[^;,\"]*))?)*)");
  private static final Pattern REL =
      Pattern.compile("(?i);\\s*rel\\s*=\\s*(?:\"([^\"]*)\"|([^;,\\s]+))");

  /** The {@code rel="next"} target in the {@code Link} headers of an answer to {@code base}. */
  public static Optional<HttpUrl> next(HttpUrl base, Headers headers) {
    return next(base, headers.values("Link"));
  }

  /** The {@code rel="next"} target among these {@code Link} header values. */
  public static Optional<HttpUrl> next(HttpUrl base, List<String> linkValues) {
    for (String value : linkValues) {
      Matcher link = LINK.matcher(value);
      while (link.find()) {
        if (isNext(link.group(2))) {
          return Optional.ofNullable(base.resolve(link.group(1).strip()));
        }
      }
    }
    return Optional.empty();
  }

  // rel may hold several space-separated relation types: rel="next last".
  private static boolean isNext(String parameters) {
    Matcher rel = REL.matcher(parameters);
    while (rel.find()) {
      String types = rel.group(1) != null ? rel.group(1) : rel.group(2);
      for (String type : types.strip().split("\\s+")) {
        if (type.toLowerCase(Locale.ROOT).equals("next")) {
          return true;
        }
      }
    }
    return false;
  }

  private LinkHeader() {}
}
