package io.github.jishi;

/** Hears how an indexing run progresses; called from worker threads. */
@FunctionalInterface
public interface IndexListener {
  IndexListener NONE = (done, total, file) -> {};

  /** {@code done} of {@code total} files are finished, the latest being {@code file}. */
  void fileDone(int done, int total, String file);
}
