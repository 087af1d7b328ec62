package io.github.jishi.internal.time;

import io.github.jishi.internal.time.RawTime.Point;
import io.github.jishi.internal.time.RawTime.YearRef;
import io.github.jishi.time.DateSpan;
import io.github.jishi.time.Precision;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.time.YearSource;
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
  /** What joins two bare days into a range ({@code 3日至5日}, {@code 每月1日—5日}). */
  static final String DAY_RANGE_SEPARATORS = "至到—-–~～";
  /** What may stand before a word that opens a clause: punctuation and spaces. */
  private static final String CLAUSE_START_AFTER = "，,。；;：:、 \n\t（(“\"‘'【[";

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
      case NAMED -> named(r, text, ctx);
      case SAME_MONTH -> sameMonth(r, text, ctx);
      case SAME_DAY -> sameDay(r, text, ctx);
      case COUNTED -> counted(r, text, ctx);
    };
  }

  // ---------------------------------------------------------------- named days and counted spans

  /**
   * A named day ({@code 国庆}, {@code 农历八月十五}, {@code 十月第一个星期一}) takes the year the text
   * gives, else the document's context year, else the reference's year: unlike a plain month-day
   * it does not lean to the past, since a page names a festival of its own year.
   */
  private static Optional<TimeExpression> named(RawTime r, String text, TimeContext ctx) {
    Point p = r.from();
    YearPick yp;
    if (p.yearRef() == YearRef.NONE) {
      yp = textYear(ctx);
      if (yp == null) {
        LocalDate anchor = ctx.anchorOrNull();
        yp = anchor == null ? null : new YearPick(anchor.getYear(), ctx.anchorSource());
      }
    } else {
      yp = pickYear(p, 0, ctx, false);
    }
    if (yp == null) {
      return Optional.of(expression(text, r.start(), r.end(), null, Precision.DAY, null, null));
    }
    Optional<DateSpan> span = r.named().inYear(yp.year());
    if (span.isEmpty()) {
      return Optional.empty();
    }
    if (r.setsContext() && yp.source() == YearSource.STATED) {
      LocalDate ref = ctx.referenceOrNull();
      if (ref == null || yp.year() <= ref.getYear()) {
        ctx.stateYear(yp.year(), span.get());
      }
    }
    DateSpan s = span.get();
    MonthDay md = s.precision() == Precision.DAY ? MonthDay.from(s.start()) : null;
    return Optional.of(expression(text, r.start(), r.end(), s, s.precision(), md, yp));
  }

  /**
   * {@code 当月}, {@code 同月}: the month named earlier in the sentence; {@code 次月} the one after it; a
   * bare {@code 月底} that part of it, else of the reference's month; else nothing.
   */
  private static Optional<TimeExpression> sameMonth(RawTime r, String text, TimeContext ctx) {
    Point period = r.from();
    int first = period == null ? 1 : period.periodFrom();
    Precision precision = period == null ? Precision.MONTH : period.period();
    YearMonth ym;
    YearSource source;
    if (ctx.monthKnown()) {
      if (ctx.monthYear() == 0) {
        int month = (ctx.month() - 1 + r.offset()) % 12 + 1;
        return Optional.of(expression(text, r.start(), r.end(), null, precision, monthDay(month, first), null));
      }
      // 当月 and 同月 are the month the text named, 次月 (offset 1) the one after
      ym = YearMonth.of(ctx.monthYear(), ctx.month()).plusMonths(r.offset());
      source = ctx.monthYearSource();
    } else if (period != null && ctx.referenceOrNull() != null) {
      // 月底前 alone: the reference's month
      ym = YearMonth.from(ctx.referenceOrNull());
      source = YearSource.REFERENCE;
    } else {
      // alone, 当月 is the month a statistic reports on, which the page rarely names: no date
      return Optional.empty();
    }
    int last = period == null ? ym.lengthOfMonth() : Math.min(period.periodTo(), ym.lengthOfMonth());
    DateSpan span = new DateSpan(ym.atDay(first), ym.atDay(last), precision);
    return Optional.of(expression(text, r.start(), r.end(), span, precision, null, new YearPick(ym.getYear(), source)));
  }

  /**
   * {@code 次日}, {@code 翌日}, {@code 第二天}, {@code 当天}, {@code 前一天}: a day counted from the day the
   * text named last, with that day's year source (from an earlier paragraph only where the word opens
   * a clause); nothing when the text named none, or named something else since (a month, a range),
   * since the reference day is not what they count from.
   */
  private static Optional<TimeExpression> sameDay(RawTime r, String text, TimeContext ctx) {
    if (ctx.dayFromEarlierParagraph() && r.start() > 0 && CLAUSE_START_AFTER.indexOf(text.charAt(r.start() - 1)) < 0) {
      // from an earlier paragraph only where it opens a clause (当天，…): 活动当天 there is the day of something else
      return Optional.empty();
    }
    LocalDate day = ctx.lastDayOrNull();
    if (day == null) {
      MonthDay md = ctx.lastMonthDayOrNull();
      if (md == null) {
        return Optional.empty();
      }
      // a day without its year: the counted day is a month-day too, which takes a year as any other does
      LocalDate inLeapYear = md.atYear(2000).plusDays(r.offset());
      Point p = Point.of(YearRef.NONE, 0, inLeapYear.getMonthValue(), inLeapYear.getDayOfMonth());
      return point(RawTime.of(RawTime.Kind.POINT, r.start(), r.end(), r.sentence(), p, null, -1, 0, false, false), text, ctx);
    }
    DateSpan span = DateSpan.day(day.plusDays(r.offset()));
    return Optional.of(expression(text, r.start(), r.end(), span, Precision.DAY, null,
        new YearPick(span.start().getYear(), ctx.lastDaySource())));
  }

  /** Days counted from the reference day (and time, when known); nothing to count from without one. */
  private static Optional<TimeExpression> counted(RawTime r, String text, TimeContext ctx) {
    LocalDate ref = ctx.referenceOrNull();
    if (ref == null) {
      return Optional.of(expression(text, r.start(), r.end(), null, Counted.precisionOf(r.relative()), null, null));
    }
    Optional<DateSpan> span = r.relative().from(ref, ctx.referenceTimeOrNull());
    if (span.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(expression(text, r.start(), r.end(), span.get(), span.get().precision(), null, reference(span.get())));
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
        ctx.stateYear(res.year().year(), res.span());
      }
    }
    noteMonth(res, ctx);
    return Optional.of(expression(text, r.start(), end, res.span(), precisionOf(p), res.monthDay(), res.year()));
  }

  private static Optional<TimeExpression> range(RawTime r, String text, TimeContext ctx) {
    Point f = r.from();
    Point t = r.to();
    Resolved fr = resolvePoint(f, ctx, r.future(), startYear(f, t, ctx, r.future()), 0);
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
    if (t.yearRef() == YearRef.SAME && ctx.contextYearOrZero() == 0 && fr.year() != null) {
      // 11月至次年2月: the year after the start's
      given = new YearPick(fr.year().year() + t.year(), fr.year().source());
    }
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
   * The year of a range's start that writes none when its end writes one ({@code 12月至明年1月},
   * {@code 3月至2024年5月}): the end's year, or the year before when the start's month and day come
   * later in the year than the end's; else null, and the start's year is picked as any other.
   */
  private static YearPick startYear(Point f, Point t, TimeContext ctx, boolean future) {
    if (f.yearRef() != YearRef.NONE || f.monthRelative() || f.month() == 0 || t.yearRef() == YearRef.NONE
        || t.monthRelative() || t.month() == 0) {
      return null;
    }
    Resolved end = resolvePoint(t, ctx, future, null, 0);
    if (end == null || end.year() == null) {
      return null;
    }
    boolean later = f.month() > t.month() || f.month() == t.month() && f.day() > t.day();
    return new YearPick(end.year().year() - (later ? 1 : 0), end.year().source());
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
        md = monthDay(month, p.day() > 0 ? p.day() : 1);
      }
      yp = given != null ? given : pickYear(p, month, ctx, future);
    }
    if (yp == null) {
      return Resolved.unknown(month, md);
    }
    int y = yp.year();
    if (month > 0) {
      int length = TimeScanner.monthLength(month, y);
      if (p.day() > 0) {
        if (p.day() > length) {
          // 2月29日 in a common year: a stated year makes it wrong, a guessed one merely unknown
          return yp.source() == YearSource.STATED ? null : Resolved.unknown(month, md);
        }
        return new Resolved(DateSpan.day(LocalDate.of(y, month, p.day())), yp, month, md);
      }
      if (p.period() != null) {
        int last = Math.min(p.periodTo(), length);
        return new Resolved(new DateSpan(LocalDate.of(y, month, p.periodFrom()), LocalDate.of(y, month, last), p.period()), yp, month, md);
      }
      return new Resolved(new DateSpan(LocalDate.of(y, month, 1), LocalDate.of(y, month, length), Precision.MONTH), yp, month, md);
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
    int cy = ctx.contextYearOrZero();
    LocalDate ref = ctx.referenceOrNull();
    LocalDate anchor = ctx.anchorOrNull();
    switch (p.yearRef()) {
      case STATED:
        return new YearPick(p.year(), YearSource.STATED);
      case RELATIVE:
        if (cy != 0) {
          return new YearPick(cy + p.year(), ctx.contextSource());
        }
        return anchor == null ? null : new YearPick(anchor.getYear() + p.year(), ctx.anchorSource());
      case SAME:
        return cy == 0 ? null : new YearPick(cy + p.year(), ctx.contextSource());
      case SHORT:
        return new YearPick(fullYear(p.year(), cy, ref), YearSource.STATED);
      case NONE:
      default:
        YearPick stated = textYear(ctx);
        if (stated != null) {
          return stated;
        }
        if (anchor == null) {
          return null;
        }
        int y = anchor.getYear();
        if (month > 0 && !future) {
          YearMonth ym = YearMonth.of(y, month);
          LocalDate candidate = ym.atDay(Math.min(Math.max(p.day(), 1), ym.lengthOfMonth()));
          if (candidate.isAfter(anchor.plusMonths(MONTHS_AHEAD))) {
            y--;
          }
        }
        return new YearPick(y, ctx.anchorSource());
    }
  }

  /**
   * The year the text gives a date that writes none, first that applies: a year stated before it in
   * its sentence (CONTEXT), a year stated after it in its sentence ({@code 4月10日，2023年度…}: SENTENCE),
   * a year stated earlier in its paragraph (CONTEXT) or in the story's lead (LEAD); else null, and the
   * page's dateline, notice footer or publish date decides.
   */
  private static YearPick textYear(TimeContext ctx) {
    int cy = ctx.contextYearOrZero();
    if (cy != 0 && ctx.statedInSentence()) {
      return new YearPick(cy, ctx.contextSource());
    }
    if (ctx.laterYear() != 0) {
      return new YearPick(ctx.laterYear(), YearSource.SENTENCE);
    }
    return cy == 0 ? null : new YearPick(cy, ctx.contextSource());
  }

  /**
   * A year written with two digits ({@code 19年6月}, {@code 八五年}): in the century that puts it no
   * later than five years after the reference (or the context) year; without either, 00-30 are
   * taken as 20xx.
   */
  static int fullYear(int twoDigits, int contextYear, LocalDate ref) {
    int now = ref != null ? ref.getYear() : contextYear != 0 ? contextYear : 2030;
    int y = 2000 + twoDigits;
    return y <= now + 5 ? y : 1900 + twoDigits;
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
      // a week of the year (2022年第10周) is a range of days that keeps its precision
      return f.period() == Precision.WEEK ? Precision.WEEK : Precision.DAY;
    }
    if (f.period() != null) {
      // 9月下旬至10月上旬, 一季度至三季度: the precision of the periods it joins
      return f.period();
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
        ctx.noteMonth(0, res.month(), YearSource.NONE);
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
      return dayOfAnchorMonth(r, text, ctx);
    }
    int month = ctx.month();
    int day = r.from().day();
    int year = ctx.monthYear();
    if (!TimeScanner.validDay(month, day, year)) {
      return Optional.empty();
    }
    MonthDay md = monthDay(month, day);
    if (year == 0) {
      return Optional.of(expression(text, r.start(), r.end(), null, Precision.DAY, md, null));
    }
    DateSpan span = DateSpan.day(LocalDate.of(year, month, day));
    YearPick yp = new YearPick(year, ctx.monthYearSource());
    return Optional.of(expression(text, r.start(), r.end(), span, Precision.DAY, md, yp));
  }

  /**
   * A bare day in a sentence that named no month ({@code 19日，…}): a day of the month of the page's
   * dateline, notice date or publish date, or of the month before when it would fall after that day
   * ({@code 28日} on a page of 3 March), unless announced ({@code 将于28日}). Not after 每 or 每月, nor
   * before 前 or 后, where it may count days ({@code 须在30日前提交}).
   */
  private static Optional<TimeExpression> dayOfAnchorMonth(RawTime r, String text, TimeContext ctx) {
    LocalDate anchor = ctx.anchorOrNull();
    char after = r.end() < text.length() ? text.charAt(r.end()) : '\0';
    if (anchor == null || afterEvery(text, r.start()) || after == '前' || after == '后'
        || endOfEveryRange(text, r.start())) {
      return Optional.empty();
    }
    int day = r.from().day();
    YearMonth ym = YearMonth.from(anchor);
    if (day > ym.lengthOfMonth() || !r.future() && day > anchor.getDayOfMonth()) {
      ym = ym.minusMonths(1);
    }
    if (day > ym.lengthOfMonth()) {
      return Optional.empty();
    }
    LocalDate d = ym.atDay(day);
    YearPick yp = new YearPick(d.getYear(), ctx.anchorSource());
    return Optional.of(expression(text, r.start(), r.end(), DateSpan.day(d), Precision.DAY, MonthDay.from(d), yp));
  }

  /** Whether the day at {@code start} follows 每 or 每月 ({@code 每月15日}): a day of every month, not one day. */
  private static boolean afterEvery(String text, int start) {
    return start > 0 && text.charAt(start - 1) == '每'
        || start > 1 && text.charAt(start - 1) == '月' && text.charAt(start - 2) == '每';
  }

  /** Whether the day at {@code start} ends a range of days of every month ({@code 每月1日至5日}). */
  private static boolean endOfEveryRange(String text, int start) {
    int p = start - 1;
    if (p < 0 || DAY_RANGE_SEPARATORS.indexOf(text.charAt(p)) < 0) {
      return false;
    }
    p--;
    if (p >= 0 && (text.charAt(p) == '日' || text.charAt(p) == '号')) {
      p--;
    }
    int digits = p;
    while (p >= 0 && Character.isDigit(text.charAt(p))) {
      p--;
    }
    return p < digits && afterEvery(text, p + 1);
  }

  private static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static YearPick reference(DateSpan span) {
    return span == null ? null : new YearPick(span.start().getYear(), YearSource.REFERENCE);
  }

  /** Every month-day, made once: a date of a page is read thousands of times over. */
  private static final MonthDay[] MONTH_DAYS = new MonthDay[13 * 32];

  static {
    for (int m = 1; m <= 12; m++) {
      for (int d = 1; d <= java.time.Month.of(m).maxLength(); d++) {
        MONTH_DAYS[m * 32 + d] = MonthDay.of(m, d);
      }
    }
  }

  /** {@link MonthDay#of(int, int)}, without making a new one. */
  private static MonthDay monthDay(int month, int day) {
    MonthDay md = month >= 1 && month <= 12 && day >= 1 && day <= 31 ? MONTH_DAYS[month * 32 + day] : null;
    return md != null ? md : MonthDay.of(month, day);
  }

  private static TimeExpression expression(
      String text, int start, int end, DateSpan span, Precision precision, MonthDay md, YearPick year) {
    YearSource source = span == null || year == null ? YearSource.NONE : year.source();
    return new TimeExpression(
        text.substring(start, end),
        start,
        end,
        span == null ? Optional.empty() : Optional.of(span.start()),
        span == null ? Optional.empty() : Optional.of(span.end()),
        precision,
        Optional.ofNullable(md),
        source);
  }
}
