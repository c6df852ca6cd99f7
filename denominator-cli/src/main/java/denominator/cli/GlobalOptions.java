package denominator.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Options accepted by every command, before or after the subcommand name. Each command has its own
 * copy of the options ({@link #addTo}); their setters store the value on the root command's
 * instance, so {@link Session} reads them in one place (the pattern of picocli's LoggingMixin).
 */
final class GlobalOptions {
  static final String CREDENTIAL = "--credential";

  String provider;
  String url;
  final Map<String, String> credentials = new LinkedHashMap<>();
  String config;
  String profile;
  OutputFormat output;
  boolean verbose;
  boolean quiet;
  boolean insecureHttp;
  String requestLimit;

  /**
   * Adds the global options to a command: each stores its value on the root command's options, so
   * that an option given before or after the command's name is read in one place.
   */
  static void addTo(CommandSpec spec) {
    Options.add(
        spec,
        OptionSpec.builder("-h", "--help")
            .type(boolean.class)
            .usageHelp(true)
            .description("show this help"),
        Options.string(
            "-p, --provider",
            "NAME",
            "DNS provider (default: mock; env DENOMINATOR_PROVIDER)",
            v -> of(spec).provider = v),
        Options.string(
            "-u, --url",
            "URL",
            "provider endpoint (mock: mem:, mem:NAME or file:PATH; default"
                + " file:~/.denominator/mock.json; env DENOMINATOR_URL)",
            v -> of(spec).url = v),
        Options.map(
            "-c, " + CREDENTIAL,
            "KEY=VALUE",
            "credential parameter named by the provider (repeatable;"
                + " env DENOMINATOR_<PARAM>, e.g. DENOMINATOR_SECRET_KEY)",
            v -> of(spec).credentials.putAll(v)),
        Options.string(
            "-C, --config",
            "FILE",
            "config file with profiles (default ~/.denominator/config.json)",
            v -> of(spec).config = v),
        Options.string(
            "--profile",
            "NAME",
            "profile of the config file (env DENOMINATOR_PROFILE; default: default)",
            v -> of(spec).profile = v),
        Options.value(
            OutputFormat.class,
            "-o, --output",
            "FORMAT",
            "table or json (default table)",
            v -> of(spec).output = v),
        Options.flag(
            "-v, --verbose",
            "log HTTP exchanges (redacted) and show stack traces",
            v -> of(spec).verbose |= v),
        Options.flag(
            "--insecure-http",
            "allow an http:// URL to a host that is not loopback, sending credentials"
                + " unencrypted (env DENOMINATOR_INSECURE_HTTP=true; profile \"insecureHttp\": true)",
            v -> of(spec).insecureHttp |= v),
        Options.string(
            "--request-limit",
            "REQUESTS[/SECONDS]",
            "the account's request limit, in place of the vendor's documented one that requests are"
                + " paced by, e.g. 10 or 1200/300 (env DENOMINATOR_REQUEST_LIMIT; profile"
                + " \"requestLimit\")",
            v -> of(spec).requestLimit = v),
        Options.flag("--quiet", "no notes on stderr", v -> of(spec).quiet |= v));
  }

  /** The global options of the command line that {@code spec} is part of: its root's. */
  static GlobalOptions of(CommandSpec spec) {
    return ((DenominatorCommand) spec.root().userObject()).global;
  }
}
