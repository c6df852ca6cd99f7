package denominator.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.DenominatorException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagesTest {
  final List<Object> fetched = new ArrayList<>();

  @Test
  void cursorPagesAreFetchedOnlyWhenTheCallerAdvancesPastThePreviousPage() {
    Map<String, Page<String, String>> pages =
        Map.of(
            "", Page.of(List.of("a", "b"), "t2"),
            "t2", Page.of(List.of("c"), "t3"),
            "t3", Page.last(List.of("d")));

    Iterator<String> items =
        Pages.following(
            null,
            (String token) -> {
              fetched.add(token);
              return pages.get(token == null ? "" : token);
            });

    assertThat(fetched).isEmpty();
    assertThat(items.next()).isEqualTo("a");
    assertThat(items.next()).isEqualTo("b");
    assertThat(fetched).containsExactly((Object) null);
    assertThat(items.next()).isEqualTo("c");
    assertThat(fetched).containsExactly(null, "t2");
    assertThat(items.next()).isEqualTo("d");
    assertThat(items.hasNext()).isFalse();
    assertThat(fetched).containsExactly(null, "t2", "t3");
    assertThatThrownBy(items::next).isInstanceOf(NoSuchElementException.class);
  }

  record Marker(String name, String type) {}

  @Test
  void markerPagesFollowTheVendorsNextNameAndTypeAndSkipEmptyPages() {
    Marker start = new Marker(null, null);
    Marker second = new Marker("b.", "A");
    Marker third = new Marker("c.", "TXT");
    Map<Marker, Page<String, Marker>> pages =
        Map.of(
            start, Page.of(List.of("a. A"), second),
            second, Page.of(List.of(), third),
            third, Page.last(List.of("c. TXT")));

    assertThat(list(Pages.following(start, pages::get))).containsExactly("a. A", "c. TXT");
  }

  @Test
  void numberedPagesStopAtAShortPage() {
    List<Integer> all = IntStream.range(0, 7).boxed().toList();

    Iterator<Integer> items = Pages.numbered(1, 3, page -> slice(all, (page - 1) * 3, 3, page));

    assertThat(list(items)).isEqualTo(all);
    assertThat(fetched).containsExactly(1, 2, 3);
  }

  @Test
  void numberedPagesStopAtAnEmptyPageWhenTheCountDividesEvenly() {
    List<Integer> all = IntStream.range(0, 6).boxed().toList();

    assertThat(list(Pages.numbered(0, 3, page -> slice(all, page * 3, 3, page)))).isEqualTo(all);
    assertThat(fetched).containsExactly(0, 1, 2);
  }

  @Test
  void aTotalCountSavesTheRequestForAnEmptyLastPage() {
    List<Integer> all = IntStream.range(0, 6).boxed().toList();

    Iterator<Integer> items =
        Pages.numberedWithTotal(
            1, 3, page -> new Pages.Counted<>(slice(all, (page - 1) * 3, 3, page), all.size()));

    assertThat(list(items)).isEqualTo(all);
    assertThat(fetched).containsExactly(1, 2);
  }

  @Test
  void offsetsAdvanceByWhatEachPageHeld() {
    List<Integer> all = IntStream.range(0, 5).boxed().toList();

    assertThat(list(Pages.offsets(2, offset -> slice(all, offset, 2, offset)))).isEqualTo(all);
    assertThat(fetched).containsExactly(0, 2, 4);
  }

  @Test
  void aCursorThatDoesNotAdvanceFailsInsteadOfLoopingForEver() {
    Iterator<String> items = Pages.following("same", token -> Page.of(List.of(), "same"));

    assertThatThrownBy(items::hasNext)
        .isInstanceOf(DenominatorException.class)
        .hasMessageContaining("same");
  }

  private List<Integer> slice(List<Integer> all, int from, int size, int request) {
    fetched.add(request);
    return all.subList(Math.min(from, all.size()), Math.min(from + size, all.size()));
  }

  static <T> List<T> list(Iterator<T> items) {
    List<T> list = new ArrayList<>();
    items.forEachRemaining(list::add);
    return list;
  }
}
