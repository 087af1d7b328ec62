package io.github.jishi.time;

/** How precise a time expression is; the lowercase name is the JSON {@code precision}. Finest first. */
public enum Precision {
  /** A day: {@code 2021年3月5日}. */
  DAY,
  /** A week, or a few days. */
  WEEK,
  /** A month: {@code 2021年3月}. */
  MONTH,
  /** A season or part of a year: {@code 今年春天}, {@code 年初}. */
  SEASON,
  /** A quarter: {@code 第一季度}. */
  QUARTER,
  /** A half year: {@code 上半年}. */
  HALF,
  /** A year: {@code 2021年}. */
  YEAR,
  /** Several years: {@code 90年代}, {@code 本世纪初}. */
  MULTI_YEAR;

  /**
   * The lowercase name, as JSON writes it.
   *
   * @return {@code day}, {@code week}, ... {@code multi_year}
   */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
