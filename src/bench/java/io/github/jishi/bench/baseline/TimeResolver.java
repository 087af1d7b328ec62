package io.github.jishi.bench.baseline;

import io.github.jishi.bench.baseline.RawTime.Point;
import io.github.jishi.bench.baseline.RawTime.YearRef;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Gives scanned time expressions their days, from the text's own years, the document's context
 * year and the reference date, in that order; see {@link TimeParser} for the rules.
 */
final class TimeResolver {
  /** How far back {@code 近日}, {@code 日前} and {@code 近期} reach. */
  static final int RECENT_DAYS = 14;
  /** A year-less month-day later than this after the reference date is taken from the year before. */
  static final int MONTHS_AHEAD = 2;

  private TimeResolver() {}

  private record YearPick(int year, YearSource source) {}

  /** A resolved point; {@code span} and {@code year} are null when no year can be justified. */
  private record Resolved(DateSpan span, YearPick year, int month, MonthDay monthDay) {
    static Resolved unknown(int month, MonthDay monthDay) {
      return new Resolved(null, null, month, monthDay);
    }
  }

  static Optional<TimeExpression> resolve(RawTime r, String text, TimeContext ctx) {
    return switch (r.kind()) {
      case POINT -> point(r, text, ctx);
      case RANGE -> range(r, text, ctx);
      case RELATIVE_DAY -> relativeDay(r, text, ctx);
      case RELATIVE_WEEKDAY -> relativeWeekday(r, text, ctx);
      case RELATIVE_WEEK -> relativeWeek(r, text, ctx);
      case RECENT -> recent(r, text, ctx);
      case BARE_DAY -> bareDay(r, text, ctx);
    };
  }

  // ---------------------------------------------------------------- points and ranges

  private static Optional<TimeExpression> point(RawTime r, String text, TimeContext ctx) {
    return point(r, r.end(), text, ctx);
  }

  private static Optional<TimeExpression> point(RawTime r, int end, String text, TimeContext ctx) {
    Point p = r.from();
    Resolved res = resolvePoint(p, ctx, r.future(), null, 0);
    if (res == null) {
      return Optional.empty();
    }
    if (r.setsContext() && res.year() != null && res.year().source() == YearSource.STATED) {
      LocalDate ref = ctx.referenceOrNull();
      // A year after the reference date is a plan's target, not the year the page reports on.
      if (ref == null || res.year().year() <= ref.getYear()) {
        ctx.stateYear(res.year().year());
      }
    }
    noteMonth(res, ctx);
    return Optional.of(expression(text, r.start(), end, res.span(), precisionOf(p), res.monthDay(), res.year()));
  }

  private static Optional<TimeExpression> range(RawTime r, String text, TimeContext ctx) {
    Point f = r.from();
    Point t = r.to();
    Resolved fr = resolvePoint(f, ctx, r.future(), null, 0);
    if (fr == null) {
      return Optional.empty();
    }
    Precision precision = rangePrecision(f, t);
    if (fr.span() == null) {
      noteMonth(fr, ctx);
      return Optional.of(expression(text, r.start(), r.end(), null, precision, fr.monthDay(), null));
    }
    boolean inheritsYear = t.yearRef() == YearRef.NONE;
    YearPick given = inheritsYear ? fr.year() : null;
    Resolved tr = resolvePoint(t, ctx, r.future(), given, fr.month());
    if (tr != null && tr.span() != null && inheritsYear && !t.monthRelative() && t.month() > 0
        && t.month() < fr.month()) {
      // 12月30日至1月2日: the end lies in the next year
      tr = resolvePoint(t, ctx, r.future(), new YearPick(given.year() + 1, given.source()), fr.month());
    }
    if (tr == null || tr.span() == null || tr.span().start().isBefore(fr.span().start())) {
      return r.fromEnd() > 0 ? point(r, r.fromEnd(), text, ctx) : Optional.empty();
    }
    noteMonth(tr, ctx);
    DateSpan span = new DateSpan(fr.span().start(), tr.span().end(), precision);
    return Optional.of(expression(text, r.start(), r.end(), span, precision, fr.monthDay(), fr.year()));
  }

  /**
   * The days of one point, or null when the text names a day that does not exist in its year
   * ({@code 2023年2月29日}). {@code given} is the year a range's end inherits, {@code inheritedMonth}
   * the month a bare end day ({@code —3日}) inherits.
   */
  private static Resolved resolvePoint(Point p, TimeContext ctx, boolean future, YearPick given, int inheritedMonth) {
    LocalDate ref = ctx.referenceOrNull();
    int month = p.month();
    YearPick yp;
    MonthDay md = null;
    if (p.monthRelative()) {
      if (ref == null) {
        return Resolved.unknown(0, null);
      }
      YearMonth ym = YearMonth.from(ref).plusMonths(p.month());
      yp = new YearPick(ym.getYear(), YearSource.REFERENCE);
      month = ym.getMonthValue();
    } else {
      if (month == 0 && p.day() > 0) {
        month = inheritedMonth;
      }
      if (month > 0) {
        md = MonthDay.of(month, p.day() > 0 ? p.day() : 1);
      }
      yp = given != null ? given : pickYear(p, month, ctx, future);
    }
    if (yp == null) {
      return Resolved.unknown(month, md);
    }
    int y = yp.year();
    if (month > 0) {
      YearMonth ym = YearMonth.of(y, month);
      if (p.day() > 0) {
        if (p.day() > ym.lengthOfMonth()) {
          // 2月29日 in a common year: a stated year makes it wrong, a guessed one merely unknown
          return yp.source() == YearSource.STATED ? null : Resolved.unknown(month, md);
        }
        return new Resolved(DateSpan.day(ym.atDay(p.day())), yp, month, md);
      }
      if (p.period() != null) {
        int last = Math.min(p.periodTo(), ym.lengthOfMonth());
        return new Resolved(new DateSpan(ym.atDay(p.periodFrom()), ym.atDay(last), p.period()), yp, month, md);
      }
      return new Resolved(new DateSpan(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH), yp, month, md);
    }
    if (p.period() != null) {
      YearMonth january = YearMonth.of(y, 1);
      LocalDate first = january.plusMonths(p.periodFrom() - 1L).atDay(1);
      LocalDate last = january.plusMonths(p.periodTo() - 1L).atEndOfMonth();
      return new Resolved(new DateSpan(first, last, p.period()), yp, 0, null);
    }
    return new Resolved(new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR), yp, 0, null);
  }

  private static YearPick pickYear(Point p, int month, TimeContext ctx, boolean future) {
    Integer cy = ctx.contextYearOrNull();
    LocalDate ref = ctx.referenceOrNull();
    switch (p.yearRef()) {
      case STATED:
        return new YearPick(p.year(), YearSource.STATED);
      case RELATIVE:
        if (cy != null) {
          return new YearPick(cy + p.year(), YearSource.CONTEXT);
        }
        return ref == null ? null : new YearPick(ref.getYear() + p.year(), YearSource.REFERENCE);
      case SAME:
        return cy == null ? null : new YearPick(cy, YearSource.CONTEXT);
      case NONE:
      default:
        if (cy != null) {
          return new YearPick(cy, YearSource.CONTEXT);
        }
        if (ref == null) {
          return null;
        }
        int y = ref.getYear();
        if (month > 0 && !future) {
          YearMonth ym = YearMonth.of(y, month);
          LocalDate candidate = ym.atDay(Math.min(Math.max(p.day(), 1), ym.lengthOfMonth()));
          if (candidate.isAfter(ref.plusMonths(MONTHS_AHEAD))) {
            y--;
          }
        }
        return new YearPick(y, YearSource.REFERENCE);
    }
  }

  private static Precision precisionOf(Point p) {
    if (p.day() > 0) {
      return Precision.DAY;
    }
    if (p.period() != null) {
      return p.period();
    }
    return p.hasMonth() ? Precision.MONTH : Precision.YEAR;
  }

  private static Precision rangePrecision(Point f, Point t) {
    if (f.day() > 0) {
      return Precision.DAY;
    }
    if (f.hasMonth()) {
      return Precision.MONTH;
    }
    return f.year() != t.year() || f.yearRef() != t.yearRef() ? Precision.MULTI_YEAR : Precision.YEAR;
  }

  private static void noteMonth(Resolved res, TimeContext ctx) {
    if (res.month() > 0) {
      if (res.span() != null) {
        ctx.noteMonth(res.span().end().getYear(), res.month(), res.year().source());
      } else {
        ctx.noteMonth(null, res.month(), YearSource.NONE);
      }
    }
  }

  // ---------------------------------------------------------------- relative to the reference day

  private static Optional<TimeExpression> relativeDay(RawTime r, String text, TimeContext ctx) {
    LocalDate ref = ctx.referenceOrNull();
    DateSpan span = ref == null ? null : DateSpan.day(ref.plusDays(r.offset()));
    return Optional.of(expression(text, r.start(), r.end(), span, Precision.DAY, null, reference(span)));
  }

  private static Optional<TimeExpression> relativeWeekday(RawTime r, String text, TimeContext ctx) {
    LocalDate ref = ctx.referenceOrNull();
    DateSpan span = ref == null ? null : DateSpan.day(monday(ref).plusDays(r.offset()));
    return Optional.of(expression(text, r.start(), r.end(), span, Precision.DAY, null, reference(span)));
  }

  private static Optional<TimeExpression> relativeWeek(RawTime r, String text, TimeContext ctx) {
    LocalDate ref = ctx.referenceOrNull();
    DateSpan span = null;
    if (ref != null) {
      LocalDate monday = monday(ref).plusWeeks(r.offset());
      span = new DateSpan(monday, monday.plusDays(6), Precision.WEEK);
    }
    return Optional.of(expression(text, r.start(), r.end(), span, Precision.WEEK, null, reference(span)));
  }

  private static Optional<TimeExpression> recent(RawTime r, String text, TimeContext ctx) {
    LocalDate ref = ctx.referenceOrNull();
    DateSpan span = ref == null ? null : new DateSpan(ref.minusDays(RECENT_DAYS), ref, Precision.WEEK);
    return Optional.of(expression(text, r.start(), r.end(), span, Precision.WEEK, null, reference(span)));
  }

  private static Optional<TimeExpression> bareDay(RawTime r, String text, TimeContext ctx) {
    if (!ctx.monthKnown()) {
      return Optional.empty();
    }
    int month = ctx.month();
    int day = r.from().day();
    Integer year = ctx.monthYear();
    if (!TimeScanner.validDay(month, day, year == null ? 0 : year)) {
      return Optional.empty();
    }
    MonthDay md = MonthDay.of(month, day);
    if (year == null) {
      return Optional.of(expression(text, r.start(), r.end(), null, Precision.DAY, md, null));
    }
    DateSpan span = DateSpan.day(LocalDate.of(year, month, day));
    YearPick yp = new YearPick(year, ctx.monthYearSource());
    return Optional.of(expression(text, r.start(), r.end(), span, Precision.DAY, md, yp));
  }

  private static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static YearPick reference(DateSpan span) {
    return span == null ? null : new YearPick(span.start().getYear(), YearSource.REFERENCE);
  }

  private static TimeExpression expression(
      String text, int start, int end, DateSpan span, Precision precision, MonthDay md, YearPick year) {
    YearSource source = span == null || year == null ? YearSource.NONE : year.source();
    return new TimeExpression(
        text.substring(start, end),
        start,
        end,
        Optional.ofNullable(span).map(DateSpan::start),
        Optional.ofNullable(span).map(DateSpan::end),
        precision,
        Optional.ofNullable(md),
        source);
  }
}
