package io.github.jishi.cli;

/** Every exit code of the CLI, in one place. */
final class ExitCodes {
  static final int OK = 0;
  /** bad input: an unknown city, a bad date, a missing index, an unreadable file */
  static final int BAD_INPUT = 1;
  /** the command line itself was wrong */
  static final int USAGE = 2;
  /** a bug: reported on one line, with the detail only under JISHI_DEBUG */
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
