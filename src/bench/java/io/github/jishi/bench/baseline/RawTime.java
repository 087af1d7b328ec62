package io.github.jishi.bench.baseline;

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
    boolean future) {

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
    BARE_DAY
  }

  enum YearRef {
    /** no year in the expression */
    NONE,
    /** a year written out: {@code 2021年} */
    STATED,
    /** {@code 今年}, {@code 去年}: year holds the offset */
    RELATIVE,
    /** {@code 同年}: the year stated before */
    SAME
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
