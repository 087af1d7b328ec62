package io.github.jishi.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code jishi completion bash|zsh}: a completion script from picocli's {@link AutoComplete}, for
 * {@code source <(./jishi completion bash)}; nothing installs it.
 */
@Command(name = "completion", description = "Print a shell completion script: source <(./jishi completion bash)",
    mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {
  enum Shell { bash, zsh }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh (the bash script also works in zsh after bashcompinit)")
  Shell shell;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String script = AutoComplete.bash("jishi", spec.root().commandLine());
    if (shell == Shell.zsh) {
      out.println("autoload -U +X compinit && compinit");
      out.println("autoload -U +X bashcompinit && bashcompinit");
    }
    out.print(script);
    out.flush();
    return ExitCodes.OK;
  }
}
