package denominator.designate;

/**
 * Designate's rules for a TXT or SPF record string in presentation form (wire page, section 5). A
 * string of at most 255 characters is ONE character-string: unquoted without whitespace, or wrapped
 * in {@code "} with every inner {@code "} escaped by {@code \}. A longer one must be several quoted
 * strings joined by one space, each at most 255 characters with its quotes. Neither may end with
 * {@code \}. So {@code "a" "b"} is refused: short, and its inner quotes are bare.
 *
 * <p>The refusal is {@code invalid_object} with Designate's own sentence as {@code message}, as the
 * wire page says. Designate 15.0.2 itself turns these sentences into the validation error {@code
 * '<value>' is not a 'TXT' Record} (recordset.py catches the ValueError): the page is followed.
 */
final class TxtRules {
  static final int MAX = 255;
  static final String BARE_QUOTES = "Quotation marks should be escaped with backslash.";
  static final String SPLIT = "Any TXT record string exceeding 255 characters has to be split.";
  static final String SPACES =
      "Empty spaces are not allowed in TXT record, unless wrapped in double quotes.";
  static final String MISSING_QUOTE =
      "TXT record is missing a double quote either at beginning or at end.";

  private TxtRules() {}

  /** Refuses {@code value} with Designate's 400 {@code invalid_object} when it breaks a rule. */
  static void check(String value) {
    if (value.endsWith("\\")) {
      throw DesignateRefusal.invalidObject("Do NOT put '\\' into end of TXT record");
    }
    if (value.length() <= MAX) {
      single(value);
    } else {
      several(value);
    }
  }

  private static void single(String value) {
    boolean opens = value.startsWith("\"");
    boolean closes = value.length() > 1 && value.endsWith("\"");
    if (opens != closes) {
      throw DesignateRefusal.invalidObject(MISSING_QUOTE);
    }
    String inner = opens ? value.substring(1, value.length() - 1) : value;
    if (bareQuote(inner)) {
      throw DesignateRefusal.invalidObject(BARE_QUOTES);
    }
    if (!opens && value.chars().anyMatch(Character::isWhitespace)) {
      throw DesignateRefusal.invalidObject(SPACES);
    }
  }

  // Each string: '"', characters or escapes, '"'; strings joined by exactly one space.
  private static void several(String value) {
    int at = 0;
    while (true) {
      if (value.charAt(at) != '"') {
        throw DesignateRefusal.invalidObject(MISSING_QUOTE);
      }
      int end = closing(value, at);
      if (end < 0) {
        throw DesignateRefusal.invalidObject(MISSING_QUOTE);
      }
      if (end - at + 1 > MAX) {
        throw DesignateRefusal.invalidObject(SPLIT);
      }
      if (end == value.length() - 1) {
        return;
      }
      if (value.charAt(end + 1) != ' ' || end + 2 >= value.length()) {
        throw DesignateRefusal.invalidObject(BARE_QUOTES);
      }
      at = end + 2;
    }
  }

  /** The index of the quote closing the string opened at {@code open}, or -1. */
  private static int closing(String value, int open) {
    for (int i = open + 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return -1;
  }

  private static boolean bareQuote(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return true;
      }
    }
    return false;
  }
}
