package denominator.kit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a {@link BatchWriter} reads the vendor records of the names and types a batch touches: a few
 * are asked for one by one (a request each), more by listing the zone once. One rule and one
 * threshold for every provider, so that the round trips of a small change set and of a big one are
 * both near their floor.
 *
 * <pre>{@code
 * List<RecordJson> found =
 *     TargetedRead.of(namesAndTypes, t -> api.records(zone, t.name(), t.type()), () -> api.all(zone));
 * }</pre>
 */
public final class TargetedRead {
  /** Up to this many names and types are read one by one; past it, the zone is listed. */
  public static final int ONE_BY_ONE = 5;

  /**
   * The records {@code one} gives for each of {@code targets}, or all {@code whole} gives when
   * there are more than {@link #ONE_BY_ONE}; the caller keeps those of its targets.
   */
  public static <T> List<T> of(
      Set<NameType> targets, Function<NameType, Iterator<T>> one, Supplier<Iterator<T>> whole) {
    List<T> found = new ArrayList<>();
    if (targets.size() <= ONE_BY_ONE) {
      targets.forEach(target -> one.apply(target).forEachRemaining(found::add));
    } else {
      whole.get().forEachRemaining(found::add);
    }
    return found;
  }

  private TargetedRead() {}
}
