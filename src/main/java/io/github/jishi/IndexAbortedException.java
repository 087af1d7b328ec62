package io.github.jishi;

import java.util.List;

/**
 * An indexing run that stopped because the index could not be written (the disk is full, the
 * folder became unwritable): the index keeps its last commit, and {@link #notIndexed()} lists every
 * file of the run that the kept index does not hold in its current content, so the caller can say
 * what was lost. Running again when the cause is gone indexes them (unchanged files are skipped).
 */
public class IndexAbortedException extends JishiException {
  /** The files the kept index does not hold. */
  private final List<String> notIndexed;
  /** The files left out for a reason of their own. */
  private final List<IndexReport.Skipped> skipped;

  /**
   * An aborted run.
   *
   * @param message why, in one line ({@code no space left on device while writing index DIR; ...})
   * @param notIndexed the files (as given) the run did not get into the kept index, in run order
   * @param skipped the files left out for a reason of their own before the run stopped
   * @param cause what failed underneath
   */
  public IndexAbortedException(String message, List<String> notIndexed, List<IndexReport.Skipped> skipped, Throwable cause) {
    super(message, cause);
    this.notIndexed = List.copyOf(notIndexed);
    this.skipped = List.copyOf(skipped);
  }

  /**
   * The files the index does not hold after the run, as given (or {@code memory:} and a page's source).
   *
   * @return the files, in the order of the run
   */
  public List<String> notIndexed() {
    return notIndexed;
  }

  /**
   * The files and records left out for a reason of their own (unreadable, bad JSON) before the run stopped.
   *
   * @return the skipped files with their reasons
   */
  public List<IndexReport.Skipped> skipped() {
    return skipped;
  }
}
