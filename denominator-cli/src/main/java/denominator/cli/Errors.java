package denominator.cli;

import com.google.gson.JsonObject;
import denominator.ValidationException;
import denominator.ZoneNotFoundException;
import denominator.change.ChangeFailedException;
import denominator.change.PlanRefusedException;
import java.net.ConnectException;
import java.util.Arrays;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into an exit code and one stderr line {@code denominator: error: ...}; the
 * stack trace follows only with {@code --verbose}.
 *
 * <p>Exit codes: 0 success, 1 provider or runtime failure, 2 usage or validation error, 3 refused
 * by a safety check (a plan stale or past the thresholds, a restore over later changes: re-plan or
 * force), 4 zone not found.
 */
final class Errors
    implements IExitCodeExceptionMapper, IExecutionExceptionHandler, IParameterExceptionHandler {
  static final int RUNTIME = 1;
  static final int USAGE = 2;
  static final int REFUSED = 3;
  static final int NOT_FOUND = 4;

  /** The exit codes, for {@code --help}. */
  static final String[] EXIT_CODES = {
    "0:success", "1:the provider failed, or a change was not applied in full",
    "2:bad input or usage", "3:refused by a safety check (re-plan, or --force)",
    "4:zone not found"
  };

  private final DenominatorCommand root;

  Errors(DenominatorCommand root) {
    this.root = root;
  }

  @Override
  public int getExitCode(Throwable e) {
    if (e instanceof ChangeFailedException failed && failed.getCause() != null) {
      return getExitCode(failed.getCause()); // the first failure decides
    }
    if (e instanceof PlanRefusedException || e instanceof Refused) {
      return REFUSED;
    }
    if (e instanceof ZoneNotFoundException) {
      return NOT_FOUND;
    }
    if (e instanceof ParameterException || e instanceof ValidationException) {
      return USAGE;
    }
    return RUNTIME;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    report(cli, e, root.global.verbose, root.global.output == OutputFormat.json, getExitCode(e));
    return getExitCode(e);
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    boolean verbose = Arrays.stream(args).anyMatch(a -> a.equals("-v") || a.equals("--verbose"));
    boolean json =
        IntStream.range(0, args.length)
            .anyMatch(
                i ->
                    args[i].matches("(-o|--output)=json")
                        || (args[i].equals("-o") || args[i].equals("--output"))
                            && i + 1 < args.length
                            && args[i + 1].equals("json"));
    CommandLine cli = e.getCommandLine();
    report(cli, withSuggestion(withoutCredential(e)), verbose, json, USAGE);
    return USAGE;
  }

  /** A mistyped command or option, with picocli's nearest matches: {@code recrod} → record. */
  private static ParameterException withSuggestion(ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)
        || unmatched.getSuggestions().isEmpty()) {
      return e;
    }
    return new ParameterException(
        e.getCommandLine(),
        e.getMessage() + "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?");
  }

  /**
   * Picocli's message quotes the value it refused, which for {@code --credential} may be a secret
   * typed without its {@code KEY=}; this says what was wrong without it.
   */
  private static ParameterException withoutCredential(ParameterException e) {
    if (!(e.getArgSpec() instanceof OptionSpec option)
        || !option.longestName().equals(GlobalOptions.CREDENTIAL)) {
      return e;
    }
    return new ParameterException(
        e.getCommandLine(),
        "option '"
            + GlobalOptions.CREDENTIAL
            + "' takes KEY=VALUE, e.g. "
            + GlobalOptions.CREDENTIAL
            + " secretKey=...; what was given"
            + " is not shown, as it may be a secret");
  }

  /**
   * The library says "refused unless forced"; the operator needs the flag: {@code --force} where
   * the command has it and it helps (a stale plan is never forced: it is planned again).
   */
  private static String forceHint(CommandLine cli, PlanRefusedException refused) {
    boolean hasForce = cli.getCommandSpec().findOption("--force") != null;
    boolean restore = cli.getCommandSpec().name().equals("restore");
    if (refused.reason() == PlanRefusedException.Reason.STALE && !restore) {
      return " (make a new plan from the zone as it is now)";
    }
    return hasForce ? " (run again with --force to go ahead)" : "";
  }

  /**
   * One line on stderr: {@code denominator: error: ...}, or with {@code -o json} the object {@code
   * {"error": "...", "exitCode": N}}; the stack trace follows only with {@code --verbose}.
   */
  private static void report(
      CommandLine cli, Exception e, boolean verbose, boolean json, int exitCode) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    message = message.strip().replace('\n', ' ');
    if (e instanceof ParameterException) {
      message += " (see '" + cli.getCommandSpec().qualifiedName() + " --help')";
    }
    if (e instanceof PlanRefusedException refused) {
      message += forceHint(cli, refused);
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException refused) {
        message =
            "cannot connect to the provider ("
                + refused.getMessage()
                + "); check the URL and that the server is up";
        break;
      }
    }
    if (json) {
      JsonObject error = new JsonObject();
      error.addProperty("error", message);
      error.addProperty("exitCode", exitCode);
      cli.getErr().println(error);
    } else {
      cli.getErr().println("denominator: error: " + message);
    }
    if (verbose) {
      e.printStackTrace(cli.getErr());
    }
    cli.getErr().flush();
  }
}
