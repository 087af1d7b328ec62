package io.github.jishi.internal.nlp;

import io.github.jishi.nlp.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes known names of some length single tokens even where HanLP's own word boundaries cut
 * through them ({@code 联合国/家药监局} → {@code 联合/国家药监局}).
 *
 * <p>HanLP merges a custom word only along its own boundaries. For short names that is right
 * ({@code 杭州/市区} must not become {@code 杭州市/区}); long names are specific enough to win, and
 * the cut-off rest of a word they overlap becomes a token of unknown tag {@code x}.
 */
final class WholeWordMerger {
  private final Map<String, List<String>> byFirstTwo = new HashMap<>();
  /** Characters some long name starts with: most positions of a text are ruled out by one look-up. */
  private final BitSet firstChars = new BitSet(Character.MAX_VALUE + 1);
  private final Map<String, String> pos;

  WholeWordMerger(Map<String, String> words, int minLength) {
    this.pos = Map.copyOf(words);
    for (String w : words.keySet()) {
      if (w.length() >= minLength && w.length() >= 2) {
        byFirstTwo.computeIfAbsent(w.substring(0, 2), k -> new ArrayList<>()).add(w);
        firstChars.set(w.charAt(0));
      }
    }
    for (List<String> list : byFirstTwo.values()) {
      list.sort(Comparator.comparingInt(String::length).reversed());
    }
  }

  /** {@code tokens} (tiling {@code text[from, to)}) with every long known name there as one token. */
  List<Token> apply(String text, int from, int to, List<Token> tokens) {
    if (byFirstTwo.isEmpty()) {
      return tokens;
    }
    List<Token> out = tokens;
    int i = from;
    while (i < to - 1) {
      String word = longestAt(text, i, to);
      if (word == null) {
        i++;
        continue;
      }
      out = force(text, out, i, i + word.length(), pos.get(word));
      i += word.length();
    }
    return out;
  }

  private String longestAt(String text, int i, int to) {
    if (!firstChars.get(text.charAt(i))) {
      return null;
    }
    List<String> candidates = byFirstTwo.get(text.substring(i, i + 2));
    if (candidates != null) {
      for (String w : candidates) {
        if (i + w.length() <= to && text.startsWith(w, i)) {
          return w;
        }
      }
    }
    return null;
  }

  /** Makes {@code [start, end)} one token unless a single token already covers it. */
  private static List<Token> force(String text, List<Token> tokens, int start, int end, String tag) {
    int first = -1;
    int last = -1;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.end() > start && t.start() < end) {
        if (first < 0) {
          first = k;
        }
        last = k;
      }
    }
    if (first < 0) {
      return tokens;
    }
    Token a = tokens.get(first);
    Token b = tokens.get(last);
    if (first == last && a.start() <= start && a.end() >= end) {
      return tokens;
    }
    List<Token> out = new ArrayList<>(tokens.size() + 2);
    out.addAll(tokens.subList(0, first));
    if (a.start() < start) {
      out.add(new Token(text.substring(a.start(), start), "x", a.start(), start));
    }
    out.add(new Token(text.substring(start, end), tag, start, end));
    if (b.end() > end) {
      out.add(new Token(text.substring(end, b.end()), "x", end, b.end()));
    }
    out.addAll(tokens.subList(last + 1, tokens.size()));
    return out;
  }
}
