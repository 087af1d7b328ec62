package io.github.jishi.cli;

import io.github.jishi.JishiException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jishi} command line: thin subcommands over the {@link io.github.jishi.Jishi} library. */
@Command(
    name = "jishi",
    mixinStandardHelpOptions = true,
    version = "jishi 0.1.0",
    description = "Chinese news and policy pages into a searchable policy timeline.",
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      TimelineCommand.class,
      ServeCommand.class,
      ProgramsCommand.class,
      CitiesCommand.class,
      ShowCommand.class,
      ExtractCommand.class,
      DatesCommand.class,
      WarmupCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI with these arguments and returns the exit code (for tests and embedding). */
  public static int run(String... args) {
    CommandLine cl = commandLine();
    // the platform encoding may be ASCII (no locale set); Chinese output is UTF-8 whatever it is
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return cl.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    benchCommand().ifPresent(bench -> cl.addSubcommand("bench", bench));
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      PrintWriter err = cmd.getErr();
      if (e instanceof JishiException) {
        err.println("jishi: " + oneLine(e.getMessage()));
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
      err.println("jishi: internal error: " + oneLine(String.valueOf(e)));
      if (System.getenv("JISHI_DEBUG") != null) {
        StringWriter sw = new StringWriter();
        e.printStackTrace(new PrintWriter(sw));
        err.print(sw);
      }
      err.flush();
      return ExitCodes.INTERNAL;
    });
    cl.setParameterExceptionHandler((e, args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("jishi: " + oneLine(e.getMessage()) + " (see: jishi " + e.getCommandLine().getCommandName() + " --help)");
      err.flush();
      return ExitCodes.USAGE;
    });
    return cl;
  }

  /**
   * {@code jishi bench}, when the benchmark harness is part of this build ({@code mvn -Pbench}, as
   * {@code ./jishi bench} builds it); the library and its plain CLI jar leave it out.
   */
  private static java.util.Optional<Object> benchCommand() {
    try {
      var type = Class.forName("io.github.jishi.cli.BenchCommand");
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return java.util.Optional.of(constructor.newInstance());
    } catch (ClassNotFoundException e) {
      return java.util.Optional.empty();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create the bench command", e);
    }
  }

  static String oneLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    return message.lines().findFirst().orElse("").strip();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
