package denominator.cloudflare;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * TXT content as Cloudflare keeps it: quoted character-strings of at most 255 bytes each, one space
 * apart, {@code "} and {@code \} escaped with {@code \}. Unquoted content (Cloudflare's legacy
 * form, one raw string) is kept as sent up to 255 bytes and split into quoted 255-byte strings
 * beyond, as Cloudflare's SDK documents ("automatically split").
 */
final class TxtContent {
  static final int MAX_STRING = 255;
  static final int MAX_TOTAL = 4096;

  private TxtContent() {}

  /** The content as stored; 400 1004 naming the content when it is not TXT content. */
  static String normalise(String content) {
    if (content.getBytes(StandardCharsets.UTF_8).length > MAX_TOTAL) {
      throw CloudflareRefusal.invalid(
          "TXT content of " + content.length() + " characters exceeds " + MAX_TOTAL + " bytes");
    }
    if (content.startsWith("\"")) {
      return quoted(strings(content));
    }
    if (content.getBytes(StandardCharsets.UTF_8).length <= MAX_STRING) {
      return content;
    }
    return quoted(split(content));
  }

  /** The character-strings of quoted content, unescaped. */
  static List<String> strings(String content) {
    List<String> strings = new ArrayList<>();
    int i = 0;
    while (i < content.length()) {
      if (content.charAt(i) == ' ') {
        i++;
        continue;
      }
      if (content.charAt(i) != '"') {
        throw unparsable(content);
      }
      StringBuilder string = new StringBuilder();
      i++;
      while (i < content.length() && content.charAt(i) != '"') {
        if (content.charAt(i) == '\\' && i + 1 < content.length()) {
          i++;
        }
        string.append(content.charAt(i++));
      }
      if (i == content.length()) {
        throw unparsable(content);
      }
      i++;
      if (string.toString().getBytes(StandardCharsets.UTF_8).length > MAX_STRING) {
        throw CloudflareRefusal.invalid(
            "TXT character-string \"" + string + "\" is longer than 255 bytes");
      }
      strings.add(string.toString());
    }
    if (strings.isEmpty()) {
      throw unparsable(content);
    }
    return strings;
  }

  private static List<String> split(String raw) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    int bytes = 0;
    for (int offset = 0; offset < raw.length(); ) {
      int codePoint = raw.codePointAt(offset);
      String character = new String(Character.toChars(codePoint));
      int size = character.getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > MAX_STRING) {
        parts.add(part.toString());
        part.setLength(0);
        bytes = 0;
      }
      part.append(character);
      bytes += size;
      offset += Character.charCount(codePoint);
    }
    parts.add(part.toString());
    return parts;
  }

  private static String quoted(List<String> strings) {
    List<String> quoted = new ArrayList<>();
    for (String string : strings) {
      quoted.add("\"" + string.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }
    return String.join(" ", quoted);
  }

  private static CloudflareRefusal unparsable(String content) {
    return CloudflareRefusal.invalid(
        "TXT content '" + content + "' is not quoted character-strings");
  }
}
