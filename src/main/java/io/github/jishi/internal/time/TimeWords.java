package io.github.jishi.internal.time;

import io.github.jishi.internal.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;

/** The words of the {@code time-words} vocabulary, looked up by position in a text. */
final class TimeWords {
  enum Kind { NOW, DAY, DAYPART, YEAR, PART, UNIT, ANCHORED }

  /** One word; {@code offset} is a day offset (a year offset for a year), {@code unit} the unit of a unit word. */
  record Word(String word, Kind kind, int offset, Counted.Unit unit) implements NameTable.Named {}

  /** Units are read only after a number: the kinds of every other word, which opens an expression, a bit each. */
  private static final int OPENS = ~kindBit(Kind.UNIT);

  private static final TimeWords BUNDLED = new TimeWords(Lexicon.bundled());

  private final NameTable<Word> words;

  private TimeWords(Lexicon lexicon) {
    List<Word> list = new ArrayList<>();
    for (List<String> row : lexicon.rows("time-words")) {
      Kind kind = Kind.valueOf(row.get(1).toUpperCase(java.util.Locale.ROOT));
      String value = row.size() > 2 ? row.get(2) : "0";
      list.add(kind == Kind.UNIT
          ? new Word(row.get(0), kind, 0, Counted.Unit.valueOf(value))
          : new Word(row.get(0), kind, Integer.parseInt(value), null));
    }
    words = new NameTable<>(list, w -> kindBit(w.kind()));
  }

  private static int kindBit(Kind kind) {
    return 1 << kind.ordinal();
  }

  private static boolean opens(Word w) {
    return (kindBit(w.kind()) & OPENS) != 0;
  }

  static TimeWords bundled() {
    return BUNDLED;
  }

  /** The characters a word other than a unit starts with, in character order. */
  List<Character> firstChars() {
    List<Character> out = new ArrayList<>();
    for (Word w : words.all()) {
      char c = w.word().charAt(0);
      if (opens(w) && !out.contains(c)) {
        out.add(c);
      }
    }
    out.sort(null);
    return out;
  }

  /** Every word but the units. */
  List<String> words() {
    List<String> out = new ArrayList<>();
    for (Word w : words.all()) {
      if (opens(w)) {
        out.add(w.word());
      }
    }
    return out;
  }

  /** The longest word of any kind but a unit at {@code p}, or null. */
  Word at(char[] a, int p) {
    return words.at(a, p, OPENS);
  }

  /** The longest word of {@code kind} at {@code p}, or null. */
  Word at(char[] a, int p, Kind kind) {
    return words.at(a, p, kindBit(kind));
  }
}
