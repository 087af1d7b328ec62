package io.github.jishi;

/**
 * Hears how an indexing run progresses; called from worker threads, so it must be thread-safe.
 *
 * <p>{@link #pageDone} tells progress inside a file, page by page (a JSON Lines file of thousands of
 * records moves as they are read), with the share of the file's bytes they stand for;
 * {@link #fileDone} tells when a whole file is finished.
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

  /**
   * One more page of a file is analyzed: a record of a JSON or JSON Lines file, or the one page of
   * any other file. Called for every page, in order within a file, before that file's
   * {@link #fileDone}; not called for files skipped as unchanged or unreadable. Does nothing unless
   * overridden.
   *
   * @param file the file, as {@link #fileDone} names it
   * @param pages how many of the file's pages are done
   * @param ofPages how many pages the file holds
   * @param bytes how many of the file's bytes those pages stand for (by their share of its text)
   * @param ofBytes the file's size in bytes ({@code bytes == ofBytes} at its last page)
   */
  default void pageDone(String file, int pages, int ofPages, long bytes, long ofBytes) {}
}
