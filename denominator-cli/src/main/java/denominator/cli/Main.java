package denominator.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of the {@code denominator} command; the only place that calls System.exit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    nameLoggingProvider();
    System.exit(run(args));
  }

  /**
   * Names the one SLF4J provider the CLI ships (slf4j-nop: the library's log stays off the
   * terminal), unless the JVM was given another. Left to find it, SLF4J scans the class path with a
   * {@link java.util.ServiceLoader}, which opens the CLI's jar of some 12,000 entries (~8 ms of a
   * command that otherwise reads only archived classes); the note it prints on a named provider is
   * kept off stderr.
   */
  static void nameLoggingProvider() {
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
  }

  /** Runs the command line with the process's stdout and stderr, returning the exit code. */
  static int run(String... args) {
    PrintWriter out = new PrintWriter(System.out, false);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = commandLine(out, err, args).execute(args);
    out.flush();
    err.flush();
    StopOnSignal.commandFinished();
    return code;
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String line : Errors.EXIT_CODES) {
      int colon = line.indexOf(':');
      codes.put(line.substring(0, colon), line.substring(colon + 1));
    }
    return codes;
  }

  /**
   * The command line for these arguments ({@link CommandTree}), set up to print and exit as ours.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = CommandTree.forArguments(args);
    Errors errors = new Errors((DenominatorCommand) cli.getCommand());
    cli.getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("Exit codes:%n")
        .exitCodeList(exitCodes());
    cli.setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExitCodeExceptionMapper(errors)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors);
    return cli;
  }
}
