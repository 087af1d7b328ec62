package io.github.jishi;

/**
 * Hears how an indexing run progresses; called from worker threads, so it must be thread-safe.
 *
 * @see IndexSettings.Builder#listener(IndexListener)
 */
@FunctionalInterface
public interface IndexListener {
  /** Hears nothing. */
  IndexListener NONE = (done, total, file) -> {};

  /**
   * One more file (or page held in memory) is finished, indexed or skipped.
   *
   * @param done how many are finished so far
   * @param total how many the run has
   * @param file the one just finished: its path as given, or the source of a page held in memory
   *     after {@code memory:}
   */
  void fileDone(int done, int total, String file);
}
