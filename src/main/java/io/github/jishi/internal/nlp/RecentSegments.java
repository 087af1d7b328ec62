package io.github.jishi.internal.nlp;

import io.github.jishi.nlp.Segmenter;
import io.github.jishi.nlp.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers, per thread, how the texts segmented since the last {@link #forget()} were cut.
 *
 * <p>Indexing segments each sentence of a page, then analyzes the evidence of that page's events
 * for the full-text field on the same thread: those are the same sentences. Forgetting at each
 * new page keeps one page's work from being served to another.
 */
public final class RecentSegments implements Segmenter {
  private final Segmenter delegate;
  private final ThreadLocal<Map<String, List<Token>>> seen;

  /**
   * @param capacity how many texts to remember per thread, least recently used dropped first
   */
  public RecentSegments(Segmenter delegate, int capacity) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.seen = ThreadLocal.withInitial(() -> new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, List<Token>> eldest) {
        return size() > capacity;
      }
    });
  }

  @Override
  public List<Token> segment(String text) {
    Map<String, List<Token>> memo = seen.get();
    List<Token> tokens = memo.get(text);
    if (tokens == null) {
      tokens = List.copyOf(delegate.segment(text));
      memo.put(text, tokens);
    }
    return tokens;
  }

  /** Forgets what this thread segmented so far. */
  public void forget() {
    seen.get().clear();
  }
}
