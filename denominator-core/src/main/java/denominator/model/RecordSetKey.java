package denominator.model;

import denominator.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * What identifies a record set in a zone: its name, its type and, for geo and weighted sets, its
 * qualifier. A {@code put} replaces the set with the same key; a {@code delete} removes it.
 */
public final class RecordSetKey implements Comparable<RecordSetKey> {
  private final String name;
  private final String type;
  private final String qualifier;

  private RecordSetKey(String name, String type, String qualifier) {
    this.name = Names.absolute(name);
    this.type = RecordTypes.normalize(type);
    if (qualifier != null && qualifier.isBlank()) {
      throw new ValidationException(
          "blank qualifier", qualifier, "a non-empty qualifier such as us-east, or none");
    }
    this.qualifier = qualifier;
  }

  /** The key of the plain (unqualified) set of this name and type. */
  public static RecordSetKey of(String name, String type) {
    return new RecordSetKey(name, type, null);
  }

  /**
   * The key of a qualified (geo or weighted) set.
   *
   * @throws NullPointerException if {@code qualifier} is null: a plain set's key is {@link
   *     #of(String, String)}
   */
  public static RecordSetKey of(String name, String type, String qualifier) {
    return new RecordSetKey(
        name,
        type,
        Objects.requireNonNull(qualifier, "qualifier (of(name, type) for a plain set)"));
  }

  public String name() {
    return name;
  }

  public String type() {
    return type;
  }

  public Optional<String> qualifier() {
    return Optional.ofNullable(qualifier);
  }

  /** By name, then type, then qualifier, a plain set first. */
  @Override
  public int compareTo(RecordSetKey other) {
    int byName = name.compareTo(other.name);
    if (byName != 0) {
      return byName;
    }
    int byType = type.compareTo(other.type);
    if (byType != 0) {
      return byType;
    }
    return (qualifier == null ? "" : qualifier)
        .compareTo(other.qualifier == null ? "" : other.qualifier);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordSetKey k
        && name.equals(k.name)
        && type.equals(k.type)
        && Objects.equals(qualifier, k.qualifier);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, qualifier);
  }

  @Override
  public String toString() {
    return name + " " + type + (qualifier == null ? "" : " " + qualifier);
  }
}
