package denominator.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * This library's version, read from the {@code pom.properties} that Maven puts in the jar; {@code
 * "dev"} when running from classes that were not packaged (tests, IDEs).
 */
final class Version {
  static final String CURRENT = read();

  private static String read() {
    String path = "/META-INF/maven/io.denominator/denominator-core/pom.properties";
    try (InputStream in = Version.class.getResourceAsStream(path)) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "dev");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private Version() {}
}
