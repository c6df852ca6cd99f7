package denominator.kit;

import denominator.DenominatorException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A vendor's paged listing as one lazy {@link Iterator}: a page is fetched only when the caller has
 * taken every item of the one before, so memory holds one page at a time. Empty pages are skipped.
 * The four paging styles vendors use:
 *
 * <pre>{@code
 * // cursor: a next token in the body (null on the first request)
 * Pages.following(null, token -> Page.of(api.records(zone, token).items(), api.next()));
 * // marker: Route53's next name, type and identifier, as one vendor record
 * Pages.following(Marker.START, marker -> api.listRecordSets(zone, marker));
 * // Link header: rel="next" URLs, see LinkHeader
 * Pages.following(firstUrl, url -> { var r = json.exchange(...); return Page.of(r.body(),
 *     LinkHeader.next(url, r.headers()).orElse(null)); });
 * // page numbers: page=1,2,... of per_page items, until a short page
 * Pages.numbered(1, 100, page -> api.records(zone, page, 100));
 * }</pre>
 */
public final class Pages {

  /**
   * The items of the page {@code first} names and of every page after it.
   *
   * @param first what names the first page; may be null when the first request names none
   * @param fetch fetches the page a cursor names
   */
  public static <T, C> Iterator<T> following(C first, Function<C, Page<T, C>> fetch) {
    Objects.requireNonNull(fetch, "fetch");
    return new Following<>(first, fetch);
  }

  /**
   * The items of pages {@code firstPage}, {@code firstPage + 1}, ... of {@code perPage} items,
   * until a page holds fewer than {@code perPage} (or none).
   *
   * @param fetch fetches the items of one page number
   */
  public static <T> Iterator<T> numbered(int firstPage, int perPage, IntFunction<List<T>> fetch) {
    requirePositive(perPage);
    return following(
        firstPage,
        page -> {
          List<T> items = fetch.apply(page);
          return Page.of(items, items.size() < perPage ? null : page + 1);
        });
  }

  /**
   * As {@link #numbered(int, int, IntFunction)}, for vendors that give the total count: stops once
   * {@code total} items have been read, or at a short page, whichever comes first.
   *
   * @param fetch fetches one page number: its items and the total the vendor reports
   */
  public static <T> Iterator<T> numberedWithTotal(
      int firstPage, int perPage, IntFunction<Counted<T>> fetch) {
    requirePositive(perPage);
    long[] read = {0};
    return following(
        firstPage,
        page -> {
          Counted<T> counted = fetch.apply(page);
          read[0] += counted.items().size();
          boolean last = counted.items().size() < perPage || read[0] >= counted.total();
          return Page.of(counted.items(), last ? null : page + 1);
        });
  }

  /**
   * The items from offset 0 on, {@code limit} at a time, until a short page: for vendors that page
   * with {@code offset=} and {@code limit=}.
   *
   * @param fetch fetches up to {@code limit} items from an offset
   */
  public static <T> Iterator<T> offsets(int limit, IntFunction<List<T>> fetch) {
    requirePositive(limit);
    return following(
        0,
        offset -> {
          List<T> items = fetch.apply(offset);
          return Page.of(items, items.size() < limit ? null : offset + items.size());
        });
  }

  /**
   * One page number's items and the total count the vendor reports for the whole listing.
   *
   * @param items the page's items
   * @param total how many items the whole listing has
   */
  public record Counted<T>(List<T> items, long total) {
    public Counted {
      items = List.copyOf(items);
    }
  }

  private static void requirePositive(int perPage) {
    if (perPage < 1) {
      throw new IllegalArgumentException("page size " + perPage + " (expected >= 1)");
    }
  }

  private static final class Following<T, C> implements Iterator<T> {
    private final Function<C, Page<T, C>> fetch;
    private final Deque<T> page = new ArrayDeque<>();
    private C next;
    private boolean more = true;

    Following(C first, Function<C, Page<T, C>> fetch) {
      this.next = first;
      this.fetch = fetch;
    }

    @Override
    public boolean hasNext() {
      while (page.isEmpty() && more) {
        C current = next;
        Page<T, C> fetched = fetch.apply(current);
        page.addAll(fetched.items());
        next = fetched.next().orElse(null);
        more = fetched.next().isPresent();
        if (more && next.equals(current)) { // a vendor bug that would loop for ever
          throw new DenominatorException("paging did not advance: the next page is again " + next);
        }
      }
      return !page.isEmpty();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.poll();
    }
  }

  private Pages() {}
}
