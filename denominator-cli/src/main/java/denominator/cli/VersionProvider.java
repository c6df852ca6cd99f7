package denominator.cli;

import java.io.IOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reports the version written by Maven into the jar. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {
      "denominator " + (version != null ? version : readPom()),
      "java " + System.getProperty("java.version")
    };
  }

  private static String readPom() {
    String path = "/META-INF/maven/io.denominator/denominator-cli/pom.properties";
    try (var in = VersionProvider.class.getResourceAsStream(path)) {
      if (in == null) {
        return "dev";
      }
      var properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
