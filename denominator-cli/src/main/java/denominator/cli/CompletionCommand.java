package denominator.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code denominator completion bash|zsh}: prints a completion script. picocli's script serves
 * both shells (zsh loads it through bashcompinit), so zsh gets the same script with that prelude.
 */
@Command(name = "completion", description = "Print a bash or zsh completion script.")
final class CompletionCommand implements Callable<Integer> {
  enum Shell {
    bash,
    zsh
  }

  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh")
  Shell shell;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("denominator", spec.root().commandLine());
    if (shell == Shell.zsh) {
      script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
          + script;
    }
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
