package io.github.jishi.cli;

/** Every exit code of the CLI, in one place. */
final class ExitCodes {
  static final int OK = 0;
  /**
   * a runtime error: an unknown city, a bad date, a missing or foreign index, files that could not be
   * indexed (the run indexes the rest, then exits with this code)
   */
  static final int BAD_INPUT = 1;
  /** the command line itself was wrong: an unknown command or option, a bad option value */
  static final int USAGE = 2;
  /** a bug: reported on one line, with the detail only under JISHI_DEBUG */
  static final int INTERNAL = 3;
  /** the output could not be written (a full disk, a closed pipe, {@code > /dev/full}) */
  static final int OUTPUT_FAILED = 4;

  private ExitCodes() {}
}
