package io.github.jishi.internal.time;

import io.github.jishi.internal.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The words of the {@code time-words} vocabulary, looked up by position in a text. */
final class TimeWords {
  enum Kind { NOW, DAY, DAYPART, PART, UNIT }

  /** One word; {@code offset} is a day offset, {@code unit} the unit of a unit word. */
  record Word(String word, Kind kind, int offset, Counted.Unit unit) {}

  private static final TimeWords BUNDLED = new TimeWords(Lexicon.bundled());

  /** Words by their first character, longest first; null where no word starts. */
  private final Word[][] byFirst = new Word[Character.MAX_VALUE + 1][];
  /** The second character of each word of {@link #byFirst} (0 for a word of one), checked before the word is touched. */
  private final char[][] secondsByFirst = new char[Character.MAX_VALUE + 1][];
  /** Hashes of the first two characters of every word that is not a unit. */
  private final long[] pairs = new long[(1 << 16) / 64];

  private TimeWords(Lexicon lexicon) {
    Map<Character, List<Word>> lists = new HashMap<>();
    for (List<String> row : lexicon.rows("time-words")) {
      Kind kind = Kind.valueOf(row.get(1).toUpperCase(java.util.Locale.ROOT));
      String value = row.size() > 2 ? row.get(2) : "0";
      Word w = kind == Kind.UNIT
          ? new Word(row.get(0), kind, 0, Counted.Unit.valueOf(value))
          : new Word(row.get(0), kind, Integer.parseInt(value), null);
      lists.computeIfAbsent(w.word().charAt(0), c -> new ArrayList<>()).add(w);
      if (kind != Kind.UNIT) {
        int h = pair(w.word().charAt(0), w.word().charAt(1));
        pairs[h >>> 6] |= 1L << h;
      }
    }
    for (Map.Entry<Character, List<Word>> e : lists.entrySet()) {
      List<Word> words = e.getValue();
      words.sort(Comparator.comparingInt((Word w) -> w.word().length()).reversed());
      byFirst[e.getKey()] = words.toArray(new Word[0]);
      char[] seconds = new char[words.size()];
      for (int k = 0; k < seconds.length; k++) {
        String w = words.get(k).word();
        seconds[k] = w.length() > 1 ? w.charAt(1) : 0;
      }
      secondsByFirst[e.getKey()] = seconds;
    }
  }

  static TimeWords bundled() {
    return BUNDLED;
  }

  /** The characters a word other than a unit starts with: units are read only after a number. */
  List<Character> firstChars() {
    List<Character> out = new ArrayList<>();
    for (int c = 0; c < byFirst.length; c++) {
      if (byFirst[c] != null) {
        for (Word w : byFirst[c]) {
          if (w.kind() != Kind.UNIT) {
            out.add((char) c);
            break;
          }
        }
      }
    }
    return out;
  }

  /** A 16-bit hash of two characters. */
  static int pair(char first, char second) {
    return (first * 31 + second) & 0xFFFF;
  }

  /** Whether some name or word may start with these two characters. */
  boolean mayStart(char first, char second) {
    int h = TimeWords.pair(first, second);
    return (pairs[h >>> 6] & (1L << h)) != 0;
  }

  /** Every word but the units. */
  List<String> words() {
    List<String> out = new ArrayList<>();
    for (Word[] words : byFirst) {
      if (words != null) {
        for (Word w : words) {
          if (w.kind() != Kind.UNIT) {
            out.add(w.word());
          }
        }
      }
    }
    return out;
  }

  /** The longest word of any kind but a unit at {@code p}, or null. */
  Word at(char[] a, int p) {
    if (p + 1 >= a.length || !mayStart(a[p], a[p + 1])) {
      return null;
    }
    char[] seconds = secondsByFirst[a[p]];
    if (seconds == null) {
      return null;
    }
    char second = a[p + 1];
    Word[] words = null;
    for (int k = 0; k < seconds.length; k++) {
      if (seconds[k] == second) {
        if (words == null) {
          words = byFirst[a[p]];
        }
        Word w = words[k];
        if (w.kind() != Kind.UNIT && matches(a, p, w.word())) {
          return w;
        }
      }
    }
    return null;
  }

  /** The longest word of {@code kind} at {@code p}, or null. */
  Word at(char[] a, int p, Kind kind) {
    if (p < 0 || p >= a.length) {
      return null;
    }
    Word[] words = byFirst[a[p]];
    if (words == null) {
      return null;
    }
    for (Word w : words) {
      if (w.kind() == kind && matches(a, p, w.word())) {
        return w;
      }
    }
    return null;
  }

  static boolean matches(char[] a, int p, String w) {
    if (p + w.length() > a.length) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (a[p + k] != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
