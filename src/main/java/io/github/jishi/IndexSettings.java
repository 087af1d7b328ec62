package io.github.jishi;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How one indexing run goes: whether to prune, who hears the progress, how many threads work.
 *
 * <p>Immutable; {@link #DEFAULTS} prunes nothing, reports to nobody and uses the threads of the
 * {@link Jishi} instance. Build others fluently:
 *
 * <pre>{@code
 * IndexSettings settings = IndexSettings.builder()
 *     .prune(true)
 *     .listener((done, total, file) -> System.err.println(done + "/" + total + " " + file))
 *     .threads(2)
 *     .build();
 * }</pre>
 */
public final class IndexSettings {
  /** No pruning, no listener, the instance's threads. */
  public static final IndexSettings DEFAULTS = builder().build();

  private final boolean prune;
  private final IndexListener listener;
  private final OptionalInt threads;

  private IndexSettings(Builder b) {
    this.prune = b.prune;
    this.listener = b.listener;
    this.threads = b.threads;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from these settings.
   *
   * @return a new builder holding these settings
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.prune = prune;
    b.listener = listener;
    b.threads = threads;
    return b;
  }

  /**
   * Whether the run also drops indexed files that no longer exist. Pages indexed from memory
   * ({@link Jishi#indexDocuments}) are never pruned.
   *
   * @return true to prune
   */
  public boolean prune() {
    return prune;
  }

  /**
   * Who hears each finished file or document; called from worker threads.
   *
   * @return the listener, {@link IndexListener#NONE} by default
   */
  public IndexListener listener() {
    return listener;
  }

  /**
   * Worker threads for this run; empty for the {@link Jishi.Builder#threads(int) instance's} count.
   *
   * @return the thread count, if set
   */
  public OptionalInt threads() {
    return threads;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndexSettings s && s.prune == prune && s.listener.equals(listener) && s.threads.equals(threads);
  }

  @Override
  public int hashCode() {
    return Objects.hash(prune, listener, threads);
  }

  @Override
  public String toString() {
    return "IndexSettings[prune=" + prune + ", threads=" + (threads.isPresent() ? threads.getAsInt() : "default") + "]";
  }

  /** Fluent builder of {@link IndexSettings}; every setter checks its argument. */
  public static final class Builder {
    private boolean prune;
    private IndexListener listener = IndexListener.NONE;
    private OptionalInt threads = OptionalInt.empty();

    private Builder() {}

    /**
     * Also drop indexed files that no longer exist.
     *
     * @param prune true to prune
     * @return this builder
     */
    public Builder prune(boolean prune) {
      this.prune = prune;
      return this;
    }

    /**
     * Hears each finished file or document.
     *
     * @param listener the listener, called from worker threads
     * @return this builder
     */
    public Builder listener(IndexListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Worker threads for this run.
     *
     * @param threads at least 1
     * @return this builder
     * @throws JishiException when {@code threads} is below 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new JishiException("threads must be at least 1, got " + threads);
      }
      this.threads = OptionalInt.of(threads);
      return this;
    }

    /**
     * The settings.
     *
     * @return an immutable value
     */
    public IndexSettings build() {
      return new IndexSettings(this);
    }
  }
}
