package io.github.jishi.internal.time;

import io.github.jishi.time.DateSpan;
import io.github.jishi.time.Precision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** The rules of expressions counted from the reference: offsets, windows, weeks and weekdays, clock times. */
final class Counted {
  /** Units of an offset; {@code months} is how many months one is, 0 for shorter units. */
  enum Unit {
    SECOND(ChronoUnit.SECONDS),
    MINUTE(ChronoUnit.MINUTES),
    HOUR(ChronoUnit.HOURS),
    DAY(ChronoUnit.DAYS),
    WEEK(ChronoUnit.WEEKS),
    MONTH(ChronoUnit.MONTHS),
    QUARTER(null),
    YEAR(ChronoUnit.YEARS);

    final ChronoUnit chrono;

    Unit(ChronoUnit chrono) {
      this.chrono = chrono;
    }

    boolean subDay() {
      return compareTo(DAY) < 0;
    }
  }

  private Counted() {}

  /** How precise a span of these days is, by its length. */
  static Precision precisionOf(LocalDate first, LocalDate last) {
    long days = last.toEpochDay() - first.toEpochDay() + 1;
    if (days <= 1) {
      return Precision.DAY;
    }
    if (days <= 10) {
      return Precision.WEEK;
    }
    if (days <= 31) {
      return Precision.MONTH;
    }
    if (days <= 92) {
      return Precision.QUARTER;
    }
    if (days <= 184) {
      return Precision.HALF;
    }
    return days <= 366 ? Precision.YEAR : Precision.MULTI_YEAR;
  }

  static DateSpan span(LocalDate first, LocalDate last) {
    return new DateSpan(first, last, precisionOf(first, last));
  }

  /** The first day of the unit holding {@code day}. */
  private static LocalDate unitStart(LocalDate day, Unit u) {
    return switch (u) {
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> YearMonth.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1).atDay(1);
      case YEAR -> day.withDayOfYear(1);
      default -> day;
    };
  }

  private static LocalDate plus(LocalDate day, Unit u, long n) {
    return switch (u) {
      case DAY -> day.plusDays(n);
      case WEEK -> day.plusWeeks(n);
      case MONTH -> day.plusMonths(n);
      case QUARTER -> day.plusMonths(3 * n);
      case YEAR -> day.plusYears(n);
      default -> day.plus(n, u.chrono);
    };
  }

  /**
   * The whole units next to the reference's own unit: {@code after} the {@code n} units after it
   * ({@code 下三个月}, {@code 三天后}), else the {@code n} before it ({@code 上两周}, {@code 两年前}).
   * Units shorter than a day count from the reference time when known, else stay on its day.
   */
  static RawTime.RefRule units(Unit u, int n, boolean after) {
    return (day, time) -> {
      if (u.subDay()) {
        if (time == null) {
          return Optional.of(DateSpan.day(day));
        }
        LocalDateTime at = day.atTime(time);
        LocalDateTime other = after ? at.plus(n, u.chrono) : at.minus(n, u.chrono);
        return Optional.of(after ? span(day, other.toLocalDate()) : span(other.toLocalDate(), day));
      }
      LocalDate start = unitStart(day, u);
      if (after) {
        return Optional.of(span(plus(start, u, 1), plus(start, u, n + 1L).minusDays(1)));
      }
      return Optional.of(span(plus(start, u, -n), start.minusDays(1)));
    };
  }

  /**
   * An amount that does not fill whole units ({@code 三个半月后}, {@code 一年半前}): the days from
   * the reference to the point that far away, the reference's own day left out.
   */
  static RawTime.RefRule partial(Unit u, int n, Unit halfUnit, int halfAmount, boolean after) {
    return (day, time) -> {
      if (u.subDay()) {
        return units(u, n, after).from(day, time);
      }
      int sign = after ? 1 : -1;
      LocalDateTime at = day.atTime(time != null ? time : LocalTime.NOON);
      at = u == Unit.QUARTER ? at.plusMonths(3L * sign * n) : at.plus(sign * (long) n, u.chrono);
      LocalDate point = at.plus(sign * (long) halfAmount, halfUnit.chrono).toLocalDate();
      if (point.equals(day)) {
        return Optional.of(DateSpan.day(day));
      }
      return Optional.of(after ? span(day.plusDays(1), point) : span(point, day.minusDays(1)));
    };
  }

  /** A rolling window ending on the reference ({@code 近两周}, {@code 过去六个月}, {@code 三年来}) or starting on it ({@code 未来三年}). */
  static RawTime.RefRule window(Unit u, int n, boolean future) {
    return (day, time) -> {
      if (u.subDay()) {
        return units(u, n, future).from(day, time).map(s -> future ? span(day, s.end()) : span(s.start(), day));
      }
      if (future) {
        return Optional.of(span(day, plus(day, u, n).minusDays(1)));
      }
      return Optional.of(span(plus(day, u, -n).plusDays(1), day));
    };
  }

  /** The reference's day moved by {@code days}: {@code 后天}, {@code 今晚}, a clock time alone. */
  static RawTime.RefRule day(int days) {
    return (day, time) -> Optional.of(DateSpan.day(day.plusDays(days)));
  }

  /** Day {@code weekday} (0 Monday .. 6 Sunday) of the week {@code weeks} from the reference's. */
  static RawTime.RefRule weekday(int weeks, int weekday) {
    return (day, time) -> Optional.of(DateSpan.day(unitStart(day, Unit.WEEK).plusWeeks(weeks).plusDays(weekday)));
  }

  /** Days {@code first} to {@code last} (0 Monday .. 6 Sunday) of the week {@code weeks} from the reference's. */
  static RawTime.RefRule weekdays(int weeks, int first, int last) {
    return (day, time) -> {
      LocalDate monday = unitStart(day, Unit.WEEK).plusWeeks(weeks);
      return Optional.of(span(monday.plusDays(first), monday.plusDays(last)));
    };
  }

  /**
   * A weekday named alone ({@code 周五}, {@code 星期一}): the next such day, the reference's own day
   * included.
   */
  static RawTime.RefRule nextWeekday(int weekday) {
    return (day, time) -> {
      int ahead = Math.floorMod(weekday - (day.getDayOfWeek().getValue() - 1), 7);
      return Optional.of(DateSpan.day(day.plusDays(ahead)));
    };
  }

  /** The week {@code weeks} from the reference's, Monday to Sunday. */
  static RawTime.RefRule week(int weeks) {
    return (day, time) -> {
      LocalDate monday = unitStart(day, Unit.WEEK).plusWeeks(weeks);
      return Optional.of(new DateSpan(monday, monday.plusDays(6), Precision.WEEK));
    };
  }

  /** The weekend of the week {@code weeks} from the reference's: it starts on Friday evening, so Friday to Sunday. */
  static RawTime.RefRule weekend(int weeks) {
    return (day, time) -> {
      LocalDate friday = unitStart(day, Unit.WEEK).plusWeeks(weeks).plusDays(4);
      return Optional.of(new DateSpan(friday, friday.plusDays(2), Precision.WEEK));
    };
  }

  /** The quarter {@code quarters} from the reference's. */
  static RawTime.RefRule quarter(int quarters) {
    return (day, time) -> {
      LocalDate first = unitStart(day, Unit.QUARTER).plusMonths(3L * quarters);
      return Optional.of(new DateSpan(first, first.plusMonths(3).minusDays(1), Precision.QUARTER));
    };
  }

  /** The first or last month of the quarter {@code quarters} from the reference's ({@code 上季度末}). */
  static RawTime.RefRule quarterMonth(int quarters, boolean last) {
    return (day, time) -> {
      LocalDate first = unitStart(day, Unit.QUARTER).plusMonths(3L * quarters + (last ? 2 : 0));
      return Optional.of(new DateSpan(first, first.plusMonths(1).minusDays(1), Precision.MONTH));
    };
  }

  /** A clock time with no day of its own: the reference's day. */
  static RawTime.RefRule clock() {
    return day(0);
  }

  /** For a rule whose reference is unknown: its precision on an arbitrary day. */
  static Precision precisionOf(RawTime.RefRule rule) {
    return rule.from(LocalDate.of(2001, 1, 15), LocalTime.NOON).map(DateSpan::precision).orElse(Precision.DAY);
  }
}
