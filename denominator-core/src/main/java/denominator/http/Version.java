package denominator.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * This library's version: the {@code Implementation-Version} of the jar it was loaded from, which
 * costs nothing to read since the JVM read the jar's manifest to define the package (and a start-up
 * archive keeps it). Shaded into another jar, this library reports that jar's version when its
 * manifest names one, else the version in the {@code pom.properties} that Maven put in the
 * library's jar; {@code "dev"} when running from classes that were not packaged (tests, IDEs).
 */
final class Version {
  static final String CURRENT = read();

  private static String read() {
    String manifest = Version.class.getPackage().getImplementationVersion();
    if (manifest != null) {
      return manifest;
    }
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
