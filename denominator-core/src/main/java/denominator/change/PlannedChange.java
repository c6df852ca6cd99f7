package denominator.change;

import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a {@link Plan}: a record set that will be created, updated or deleted, with what it
 * is now (the precondition) and what it will be.
 */
public final class PlannedChange {

  /** What happens to the set. */
  public enum Action {
    CREATE("+"),
    UPDATE("~"),
    DELETE("-");

    private final String symbol;

    Action(String symbol) {
      this.symbol = symbol;
    }

    /** {@code +}, {@code ~} or {@code -}, as plans print it. */
    public String symbol() {
      return symbol;
    }
  }

  private final RecordSetKey key;
  private final ResourceRecordSet before;
  private final ResourceRecordSet after;

  private PlannedChange(RecordSetKey key, ResourceRecordSet before, ResourceRecordSet after) {
    this.key = key;
    this.before = before;
    this.after = after;
  }

  /** The change from {@code before} to {@code after}; either may be null, not both. */
  static PlannedChange of(ResourceRecordSet before, ResourceRecordSet after) {
    RecordSetKey key = after != null ? after.key() : Objects.requireNonNull(before).key();
    return new PlannedChange(key, before, after);
  }

  public RecordSetKey key() {
    return key;
  }

  public Action action() {
    return before == null ? Action.CREATE : after == null ? Action.DELETE : Action.UPDATE;
  }

  /** The set as it is now; empty when it will be created. */
  public Optional<ResourceRecordSet> before() {
    return Optional.ofNullable(before);
  }

  /** The set as it will be; empty when it will be deleted. */
  public Optional<ResourceRecordSet> after() {
    return Optional.ofNullable(after);
  }

  /** The change that makes it so. */
  public Change change() {
    return after != null ? new Change.Put(after) : new Change.Delete(key);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlannedChange p
        && key.equals(p.key)
        && Objects.equals(before, p.before)
        && Objects.equals(after, p.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, before, after);
  }

  @Override
  public String toString() {
    return switch (action()) {
      case CREATE -> "+ " + after;
      case DELETE -> "- " + before;
      case UPDATE -> "~ " + before + " -> " + after;
    };
  }
}
