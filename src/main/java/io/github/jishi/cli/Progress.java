package io.github.jishi.cli;

import io.github.jishi.IndexListener;
import io.github.jishi.source.DocumentReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The indexing progress bar on stderr ({@code me.tongfei:progressbar}): bytes read of the total,
 * with rate and ETA, files done and pages (records) read. It moves page by page inside a file, so
 * a large JSON Lines file advances as its records are read, not only when it is finished.
 */
final class Progress implements IndexListener, AutoCloseable {
  private final ProgressBar bar;
  /** bytes of the files finished */
  private long bytes;
  /** bytes read so far of each file in progress */
  private final java.util.Map<String, Long> partial = new java.util.HashMap<>();
  private long pages;
  private int filesDone;
  private int files;

  Progress(PrintWriter err, List<Path> paths) {
    long total = 0;
    for (Path p : paths) {
      if (Files.exists(p)) {
        try {
          for (Path f : DocumentReader.listFiles(p)) {
            total += size(f);
            files++;
          }
        } catch (RuntimeException e) {
          // the run itself reports what it cannot list
        }
      }
    }
    err.flush();
    this.bar = new ProgressBarBuilder()
        .setTaskName("indexing")
        .setInitialMax(Math.max(1, total))
        .setUnit(total < (10L << 20) ? " KB" : " MB", total < (10L << 20) ? 1L << 10 : 1L << 20)
        .setStyle(ProgressBarStyle.ASCII)
        .showSpeed()
        .setUpdateIntervalMillis(200)
        .setMaxRenderedLength(Math.min(Render.width(), 120))
        .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build();
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  @Override
  public synchronized void pageDone(String file, int page, int ofPages, long read, long ofBytes) {
    partial.put(file, read);
    pages++;
    show();
  }

  @Override
  public synchronized void fileDone(int done, int total, String file) {
    partial.remove(file);
    bytes += size(Path.of(file));
    filesDone = done;
    files = total;
    show();
  }

  private void show() {
    long inProgress = 0;
    for (long b : partial.values()) {
      inProgress += b;
    }
    bar.stepTo(Math.min(bar.getMax(), bytes + inProgress));
    bar.setExtraMessage(" " + filesDone + "/" + files + " files, " + pages + " pages");
  }

  @Override
  public synchronized void close() {
    bar.close();
  }

  /** Whether stderr is a terminal: its descriptor links to a tty, else (no /proc) whether there is a console. */
  static boolean stderrIsTerminal() {
    try {
      Path fd2 = Path.of("/proc/self/fd/2");
      if (Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | RuntimeException e) {
      // fall through
    }
    return System.console() != null;
  }

}
