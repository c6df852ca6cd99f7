package denominator.cli;

import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code denominator completion bash|zsh}: prints a completion script. picocli's script serves both
 * shells (zsh loads it through bashcompinit), so zsh gets the same script with that prelude.
 */
final class CompletionCommand implements Callable<Integer> {
  enum Shell {
    bash,
    zsh
  }

  final CommandSpec spec =
      Options.command(this, "completion", "Print a bash or zsh completion script.");
  private Shell shell;

  CompletionCommand() {
    spec.addPositional(Options.parameter(Shell.class, "SHELL", "bash or zsh", v -> shell = v));
  }

  /**
   * Zone names are the provider's, so they are asked when {@code -z} is completed, of the command
   * being completed ({@code zone list --names}), instead of being written into the script:
   * picocli's array of {@link Candidates#ZONES} is emptied and its use becomes the call.
   */
  static String askZonesWhenCompleting(String script) {
    Matcher array =
        Pattern.compile("local (\\w+)=\\(\"" + Candidates.ZONES + "\"\\)").matcher(script);
    while (array.find()) {
      String name = array.group(1);
      script =
          script
              .replace(array.group(), "local " + name + "=()")
              .replace(
                  "\"${" + name + "[@]}\"",
                  "$(\"${COMP_WORDS[0]}\" --quiet zone list --names 2>/dev/null)");
      array = array.reset(script);
    }
    return script;
  }

  @Override
  public Integer call() {
    String script =
        askZonesWhenCompleting(AutoComplete.bash("denominator", spec.root().commandLine()));
    if (shell == Shell.zsh) {
      script =
          "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
              + script;
    }
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
