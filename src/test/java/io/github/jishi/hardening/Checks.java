package io.github.jishi.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.jishi.JishiException;
import java.util.function.Supplier;

/** Assertions the hardening tests share. */
final class Checks {
  private Checks() {}

  /** The message is one line and names {@code name}, as every per-file error must. */
  static void assertOneLineNaming(String message, String name, String where) {
    assertNotNull(message, where + ": error without a message");
    assertFalse(message.chars().anyMatch(Checks::isLineBreak), where + ": message spans lines: " + message);
    assertTrue(message.contains(name), where + ": message does not name " + name + ": " + message);
  }

  /** Characters that end a line in Unicode (UAX #14 mandatory breaks), not only in Java. */
  static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  /**
   * Runs {@code action}; a {@link JishiException} is returned (the caller checks its message),
   * anything else thrown fails the test with {@code where} (which carries the seed).
   */
  static <T> Outcome<T> attempt(Supplier<T> action, String where) {
    try {
      return new Outcome<>(action.get(), null);
    } catch (JishiException e) {
      return new Outcome<>(null, e);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      fail(where + ": threw " + e, e);
      throw new AssertionError("unreachable");
    }
  }

  /** A value, or the one kind of error jishi may throw for bad input. */
  record Outcome<T>(T value, JishiException error) {
    boolean failed() {
      return error != null;
    }
  }
}
