package denominator.cloudflare;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * One page request of a paged Cloudflare listing: {@code page} (1-based) and {@code per_page},
 * clamped to the listing's range (ASSUMPTION: Cloudflare's reaction to sizes out of range is not
 * documented). It cuts the page out of the whole listing and writes {@code result_info}; a page
 * past the end is empty with the true totals.
 *
 * @param page the page asked, at least 1
 * @param perPage the effective page size
 */
record Paging(int page, int perPage) {
  static Paging of(HttpUrl url, int defaultSize, int min, int max) {
    int page = Math.max(1, number(url, "page", 1));
    int asked = number(url, "per_page", defaultSize);
    return new Paging(page, Math.max(Math.min(min, max), Math.min(max, asked)));
  }

  /** The envelope of this page of {@code all}. */
  CloudflareReply reply(List<? extends JsonElement> all) {
    int from = (int) Math.min(all.size(), (long) (page - 1) * perPage);
    int to = Math.min(all.size(), from + perPage);
    JsonArray result = new JsonArray();
    all.subList(from, to).forEach(result::add);
    JsonObject info = new JsonObject();
    info.addProperty("page", page);
    info.addProperty("per_page", perPage);
    info.addProperty("count", to - from);
    info.addProperty("total_count", all.size());
    info.addProperty("total_pages", (all.size() + perPage - 1) / perPage);
    return CloudflareReply.page(result, info);
  }

  private static int number(HttpUrl url, String name, int absent) {
    String value = url.queryParameter(name);
    if (value == null || value.isEmpty()) {
      return absent;
    }
    if (!value.matches("\\d{1,9}")) {
      throw CloudflareRefusal.invalid(name + " \"" + value + "\" is not a positive integer");
    }
    return Integer.parseInt(value);
  }
}
