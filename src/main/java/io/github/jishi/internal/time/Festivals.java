package io.github.jishi.internal.time;

import io.github.jishi.internal.lexicon.Lexicon;
import io.github.jishi.time.DateSpan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Named days read from the lexicon: festivals and commemorative days ({@code holidays}) and the
 * 24 solar terms ({@code solar-terms}), each with the rule that places it in a Gregorian year.
 */
final class Festivals {
  /** A named day: {@code alone} when the name needs no year or time word beside it to be a date. */
  record Name(String word, RawTime.YearRule rule, boolean alone) {}

  private static final Festivals BUNDLED = new Festivals(Lexicon.bundled());

  /** Names by their first character, longest first, so the longest name wins at a position. */
  private final Map<Character, List<Name>> lists = new HashMap<>();
  private final Name[][] byFirst = new Name[Character.MAX_VALUE + 1][];
  /**
   * The second character of each name of {@link #byFirst}, in the same order: a position is
   * checked against these few characters before any name is touched, which keeps a miss cheap
   * when the tables are out of the cache (国家 before 国家宪法日).
   */
  private final char[][] secondsByFirst = new char[Character.MAX_VALUE + 1][];
  /** Hashes of the first two characters of every name: most positions are ruled out by one look. */
  private final long[] pairs = new long[(1 << 16) / 64];
  private final Map<String, Integer> termDegrees = new HashMap<>();

  private Festivals(Lexicon lexicon) {
    for (List<String> row : lexicon.rows("solar-terms")) {
      termDegrees.put(row.get(0), Integer.parseInt(row.get(1)));
    }
    for (List<String> row : lexicon.rows("solar-terms")) {
      int degrees = Integer.parseInt(row.get(1));
      add(new Name(row.get(0), y -> Optional.of(DateSpan.day(SolarTerms.day(y, degrees))), "yes".equals(row.get(2))));
    }
    for (List<String> row : lexicon.rows("holidays")) {
      add(new Name(row.get(0), rule(row.get(1)), "yes".equals(row.get(2))));
    }
    for (Map.Entry<Character, List<Name>> e : lists.entrySet()) {
      List<Name> names = e.getValue();
      names.sort(Comparator.comparingInt((Name n) -> n.word().length()).reversed());
      byFirst[e.getKey()] = names.toArray(new Name[0]);
      char[] seconds = new char[names.size()];
      for (int k = 0; k < seconds.length; k++) {
        seconds[k] = names.get(k).word().charAt(1);
      }
      secondsByFirst[e.getKey()] = seconds;
    }
  }

  static Festivals bundled() {
    return BUNDLED;
  }

  private void add(Name name) {
    lists.computeIfAbsent(name.word().charAt(0), c -> new ArrayList<>()).add(name);
    int h = TimeWords.pair(name.word().charAt(0), name.word().charAt(1));
    pairs[h >>> 6] |= 1L << h;
  }

  /** Whether a name may start with {@code c}: the scanner stops only at such characters. */
  boolean firstChar(char c) {
    return byFirst[c] != null;
  }

  /** Every name. */
  List<String> names() {
    List<String> out = new ArrayList<>();
    for (List<Name> names : lists.values()) {
      for (Name name : names) {
        out.add(name.word());
      }
    }
    return out;
  }

  Iterable<Character> firstChars() {
    return lists.keySet();
  }

  /** Whether some name or word may start with these two characters. */
  boolean mayStart(char first, char second) {
    int h = TimeWords.pair(first, second);
    return (pairs[h >>> 6] & (1L << h)) != 0;
  }

  /** The longest name at {@code p} of {@code a}, or null. */
  Name at(char[] a, int p) {
    if (p + 1 >= a.length || !mayStart(a[p], a[p + 1])) {
      return null;
    }
    char[] seconds = secondsByFirst[a[p]];
    if (seconds == null) {
      return null;
    }
    char second = a[p + 1];
    Name[] names = null;
    for (int k = 0; k < seconds.length; k++) {
      if (seconds[k] == second) {
        if (names == null) {
          names = byFirst[a[p]];
        }
        if (TimeWords.matches(a, p, names[k].word())) {
          return names[k];
        }
      }
    }
    return null;
  }

  private RawTime.YearRule rule(String spec) {
    String[] f = spec.trim().split(" ");
    int shift = 0;
    int last = f.length;
    if (f[last - 1].startsWith("+") || f[last - 1].startsWith("-")) {
      shift = Integer.parseInt(f[last - 1]);
      last--;
    }
    RawTime.YearRule base;
    switch (f[0]) {
      case "G" -> {
        int month = Integer.parseInt(f[1].substring(0, 2));
        int day = Integer.parseInt(f[1].substring(3));
        base = y -> Optional.of(DateSpan.day(LocalDate.of(y, month, day)));
      }
      case "L" -> {
        int month = Integer.parseInt(f[1].substring(0, 2));
        int day = Integer.parseInt(f[1].substring(3));
        base = y -> LunarCalendar.day(y, month, false, day).map(DateSpan::day);
      }
      case "T" -> {
        Integer degrees = termDegrees.get(f[1]);
        if (degrees == null) {
          throw new IllegalStateException("holidays: unknown solar term " + f[1]);
        }
        base = y -> Optional.of(DateSpan.day(SolarTerms.day(y, degrees)));
      }
      case "W" -> {
        int month = Integer.parseInt(f[1]);
        int nth = Integer.parseInt(f[2]);
        DayOfWeek dow = DayOfWeek.of(Integer.parseInt(f[3]));
        base = y -> Optional.of(DateSpan.day(nthWeekday(y, month, nth, dow)));
      }
      default -> throw new IllegalStateException("holidays: bad rule " + spec);
    }
    if (last != (f[0].equals("W") ? 4 : 2)) {
      throw new IllegalStateException("holidays: bad rule " + spec);
    }
    int days = shift;
    return days == 0 ? base : y -> base.inYear(y).map(s -> DateSpan.day(s.start().plusDays(days)));
  }

  /** The {@code nth} {@code dow} of {@code month} in {@code year}; -1 for the last. */
  static LocalDate nthWeekday(int year, int month, int nth, DayOfWeek dow) {
    LocalDate first = LocalDate.of(year, month, 1);
    if (nth < 0) {
      return first.with(TemporalAdjusters.lastInMonth(dow));
    }
    return first.with(TemporalAdjusters.dayOfWeekInMonth(nth, dow));
  }
}
