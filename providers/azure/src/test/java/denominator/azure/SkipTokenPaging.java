package denominator.azure;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * ARM's list paging as the simulator serves it (wire page, section 7): {@code $top} items a page (a
 * default when absent, capped), and while more remain a {@code nextLink} carrying {@code
 * $skipToken}, the base64url of the last key served, opaque to clients. The link is absolute on the
 * URL the client came through ({@code root}), so a proxy stays in the path.
 */
final class SkipTokenPaging {
  private final HttpUrl url;
  private final String root;
  private final int top;

  /** Paging of the request {@code url} reached through {@code root} (ending in "/"). */
  SkipTokenPaging(HttpUrl url, String root, int defaultTop, int maxTop) {
    this.url = url;
    this.root = root;
    this.top = top(url.queryParameter("$top"), defaultTop, maxTop);
  }

  private static int top(String text, int defaultTop, int maxTop) {
    if (text == null) {
      return defaultTop;
    }
    int top;
    try {
      top = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw ArmRefusal.invalid("$top", text);
    }
    if (top < 1) {
      throw ArmRefusal.invalid("$top", text);
    }
    return Math.min(top, maxTop);
  }

  /**
   * One page of {@code items} (in list order): those after the skip token's item, found by its key
   * or, when it is gone, by {@code after} (whether an item sorts after a key).
   */
  <T> JsonObject page(
      List<T> items,
      Function<T, String> key,
      BiPredicate<T, String> after,
      Function<T, JsonObject> json) {
    int start = start(items, key, after);
    int end = Math.min(items.size(), start + top);
    JsonArray value = new JsonArray();
    for (T item : items.subList(start, end)) {
      value.add(json.apply(item));
    }
    JsonObject page = new JsonObject();
    page.add("value", value);
    if (end < items.size()) {
      page.addProperty("nextLink", nextLink(key.apply(items.get(end - 1))));
    }
    return page;
  }

  private <T> int start(List<T> items, Function<T, String> key, BiPredicate<T, String> after) {
    String token = url.queryParameter("$skipToken");
    if (token == null) {
      return 0;
    }
    String last;
    try {
      last = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ArmRefusal.invalid("$skipToken", token);
    }
    for (int i = 0; i < items.size(); i++) {
      if (key.apply(items.get(i)).equalsIgnoreCase(last)) {
        return i + 1;
      }
    }
    for (int i = 0; i < items.size(); i++) {
      if (after.test(items.get(i), last)) {
        return i;
      }
    }
    return items.size();
  }

  private String nextLink(String lastKey) {
    String token =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    return root
        + url.encodedPath().substring(1)
        + "?api-version="
        + AzureSimulator.API_VERSION
        + "&$top="
        + top
        + "&$skipToken="
        + token;
  }
}
