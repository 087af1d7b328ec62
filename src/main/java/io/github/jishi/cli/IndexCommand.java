package io.github.jishi.cli;

import io.github.jishi.IndexListener;
import io.github.jishi.IndexReport;
import io.github.jishi.Jishi;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jishi index}: read files and folders into the timeline; re-running adds only what changed. */
@Command(name = "index", description = "Index files and folders (txt, html, md, json, jsonl; any mix).", mixinStandardHelpOptions = true)
final class IndexCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions indexOptions;
  @Mixin SolrOptions solr;

  @Option(names = "--prune", description = "drop indexed files that no longer exist")
  boolean prune;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: number of processors)")
  Integer threads;

  @Option(names = "--quiet", description = "no progress bar")
  boolean quiet;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files and folders to index")
  List<Path> paths;

  @Override
  public Integer call() throws java.io.IOException {
    PrintWriter err = spec.commandLine().getErr();
    Jishi.Builder b = Jishi.builder().index(indexOptions.indexDir());
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
    boolean terminal = System.console() != null && !quiet;
    IndexListener progress = terminal ? new ProgressBar(err) : IndexListener.NONE;
    IndexReport report = jishi.index(paths, prune, progress);
    if (terminal) {
      err.print("\r" + " ".repeat(Math.min(Render.width(), 100)) + "\r");
    }
    for (IndexReport.Skipped s : report.skipped()) {
      String reason = Main.oneLine(s.reason());
      err.println("jishi: skipped " + (reason.contains(s.file()) ? "" : s.file() + ": ") + reason);
    }
    err.println("jishi: " + report.summary());
    err.flush();
    solr.pushIfAsked(jishi, err);
    return ExitCodes.OK;
  }

  /** A one-line progress bar redrawn in place. */
  private static final class ProgressBar implements IndexListener {
    private final PrintWriter err;
    private long lastDraw;

    ProgressBar(PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void fileDone(int done, int total, String file) {
      long now = System.nanoTime();
      if (done < total && now - lastDraw < 100_000_000L) {
        return;
      }
      lastDraw = now;
      int width = 30;
      int filled = total == 0 ? width : (int) ((long) done * width / total);
      String name = file.length() > 40 ? "…" + file.substring(file.length() - 39) : file;
      err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " " + name + "   ");
      err.flush();
    }
  }
}
