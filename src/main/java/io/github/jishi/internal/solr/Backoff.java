package io.github.jishi.internal.solr;

import io.github.jishi.JishiException;
import java.time.Duration;
import java.util.Objects;

/**
 * How a push retries a batch Solr refused for a passing reason: {@code attempts} tries in all,
 * waiting {@code first}, then twice as long each time. The sleeper is injected so tests never wait.
 *
 * <pre>{@code
 * Backoff b = Backoff.of(5, Duration.ofMillis(500));
 * }</pre>
 */
public record Backoff(int attempts, Duration first, Sleeper sleeper) {
  /** Waits; {@link Thread#sleep} in production. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  public Backoff {
    if (attempts < 1) {
      throw new JishiException("attempts must be at least 1, got " + attempts);
    }
    Objects.requireNonNull(first, "first");
    if (first.isNegative()) {
      throw new JishiException("first backoff must not be negative, got " + first);
    }
    Objects.requireNonNull(sleeper, "sleeper");
  }

  /** {@code attempts} tries, sleeping for real. */
  public static Backoff of(int attempts, Duration first) {
    return new Backoff(attempts, first, d -> Thread.sleep(d.toMillis()));
  }

  /** Five tries over about 15 seconds: long enough for a replica's leader to be re-elected. */
  public static Backoff standard() {
    return of(5, Duration.ofSeconds(1));
  }

  /** The wait before try {@code attempt} (2 for the first retry). */
  Duration before(int attempt) {
    return first.multipliedBy(1L << Math.min(20, attempt - 2));
  }
}
