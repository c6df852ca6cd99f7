package denominator.cli;

import denominator.Credentials;
import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.Provider;
import denominator.http.RequestLimit;
import denominator.model.Zone;
import denominator.traffic.Target;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * One command's view of the world: resolved settings, the provider connection (opened on first
 * use), and where to print. Created by each command from its {@link CommandSpec}.
 */
final class Session implements AutoCloseable {
  private final GlobalOptions options;
  private final PrintWriter out;
  private final PrintWriter err;
  private Settings settings;
  private DNSApiManager manager;

  private Session(GlobalOptions options, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  static Session of(CommandSpec spec) {
    return new Session(
        GlobalOptions.of(spec), spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  PrintWriter out() {
    return out;
  }

  boolean json() {
    return options.output == OutputFormat.json;
  }

  /** A note for the operator on stderr, unless {@code --quiet}. */
  void note(String message) {
    if (!options.quiet) {
      err.println("denominator: " + message);
      err.flush();
    }
  }

  /** A warning on stderr, even with {@code --quiet}. */
  void warn(String message) {
    err.println("denominator: warning: " + message);
    err.flush();
  }

  PrintWriter err() {
    return err;
  }

  /**
   * True when stderr is a terminal and the operator did not ask for quiet. Java cannot tell whether
   * stderr alone is a terminal, so the launcher says so in {@code denominator.stderr.tty}.
   */
  boolean showsProgress() {
    return !options.quiet && Boolean.getBoolean("denominator.stderr.tty");
  }

  Settings settings() {
    if (settings == null) {
      settings = Settings.resolve(options, System.getenv(), this::warn);
    }
    return settings;
  }

  /** The provider the settings name; no request. */
  Provider provider() {
    return Denominator.provider(settings().provider());
  }

  DNSApiManager manager() {
    if (manager == null) {
      Settings s = settings();
      s.checkCredentials(provider().metadata());
      boolean mock = s.provider().equals(Settings.DEFAULT_PROVIDER);
      boolean memory = mock && s.url() != null && s.url().startsWith("mem:");
      boolean seed = memory || mock && isNewFile(s.url());
      Denominator.Builder builder =
          Denominator.builder()
              .provider(s.provider())
              .credentials(Credentials.of(s.credentials()))
              .allowInsecureHttp(s.insecureHttp());
      if (s.url() != null) {
        builder.url(s.url());
      }
      if (s.requestLimit() != null) {
        builder.requestLimit(RequestLimit.parse(s.requestLimit()));
      }
      if (options.verbose) {
        builder.httpLog(
            line -> {
              err.println(line);
              err.flush();
            });
      }
      manager = builder.build();
      if (seed) {
        ExampleZone.seed(manager.api());
        if (!memory) {
          note("created " + s.url() + " with the example zone " + ExampleZone.NAME);
        }
      }
    }
    return manager;
  }

  DNSApi api() {
    return manager().api();
  }

  /**
   * The flags that chose the provider ({@code -p}, {@code -u}, {@code --config}, {@code
   * --profile}), as given, for a command line printed to run later: never credentials.
   */
  String connectionFlags() {
    StringBuilder flags = new StringBuilder();
    if (options.provider != null) {
      flags.append(" -p ").append(options.provider);
    }
    if (options.url != null) {
      flags.append(" -u ").append(manager().displayUrl());
    }
    if (options.config != null) {
      flags.append(" --config ").append(options.config);
    }
    if (options.profile != null) {
      flags.append(" --profile ").append(options.profile);
    }
    return flags.toString();
  }

  /** Where a change goes, for the line every changing command prints: provider, URL and zone. */
  String where(Zone zone) {
    return zone.name()
        + " (id "
        + zone.id()
        + ") at "
        + manager().provider().metadata().name()
        + " "
        + manager().displayUrl();
  }

  /** The zone the operator named or gave the id of: its id and name, in a request or two. */
  Zone zone(String zone) {
    return ZoneRef.resolve(api(), manager().provider().metadata().name(), zone);
  }

  /** The same zone with its mailbox and TTL where the provider reads them (its SOA's). */
  Zone zoneWithSoa(String zone) {
    return ZoneRef.resolveWithSoa(api(), manager().provider().metadata().name(), zone);
  }

  /** The CLI's one target of traffic operations: the zone at the chosen provider. */
  Target target(Zone zone) {
    return new Target(manager().provider().metadata().name(), api(), zone.id(), zone.name());
  }

  private static boolean isNewFile(String url) {
    return url != null
        && url.startsWith("file:")
        && !Files.exists(Path.of(Settings.expandHome(url.substring(5))));
  }

  @Override
  public void close() {
    out.flush();
    if (manager != null) {
      manager.close();
    }
  }
}
