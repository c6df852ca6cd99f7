package denominator.designate;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * One page of a Designate listing (wire page, section 6): {@code limit} (absent: the default limit;
 * {@code max} or a number above the maximum: the maximum), {@code marker} (the id of the last item
 * of the previous page), {@code sort_key} and {@code sort_dir}, and the list filters SQL-LIKE
 * matched. It writes the listing's body: the items, {@code links.self} (the request's URL), {@code
 * links.next} iff the page is full (so a full last page is followed by an empty one, as Designate
 * does), and {@code metadata.total_count} of every match.
 */
final class MarkerPaging {
  private static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
  private static final Set<String> PAGING = Set.of("limit", "marker", "sort_key", "sort_dir");

  private final HttpUrl url;
  private final int limit;
  private final String marker;
  private final String sortKey;
  private final boolean descending;
  private final Map<String, LikeFilter> filters = new LinkedHashMap<>();

  /** Reads a request's paging and filters, refusing a filter not in {@code accepted}. */
  MarkerPaging(HttpUrl url, int defaultLimit, int maxLimit, Set<String> accepted) {
    this.url = url;
    this.limit = limit(url.queryParameter("limit"), defaultLimit, maxLimit);
    this.marker = url.queryParameter("marker");
    if (marker != null && !UUID.matcher(marker).matches()) {
      throw DesignateRefusal.of(400, "invalid_marker", "Invalid marker " + marker);
    }
    this.sortKey =
        url.queryParameter("sort_key") == null ? "created_at" : url.queryParameter("sort_key");
    String dir = url.queryParameter("sort_dir");
    if (dir != null && !dir.equals("asc") && !dir.equals("desc")) {
      throw DesignateRefusal.of(400, "invalid_sort_dir", "Unknown sort direction " + dir);
    }
    this.descending = "desc".equals(dir);
    List<String> invalid = new ArrayList<>();
    for (String name : url.queryParameterNames()) {
      if (PAGING.contains(name)) {
        continue;
      }
      if (accepted.contains(name)) {
        filters.put(name, new LikeFilter(url.queryParameter(name)));
      } else {
        invalid.add(name);
      }
    }
    if (!invalid.isEmpty()) {
      throw DesignateRefusal.badRequest("Invalid filters " + String.join(", ", invalid));
    }
  }

  private static int limit(String asked, int defaultLimit, int maxLimit) {
    if (asked == null) {
      return defaultLimit;
    }
    if (asked.equals("max")) {
      return maxLimit;
    }
    if (!asked.matches("[0-9]{1,9}") || Integer.parseInt(asked) < 1) {
      throw DesignateRefusal.of(400, "invalid_limit", "limit must be an integer > 0: " + asked);
    }
    // ASSUMPTION: Designate 15 does not cap a number; the cap lets tests force pages
    return Math.min(Integer.parseInt(asked), maxLimit);
  }

  /**
   * The listing body of {@code all} (in creation order) under {@code member}: the items matching
   * every filter, sorted, from after the marker.
   *
   * @param fields each accepted filter's values of an item (several for {@code data})
   * @param sortKeys the orders {@code sort_key} may name, besides {@code created_at} and {@code id}
   */
  <T> JsonObject page(
      String member,
      List<T> all,
      Function<T, String> id,
      Map<String, Function<T, List<String>>> fields,
      Map<String, Comparator<T>> sortKeys,
      Function<T, JsonElement> json) {
    List<T> sorted = sorted(all, id, sortKeys);
    int from = 0;
    if (marker != null) {
      int at = -1;
      for (int i = 0; i < sorted.size(); i++) {
        if (id.apply(sorted.get(i)).equals(marker)) {
          at = i;
        }
      }
      if (at < 0) {
        throw DesignateRefusal.of(
            400, "marker_not_found", "Marker " + marker + " could not be found");
      }
      from = at + 1;
    }
    Predicate<T> matching = item -> matches(item, fields);
    List<T> page = new ArrayList<>();
    for (T item : sorted.subList(from, sorted.size())) {
      if (page.size() < limit && matching.test(item)) {
        page.add(item);
      }
    }
    JsonArray items = new JsonArray();
    page.forEach(item -> items.add(json.apply(item)));
    JsonObject links = new JsonObject();
    links.addProperty("self", url.toString());
    if (page.size() == limit) {
      HttpUrl next =
          url.newBuilder()
              .removeAllQueryParameters("marker")
              .addQueryParameter("marker", id.apply(page.get(page.size() - 1)))
              .build();
      links.addProperty("next", next.toString());
    }
    JsonObject metadata = new JsonObject();
    metadata.addProperty("total_count", sorted.stream().filter(matching).count());
    JsonObject body = new JsonObject();
    body.add(member, items);
    body.add("links", links);
    body.add("metadata", metadata);
    return body;
  }

  private <T> List<T> sorted(
      List<T> all, Function<T, String> id, Map<String, Comparator<T>> sortKeys) {
    List<T> sorted = new ArrayList<>(all);
    Comparator<T> order =
        switch (sortKey) {
          case "created_at" -> null;
          case "id" -> Comparator.comparing(id);
          default -> sortKeys.get(sortKey);
        };
    if (order == null && !sortKey.equals("created_at")) {
      throw DesignateRefusal.of(400, "invalid_sort_key", "Unknown sort key " + sortKey);
    }
    if (order != null) {
      // stable: ties keep creation order, as Designate adds created_at and id to every sort
      sorted.sort(order);
    }
    if (descending) {
      Collections.reverse(sorted);
    }
    return sorted;
  }

  private <T> boolean matches(T item, Map<String, Function<T, List<String>>> fields) {
    for (Map.Entry<String, LikeFilter> filter : filters.entrySet()) {
      List<String> values = fields.get(filter.getKey()).apply(item);
      if (values.stream().noneMatch(filter.getValue()::matches)) {
        return false;
      }
    }
    return true;
  }
}
