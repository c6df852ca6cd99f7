package denominator.googledns;

import java.util.Comparator;
import java.util.Locale;

/**
 * What identifies an rrset in a managed zone: its absolute name, lower-case, and its type. Keys
 * sort by name then type, the order in which the simulator lists rrsets; a page token holds one as
 * {@code name/type}.
 *
 * @param name absolute name with the trailing dot, lower-case
 * @param type record type, upper-case
 */
record RrsetKey(String name, String type) implements Comparable<RrsetKey> {
  private static final Comparator<RrsetKey> ORDER =
      Comparator.comparing(RrsetKey::name).thenComparing(RrsetKey::type);

  static RrsetKey of(String name, String type) {
    return new RrsetKey(name.toLowerCase(Locale.ROOT), type);
  }

  /** The key a page token carries ({@code name/type}); null when it is not of that form. */
  static RrsetKey parse(String token) {
    int slash = token.lastIndexOf('/');
    return slash < 1 || slash == token.length() - 1
        ? null
        : new RrsetKey(token.substring(0, slash), token.substring(slash + 1));
  }

  String token() {
    return name + "/" + type;
  }

  /** As Google's messages name an rrset: {@code www.example.com. (A)}. */
  String display() {
    return name + " (" + type + ")";
  }

  @Override
  public int compareTo(RrsetKey other) {
    return ORDER.compare(this, other);
  }
}
