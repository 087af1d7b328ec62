package io.github.jishi.cli;

import io.github.jishi.JishiException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jishi} command line: thin subcommands over the {@link io.github.jishi.Jishi} library. */
@Command(
    name = "jishi",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
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
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the CLI and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the CLI with these arguments and returns the exit code (for tests and embedding).
   *
   * @param args the command line
   * @return the exit code: 0 done, 1 a runtime error, 2 a bad command line, 3 a bug, 4 output failed
   */
  public static int run(String... args) {
    // the platform encoding may be ASCII (no locale set); Chinese output is UTF-8 whatever it is
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true), err, args);
    // System.out is a PrintStream: it keeps a failed write to itself
    if (System.out.checkError() && code == ExitCodes.OK) {
      err.println("jishi: cannot write the output (standard output failed: closed pipe or device full)");
      err.flush();
      return ExitCodes.OUTPUT_FAILED;
    }
    return code;
  }

  /**
   * Runs the CLI writing to {@code out} and {@code err}; a failed write of the output (a full disk,
   * {@code > /dev/full}) turns a success into exit code 4.
   *
   * @param out where the output goes
   * @param err where messages go
   * @param args the command line
   * @return the exit code, as {@link #run(String...)}
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    out.flush();
    if (out.checkError()) {
      err.println("jishi: cannot write the output (standard output failed: closed pipe or device full)");
      err.flush();
      return code == ExitCodes.OK ? ExitCodes.OUTPUT_FAILED : code;
    }
    return code;
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    benchCommand().ifPresent(bench -> cl.addSubcommand("bench", bench));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setAbbreviatedOptionsAllowed(false);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      PrintWriter err = cmd.getErr();
      if (e instanceof JishiException) {
        err.println("jishi: " + oneLine(e.getMessage()));
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
      if (e instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses) {
        err.println("jishi: the search is too large (more than " + org.apache.lucene.search.IndexSearcher.getMaxClauseCount()
            + " words or places in one query); search fewer words, or name a province instead of its cities");
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
      CommandLine failed = e.getCommandLine();
      PrintWriter err = failed.getErr();
      String help = failed.getParent() == null ? "jishi --help" : "jishi " + failed.getCommandName() + " --help";
      err.println("jishi: " + oneLine(e.getMessage()) + " (see: " + help + ")");
      if (e instanceof CommandLine.UnmatchedArgumentException u) {
        List<String> close = u.getSuggestions();
        if (!close.isEmpty()) {
          err.println("Did you mean: " + String.join(" or ", close.subList(0, Math.min(close.size(), 4))) + "?");
        }
      }
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
    // a file name or page text in the message never drives the terminal
    return Render.safe(message.lines().findFirst().orElse("").strip(), true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
