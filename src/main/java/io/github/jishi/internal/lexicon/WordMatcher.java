package io.github.jishi.internal.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the words of a vocabulary in text, leftmost first and longest at a position, as a regular
 * expression alternation of the words sorted longest first would, without trying every word at
 * every position: one bit per character says whether any word starts with it, and only the words
 * that start with the character at hand are compared.
 *
 * <pre>{@code
 * WordMatcher verbs = WordMatcher.of(List.of("揭牌", "揭牌成立"));
 * verbs.find("昨日揭牌成立。", 0); // [2, 6)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WordMatcher {
  private static final String[] NONE = new String[0];

  /** One bit per character that starts a word: most characters of a text start none, and cost one read. */
  private final long[] starts = new long[(Character.MAX_VALUE + 1) >>> 6];
  /** An open-addressing table from a first character to its words, longest first. */
  private final char[] keys;
  private final String[][] byFirst;
  private final int mask;

  private WordMatcher(Map<Character, String[]> grouped) {
    int size = Integer.highestOneBit(Math.max(1, grouped.size()) * 2) * 2;
    keys = new char[size];
    byFirst = new String[size][];
    mask = size - 1;
    grouped.forEach((c, words) -> {
      char k = c;
      starts[k >>> 6] |= 1L << k;
      int slot = k & mask;
      while (byFirst[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = k;
      byFirst[slot] = words;
    });
  }

  /** A matcher of {@code words} (empty words are ignored). */
  public static WordMatcher of(Collection<String> words) {
    Objects.requireNonNull(words, "words");
    Map<Character, List<String>> grouped = new HashMap<>();
    for (String w : new LinkedHashSet<>(words)) {
      if (!w.isEmpty()) {
        grouped.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
      }
    }
    Map<Character, String[]> byFirst = new HashMap<>();
    grouped.forEach((c, list) -> {
      String[] sorted = list.toArray(NONE);
      Arrays.sort(sorted, Comparator.comparingInt(String::length).reversed());
      byFirst.put(c, sorted);
    });
    return new WordMatcher(byFirst);
  }

  /** Whether some word starts with {@code c}. */
  public boolean startsWord(char c) {
    return (starts[c >>> 6] & (1L << c)) != 0;
  }

  /** The words starting with {@code c}, longest first; null when none does. */
  private String[] wordsStartingWith(char c) {
    if ((starts[c >>> 6] & (1L << c)) == 0) {
      return null;
    }
    int slot = c & mask;
    while (keys[slot] != c) {
      slot = (slot + 1) & mask;
    }
    return byFirst[slot];
  }

  /** A match: the word and where it stands. */
  public record Match(String word, int start, int end) {}

  /** The longest word starting at {@code at}, or null. */
  public String wordAt(CharSequence text, int at) {
    String[] candidates = wordsStartingWith(text.charAt(at));
    if (candidates == null) {
      return null;
    }
    int left = text.length() - at;
    for (String w : candidates) {
      if (w.length() <= left && regionEquals(text, at, w)) {
        return w;
      }
    }
    return null;
  }

  /** The first match at or after {@code from}, or null. */
  public Match find(CharSequence text, int from) {
    for (int i = Math.max(0, from), n = text.length(); i < n; i++) {
      if (!startsWord(text.charAt(i))) {
        continue;
      }
      String w = wordAt(text, i);
      if (w != null) {
        return new Match(w, i, i + w.length());
      }
    }
    return null;
  }

  /** Every match, left to right, none overlapping the one before. */
  public List<Match> findAll(CharSequence text) {
    List<Match> out = new ArrayList<>();
    for (Match m = find(text, 0); m != null; m = find(text, m.end())) {
      out.add(m);
    }
    return out;
  }

  /** Whether any word occurs in {@code text}. */
  public boolean any(CharSequence text) {
    return find(text, 0) != null;
  }

  private static boolean regionEquals(CharSequence text, int at, String w) {
    for (int k = 1; k < w.length(); k++) {
      if (text.charAt(at + k) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
