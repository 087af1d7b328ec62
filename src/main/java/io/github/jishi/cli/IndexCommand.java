package io.github.jishi.cli;

import io.github.jishi.IndexAbortedException;
import io.github.jishi.IndexListener;
import io.github.jishi.IndexReport;
import io.github.jishi.IndexSettings;
import io.github.jishi.Jishi;
import io.github.jishi.JishiException;
import io.github.jishi.internal.index.TimelineWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jishi index}: read files and folders into the timeline; re-running adds only what changed.
 *
 * <p>Every file, record or folder left out is reported on stderr with its reason; the rest is
 * indexed and committed, and the run then exits 1 saying how many problems there were.
 */
@Command(name = "index", description = "Index files and folders (txt, html, md, json, jsonl; any mix).", mixinStandardHelpOptions = true)
final class IndexCommand implements Callable<Integer> {
  enum ProgressMode { auto, bar, none }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions indexOptions;
  @Mixin SolrOptions solr;

  @Option(names = "--prune", description = "drop indexed files that no longer exist")
  boolean prune;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: number of processors)")
  Integer threads;

  @Option(names = "--progress", paramLabel = "WHEN",
      description = "auto (a bar on stderr when it is a terminal), bar or none (default: ${DEFAULT-VALUE})")
  ProgressMode progress = ProgressMode.auto;

  @Option(names = "--quiet", description = "no progress bar (as --progress=none)")
  boolean quiet;

  @Option(names = "--force", description = "index into a folder that holds other files (never into another program's Lucene index)")
  boolean force;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files and folders to index")
  List<Path> paths;

  @Override
  public Integer call() throws java.io.IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (threads != null && threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (paths.stream().noneMatch(java.nio.file.Files::exists)) {
      throw new JishiException("no such file or folder: " + paths.get(0) + (paths.size() > 1 ? " (nor any of the other " + (paths.size() - 1) + ")" : ""));
    }
    Path dir = indexOptions.indexDir();
    switch (TimelineWriter.inspect(dir)) {
      case FOREIGN_INDEX -> throw TimelineWriter.notJishi(dir);
      case OTHER_FILES -> {
        if (!force) {
          throw new JishiException("not a jishi index: " + dir + " holds other files; choose an empty or new --index"
              + " folder, or add --force to index into it anyway");
        }
      }
      default -> { }
    }
    Jishi.Builder b = Jishi.builder().index(dir);
    if (indexOptions.programs != null) {
      b.programs(indexOptions.programs);
    }
    if (indexOptions.lexicon != null) {
      b.lexicon(indexOptions.lexicon);
    }
    if (threads != null) {
      b.threads(threads);
    }
    Jishi jishi = b.build();
    boolean bar = !quiet && (progress == ProgressMode.bar || (progress == ProgressMode.auto && Progress.stderrIsTerminal()));
    Progress listener = bar ? new Progress(err, paths) : null;
    IndexReport report;
    try {
      report = jishi.index(paths, IndexSettings.builder().prune(prune).listener(listener == null ? IndexListener.NONE : listener).build());
    } catch (IndexAbortedException e) {
      if (listener != null) {
        listener.close();
        listener = null;
      }
      printSkipped(err, e.skipped());
      err.println("jishi: " + Main.oneLine(e.getMessage()));
      List<String> lost = e.notIndexed();
      err.println("jishi: not indexed (" + lost.size() + (lost.size() == 1 ? " file" : " files") + "; run again to index "
          + (lost.size() == 1 ? "it" : "them") + ")" + (lost.isEmpty() ? "" : ":"));
      lost.forEach(f -> err.println("  " + Render.safe(f, true)));
      err.flush();
      return ExitCodes.BAD_INPUT;
    } finally {
      if (listener != null) {
        listener.close();
      }
    }
    printSkipped(err, report.skipped());
    err.println("jishi: " + report.summary());
    int problems = report.skipped().size();
    if (problems > 0) {
      err.println("jishi: " + problems + (problems == 1 ? " problem" : " problems") + " (listed above); everything else is indexed");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    err.flush();
    solr.pushIfAsked(jishi, err);
    return ExitCodes.OK;
  }

  private static void printSkipped(PrintWriter err, List<IndexReport.Skipped> skipped) {
    for (IndexReport.Skipped s : skipped) {
      String reason = Render.safe(Main.oneLine(s.reason()), true);
      err.println("jishi: " + (reason.contains(s.file()) ? "" : "skipped " + s.file() + ": ") + reason);
    }
  }
}
