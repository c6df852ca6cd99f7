package denominator.tck;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Looks for secret values in everything a test saw: log lines, exception messages and stack traces,
 * {@code toString()} of objects, command output. Register each secret given to the code under test,
 * record what it produced, then {@link #assertNoLeak()}.
 *
 * <pre>{@code
 * LeakDetector leaks = new LeakDetector();
 * String key = leaks.secret("powerdns-apiKey");          // SECRET-powerdns-apiKey-3f9a...
 * ... connect with key, .httpLog(leaks.sink("http log")), catch e -> leaks.sawThrown("list", e)
 * leaks.assertNoLeak();
 * }</pre>
 *
 * <p>Secrets are made recognisable ({@code SECRET-<label>-<random>}) so that a leak is obvious in
 * any output, and random so that no other text contains them by chance. A failure names where the
 * secret was seen and which one, with the value itself masked. Thread-safe.
 */
public final class LeakDetector {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, String> secrets = new LinkedHashMap<>(); // value -> label
  private final List<Seen> seen = new ArrayList<>();

  private record Seen(String where, String text) {}

  /** A new secret, e.g. {@code SECRET-route53-secretKey-0f3c9a1b2d4e6f70}, to give the code. */
  public String secret(String label) {
    byte[] random = new byte[8];
    RANDOM.nextBytes(random);
    return secret(label, "SECRET-" + label + "-" + HexFormat.of().formatHex(random));
  }

  /**
   * A new secret that is valid base64 of 33 bytes, for keys that must decode (TSIG): {@code SECRET}
   * and the label's letters and digits, then random base64 characters, 44 in all.
   */
  public String base64Secret(String label) {
    String prefix = ("SECRET" + label.replaceAll("[^A-Za-z0-9]", ""));
    prefix = prefix.substring(0, Math.min(prefix.length(), 28));
    byte[] random = new byte[33];
    RANDOM.nextBytes(random);
    String tail = Base64.getEncoder().encodeToString(random).replace('+', 'x').replace('/', 'y');
    String value = prefix + tail.substring(0, 44 - prefix.length());
    Base64.getDecoder().decode(value); // proves it decodes
    return secret(label, value);
  }

  /** Registers {@code value} as a secret named {@code label} (the label is not secret). */
  public synchronized String secret(String label, String value) {
    if (value.length() < 8) {
      throw new IllegalArgumentException(label + ": a secret this short would match by chance");
    }
    secrets.put(value, label);
    return value;
  }

  /** Records text the code under test produced, e.g. {@code "stderr of zone list"}. */
  public synchronized void saw(String where, String text) {
    seen.add(new Seen(where, String.valueOf(text)));
  }

  /** Records {@code object.toString()}. */
  public void sawToString(String where, Object object) {
    saw(where + " toString()", String.valueOf(object));
  }

  /** Records an exception's message, {@code toString()}, and stack trace with every cause. */
  public void sawThrown(String where, Throwable thrown) {
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    saw(where + " message", String.valueOf(thrown.getMessage()));
    saw(where + " toString()", thrown.toString());
    saw(where + " stack trace", trace.toString());
  }

  /** A log sink that records each line, e.g. for {@code Denominator.Builder#httpLog}. */
  public Consumer<String> sink(String where) {
    return line -> saw(where, line);
  }

  /** Everything recorded at places whose name starts with {@code where}, one text a line. */
  public synchronized String seen(String where) {
    StringBuilder text = new StringBuilder();
    seen.stream()
        .filter(s -> s.where().startsWith(where))
        .forEach(s -> text.append(s.text()).append('\n'));
    return text.toString();
  }

  /** How many secrets are looked for. */
  public synchronized int secrets() {
    return secrets.size();
  }

  /** How many texts were recorded. */
  public synchronized int texts() {
    return seen.size();
  }

  /**
   * Fails, naming each place and secret, if any recorded text contains a secret value; the message
   * shows the line around it with the value masked, so the failure leaks nothing either.
   */
  public synchronized void assertNoLeak() {
    List<String> leaks = new ArrayList<>();
    for (Seen s : seen) {
      secrets.forEach(
          (value, label) -> {
            int at = s.text().indexOf(value);
            if (at >= 0) {
              leaks.add("secret " + label + " in " + s.where() + ": " + mask(line(s.text(), at)));
            }
          });
    }
    if (!leaks.isEmpty()) {
      throw new AssertionError(
          leaks.size()
              + " secret(s) leaked, in "
              + seen.size()
              + " texts checked:\n  "
              + String.join("\n  ", leaks));
    }
  }

  private static String line(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    String line = text.substring(start, end < 0 ? text.length() : end);
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }

  private String mask(String text) {
    for (Map.Entry<String, String> secret : secrets.entrySet()) {
      text = text.replace(secret.getKey(), "<" + secret.getValue() + ">");
    }
    return text;
  }
}
