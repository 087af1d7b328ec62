package io.github.jishi.internal.time;

import io.github.jishi.time.DateSpan;
import io.github.jishi.time.Precision;

/**
 * A time expression as the scanner read it, before any year or reference date is applied.
 *
 * <p>{@code from} is the expression's (first) point; {@code to} the second point of a range, with
 * missing fields inherited from {@code from}, else null. {@code fromEnd} is where {@code from} alone
 * ends, so a range whose end cannot be resolved can fall back to its start ({@code -1}: no such
 * fallback). {@code offset} carries the day or week offset of relative words ({@code 昨天} = -1).
 */
record RawTime(
    Kind kind,
    int start,
    int end,
    int sentence,
    Point from,
    Point to,
    int fromEnd,
    int offset,
    boolean setsContext,
    boolean future,
    YearRule named,
    RefRule relative) {

  /** Places a named day ({@code 国庆}, {@code 农历八月十五}) in a Gregorian year; empty when it has none there. */
  @FunctionalInterface
  interface YearRule {
    java.util.Optional<DateSpan> inYear(int year);
  }

  /**
   * The days an expression counted from the reference covers ({@code 三天后}, {@code 近两周});
   * {@code time} is the reference's time of day or null; empty when there is no such day.
   */
  @FunctionalInterface
  interface RefRule {
    java.util.Optional<DateSpan> from(java.time.LocalDate day, java.time.LocalTime time);
  }

  /** The same expression ending at {@code newEnd} ({@code 下午3点} stretched over {@code 到5点}). */
  RawTime withEnd(int newEnd) {
    return new RawTime(kind, start, newEnd, sentence, from, to, fromEnd, offset, setsContext, future, named, relative);
  }

  /** A raw time of a kind with no rule. */
  static RawTime of(Kind kind, int start, int end, int sentence, Point from, Point to, int fromEnd, int offset,
      boolean setsContext, boolean future) {
    return new RawTime(kind, start, end, sentence, from, to, fromEnd, offset, setsContext, future, null, null);
  }

  enum Kind {
    /** a year, month, day or period of them, possibly relative: {@code 2021年}, {@code 去年底} */
    POINT,
    /** two points: {@code 9月1日—3日}, {@code 2025—2027年}, {@code 1-6月} */
    RANGE,
    /** {@code 今天}, {@code 昨日}: offset in days */
    RELATIVE_DAY,
    /** {@code 上周五}: offset = weeks * 7 + day of the week, 0 being Monday */
    RELATIVE_WEEKDAY,
    /** {@code 本周}, {@code 上周}: offset in weeks */
    RELATIVE_WEEK,
    /** {@code 近日}, {@code 日前}, {@code 近期} */
    RECENT,
    /** {@code 3日}: a day of the month the sentence named last */
    BARE_DAY,
    /** {@code 当月}, {@code 同月}: the month the sentence named last; {@code 次月} (offset 1) the one after it */
    SAME_MONTH,
    /** A day counted from the day the text named last ({@code 次日}, {@code 当天}): {@code offset} days after it. */
    SAME_DAY,
    /** a named day in a year ({@code 2016年国庆}, {@code 农历八月十五}): {@code from} holds the year, {@code named} the rule */
    NAMED,
    /** days counted from the reference by {@code relative}: {@code 三天后}, {@code 近两周}, {@code 周五}, {@code 15:30} */
    COUNTED
  }

  enum YearRef {
    /** no year in the expression */
    NONE,
    /** a year written out: {@code 2021年} */
    STATED,
    /** {@code 今年}, {@code 去年}: year holds the offset */
    RELATIVE,
    /** {@code 同年}, {@code 次年}: the year stated before, year holds the offset */
    SAME,
    /** {@code 19年}, {@code 八五年}: year holds two digits, the century is chosen on resolving */
    SHORT
  }

  /**
   * One point of a time expression; 0 means absent for month and day.
   *
   * <p>With {@code monthRelative} the month holds an offset from the reference month ({@code 上月}
   * = -1). A period narrows the point: with a month it is a day range ({@code 下旬} = 21..31,
   * clipped to the month's length); without one a month range of the year ({@code 上半年} = 1..6;
   * 13 and 14 are January and February of the next year, for winter). {@code period} is null when
   * there is none.
   */
  record Point(
      YearRef yearRef,
      int year,
      boolean monthRelative,
      int month,
      int day,
      int periodFrom,
      int periodTo,
      Precision period) {

    static Point of(YearRef yearRef, int year, int month, int day) {
      return new Point(yearRef, year, false, month, day, 0, 0, null);
    }

    static Point relativeMonth(int offset, int day) {
      return new Point(YearRef.NONE, 0, true, offset, day, 0, 0, null);
    }

    Point withPeriod(int from, int to, Precision precision) {
      return new Point(yearRef, year, monthRelative, month, day, from, to, precision);
    }

    boolean hasMonth() {
      return monthRelative || month > 0;
    }
  }
}
