package io.github.jishi;

/**
 * The one unchecked exception jishi throws for bad input or a broken index.
 *
 * <p>Its message is a single line that names what was wrong and with what value, so the CLI can
 * print it as is: {@code unknown city '杭洲' (did you mean 杭州?)}.
 */
public class JishiException extends RuntimeException {
  /**
   * An exception with a one-line message.
   *
   * @param message what was wrong, and with what value
   */
  public JishiException(String message) {
    super(message);
  }

  /**
   * An exception with a one-line message and its cause.
   *
   * @param message what was wrong, and with what value
   * @param cause what failed underneath
   */
  public JishiException(String message, Throwable cause) {
    super(message, cause);
  }
}
