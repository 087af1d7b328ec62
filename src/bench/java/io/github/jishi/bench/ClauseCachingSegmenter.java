package io.github.jishi.bench;

import io.github.jishi.nlp.Segmenter;
import io.github.jishi.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Segments clause by clause and remembers each clause's words, so that the million synthetic
 * events of the query benchmark, made of a few thousand distinct clauses, index in a minute
 * rather than in many.
 *
 * <p>Cutting at clause punctuation can, rarely, segment a word at a clause edge differently from
 * the whole sentence; for an index that only serves to time queries that does not matter. Never
 * used for the timed ingest.
 */
final class ClauseCachingSegmenter implements Segmenter {
  private static final int MAX_ENTRIES = 500_000;

  private final Segmenter inner;
  private final Map<String, List<Token>> cache = new ConcurrentHashMap<>();

  ClauseCachingSegmenter(Segmenter inner) {
    this.inner = inner;
  }

  @Override
  public List<Token> segment(String text) {
    List<Token> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isClauseEnd(text.charAt(i))) {
        add(text, start, i + 1, out);
        start = i + 1;
      }
    }
    add(text, start, text.length(), out);
    return out;
  }

  private void add(String text, int start, int end, List<Token> out) {
    if (start >= end) {
      return;
    }
    String clause = text.substring(start, end);
    List<Token> tokens = cache.get(clause);
    if (tokens == null) {
      tokens = inner.segment(clause);
      if (cache.size() >= MAX_ENTRIES) {
        cache.clear();
      }
      cache.put(clause, tokens);
    }
    for (Token t : tokens) {
      out.add(new Token(t.word(), t.pos(), t.start() + start, t.end() + start));
    }
  }

  private static boolean isClauseEnd(char c) {
    return c == '，' || c == '。' || c == '、' || c == '；' || c == '：' || c == '\n';
  }
}
