package denominator.designate;

import java.util.regex.Pattern;

/**
 * A list filter's value as Designate's database matches it (wire page, section 4): SQL {@code
 * LIKE}, case-insensitive, where {@code *} (Designate's spelling) and {@code %} match any run of
 * characters and {@code _} matches ANY one character, so {@code _sip._tcp.example.com.} also
 * matches {@code xsip.ytcp.example.com.}.
 *
 * <p>The page is followed where Designate 15.0.2 differs: its storage uses {@code LIKE} only when
 * the value holds a {@code %} (a {@code *} of the query), and equality otherwise, so there a value
 * without {@code *} has no wildcard {@code _}. A client keeping only exact matches is right on
 * both.
 */
final class LikeFilter {
  private final Pattern pattern;

  LikeFilter(String like) {
    StringBuilder regex = new StringBuilder();
    for (char c : like.toCharArray()) {
      switch (c) {
        case '*', '%' -> regex.append(".*");
        case '_' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    this.pattern =
        Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Whether {@code value} matches; a null (SQL NULL) never does. */
  boolean matches(String value) {
    return value != null && pattern.matcher(value).matches();
  }
}
