package io.github.jishi;

import java.time.Duration;
import java.util.List;

/**
 * What one indexing run did.
 *
 * @param files files found under the given paths
 * @param pages pages read and indexed (a JSON Lines file holds many)
 * @param unchanged files skipped because the index already holds their current content
 * @param skipped files that could not be read, each with the one-line reason
 * @param events events written
 * @param pruned indexed files dropped because they are gone
 * @param yearsInferred month-day events dated from other pages of the corpus
 * @param chars characters of page text processed
 * @param took how long the run took
 */
public record IndexReport(int files, int pages, int unchanged, List<Skipped> skipped, int events, int pruned,
    int yearsInferred, long chars, Duration took) {
  /**
   * Copies the list of skipped files.
   *
   * @param files files found
   * @param pages pages indexed
   * @param unchanged files already current
   * @param skipped files not indexed
   * @param events events written
   * @param pruned files dropped
   * @param yearsInferred events dated from other pages
   * @param chars characters processed
   * @param took the run's duration
   */
  public IndexReport {
    skipped = List.copyOf(skipped);
  }

  /**
   * A file that was not indexed, and why.
   *
   * @param file the file's path as given (or {@code memory:} and the source of a page held in memory)
   * @param reason one line for people
   */
  public record Skipped(String file, String reason) {}

  /**
   * Characters of page text processed per second of the run.
   *
   * @return the rate, 0 for a run that took no time
   */
  public double charsPerSecond() {
    double seconds = took.toNanos() / 1e9;
    return seconds <= 0 ? 0 : chars / seconds;
  }

  /**
   * One line for people: pages, files, events, time and throughput.
   *
   * @return the line
   */
  public String summary() {
    return String.format(java.util.Locale.ROOT,
        "indexed %d pages from %d files (%d unchanged, %d skipped), %d events, %d pruned, %d years inferred, %.1f s, %,d chars (%,.0f chars/s)",
        pages, files, unchanged, skipped.size(), events, pruned, yearsInferred, took.toMillis() / 1000.0, chars, charsPerSecond());
  }
}
