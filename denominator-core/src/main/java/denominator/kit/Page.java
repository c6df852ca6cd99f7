package denominator.kit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a vendor's listing: its items and where the next page starts (a cursor token, a
 * marker, a page number or a URL), if there is a next page.
 *
 * <pre>{@code
 * Page.of(answer.records(), answer.nextToken()); // nextToken null on the last page
 * }</pre>
 *
 * @param <T> the items
 * @param <C> what names the next page
 */
public final class Page<T, C> {
  private final List<T> items;
  private final C next;

  private Page(List<T> items, C next) {
    this.items = List.copyOf(Objects.requireNonNull(items, "items"));
    this.next = next;
  }

  /** A page followed by the one {@code next} names; the last page when {@code next} is null. */
  public static <T, C> Page<T, C> of(List<T> items, C next) {
    return new Page<>(items, next);
  }

  /** The last page. */
  public static <T, C> Page<T, C> last(List<T> items) {
    return new Page<>(items, null);
  }

  public List<T> items() {
    return items;
  }

  /** What names the next page; empty on the last page. */
  public Optional<C> next() {
    return Optional.ofNullable(next);
  }
}
