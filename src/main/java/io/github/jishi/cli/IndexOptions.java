package io.github.jishi.cli;

import io.github.jishi.IndexListener;
import io.github.jishi.IndexReport;
import io.github.jishi.Jishi;
import io.github.jishi.index.TimelineIndex;
import io.github.jishi.internal.index.TimelineWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options shared by every command that reads or writes an index.
 *
 * <p>With no {@code --index}, commands use {@code index/} in the jishi home and, when that is
 * missing or empty, first index the bundled {@code corpus/}.
 */
final class IndexOptions {
  @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: index/ of the jishi home)")
  Path index;

  @Option(names = "--programs", paramLabel = "FILE", description = "extra programmes: TSV of canonical name, aliases (|), kind, and optionally places (|) and seat")
  Path programs;

  @Option(names = "--lexicon", paramLabel = "DIR",
      description = "a folder of vocabulary files laid over the bundled ones (same names; a line adds, -word removes)")
  Path lexicon;

  static Path home() {
    return Path.of(System.getProperty("jishi.home", ".")).toAbsolutePath().normalize();
  }

  Path indexDir() {
    return index != null ? index : relative(home().resolve("index"));
  }

  Jishi jishi() {
    Jishi.Builder b = Jishi.builder().index(indexDir());
    if (programs != null) {
      b.programs(programs);
    }
    if (lexicon != null) {
      b.lexicon(lexicon);
    }
    return b.build();
  }

  /**
   * The library for reading: the default index is first built from the bundled corpus if empty.
   * Two first uses at once take turns on a lock file in the index folder: the second waits for the
   * first build and then reads it. A Lucene index jishi did not write is refused, never touched.
   */
  Jishi forReading(PrintWriter err) {
    Jishi jishi = jishi();
    Path dir = jishi.indexDirectory();
    if (TimelineWriter.inspect(dir) == TimelineWriter.Folder.FOREIGN_INDEX) {
      throw TimelineWriter.notJishi(dir);
    }
    if (index == null && !TimelineIndex.exists(dir)) {
      Path corpus = relative(home().resolve("corpus"));
      if (Files.isDirectory(corpus)) {
        firstUse(jishi, dir, corpus, err);
      }
    }
    return jishi;
  }

  private static void firstUse(Jishi jishi, Path dir, Path corpus, PrintWriter err) {
    try {
      Files.createDirectories(dir);
      try (FileChannel ch = FileChannel.open(dir.resolve(".first-use.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        FileLock lock = ch.tryLock();
        if (lock == null) {
          err.println("jishi: first use: another jishi is indexing the bundled corpus; waiting for it ...");
          err.flush();
          lock = ch.lock();
        }
        try {
          if (TimelineIndex.exists(dir)) {
            return;
          }
          err.println("jishi: first use: indexing the bundled corpus into " + dir + " ...");
          err.flush();
          IndexReport r = jishi.index(List.of(corpus), false, IndexListener.NONE);
          err.println("jishi: " + r.summary());
          err.flush();
        } finally {
          lock.release();
        }
      }
    } catch (IOException e) {
      throw new io.github.jishi.JishiException("cannot build the first index in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A path relative to the working directory when it is below it, so sources read short. */
  static Path relative(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
  }
}
