package io.github.jishi.internal.time;

import io.github.jishi.internal.lexicon.Lexicon;
import io.github.jishi.time.DateSpan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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
  record Name(String word, RawTime.YearRule rule, boolean alone) implements NameTable.Named {}

  private static final Festivals BUNDLED = new Festivals(Lexicon.bundled());

  private final NameTable<Name> names;
  private final Map<String, Integer> termDegrees = new HashMap<>();

  private Festivals(Lexicon lexicon) {
    List<Name> list = new ArrayList<>();
    for (List<String> row : lexicon.rows("solar-terms")) {
      termDegrees.put(row.get(0), Integer.parseInt(row.get(1)));
    }
    for (List<String> row : lexicon.rows("solar-terms")) {
      int degrees = Integer.parseInt(row.get(1));
      list.add(new Name(row.get(0), y -> Optional.of(DateSpan.day(SolarTerms.day(y, degrees))), "yes".equals(row.get(2))));
    }
    for (List<String> row : lexicon.rows("holidays")) {
      list.add(new Name(row.get(0), rule(row.get(1)), "yes".equals(row.get(2))));
    }
    names = new NameTable<>(list);
  }

  static Festivals bundled() {
    return BUNDLED;
  }

  /** The characters a name starts with: the scanner stops only at such characters. */
  List<Character> firstChars() {
    List<Character> out = new ArrayList<>();
    for (Name n : names.all()) {
      if (!out.contains(n.word().charAt(0))) {
        out.add(n.word().charAt(0));
      }
    }
    return out;
  }

  /** Every name. */
  List<String> names() {
    List<String> out = new ArrayList<>();
    for (Name n : names.all()) {
      out.add(n.word());
    }
    return out;
  }

  /** The longest name at {@code p} of {@code a}, or null. */
  Name at(char[] a, int p) {
    return names.at(a, p, 1);
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
