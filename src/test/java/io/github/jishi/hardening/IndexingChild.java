package io.github.jishi.hardening;

import io.github.jishi.IndexReport;
import io.github.jishi.Jishi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Indexes folders in a child JVM, printing {@code done N/M} after each file and pausing a little
 * there but after the last, so the parent can kill it partway or while it commits.
 *
 * <p>Arguments: the index folder, the pause per file in milliseconds, then the paths to index.
 */
public final class IndexingChild {
  private IndexingChild() {}

  public static void main(String[] args) {
    Path index = Path.of(args[0]);
    long pauseMillis = Long.parseLong(args[1]);
    List<Path> paths = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      paths.add(Path.of(args[i]));
    }
    Jishi jishi = Jishi.builder().index(index).threads(2).build();
    System.out.println("started");
    System.out.flush();
    IndexReport report = jishi.index(paths, false, (done, total, file) -> {
      System.out.println("done " + done + "/" + total);
      System.out.flush();
      if (done == total) {
        return; // no pause after the last file: a kill now lands in the year inference or the commit
      }
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    System.out.println("finished: " + report.summary());
  }
}
