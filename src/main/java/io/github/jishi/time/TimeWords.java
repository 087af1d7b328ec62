package io.github.jishi.time;

import io.github.jishi.lexicon.Lexicon;
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

  private final Map<Character, List<Word>> byFirst = new HashMap<>();

  private TimeWords(Lexicon lexicon) {
    for (List<String> row : lexicon.rows("time-words")) {
      Kind kind = Kind.valueOf(row.get(1).toUpperCase(java.util.Locale.ROOT));
      String value = row.size() > 2 ? row.get(2) : "0";
      Word w = kind == Kind.UNIT
          ? new Word(row.get(0), kind, 0, Counted.Unit.valueOf(value))
          : new Word(row.get(0), kind, Integer.parseInt(value), null);
      byFirst.computeIfAbsent(w.word().charAt(0), c -> new ArrayList<>()).add(w);
    }
    for (List<Word> words : byFirst.values()) {
      words.sort(Comparator.comparingInt((Word w) -> w.word().length()).reversed());
    }
  }

  static TimeWords bundled() {
    return BUNDLED;
  }

  Iterable<Character> firstChars() {
    return byFirst.keySet();
  }

  /** The longest word of {@code kind} at {@code p}, or null. */
  Word at(char[] a, int p, Kind kind) {
    if (p < 0 || p >= a.length) {
      return null;
    }
    List<Word> words = byFirst.get(a[p]);
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
