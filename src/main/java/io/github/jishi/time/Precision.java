package io.github.jishi.time;

/** How precise a time expression is; the lowercase name is the JSON {@code precision}. Finest first. */
public enum Precision {
  /** A day: {@code 2021年3月5日}. */
  DAY,
  /** A week: {@code 下周}. */
  WEEK,
  /** A month: {@code 2021年3月}. */
  MONTH,
  /** A season: {@code 今年春季}. */
  SEASON,
  /** A quarter: {@code 第一季度}. */
  QUARTER,
  /** A half year: {@code 上半年}. */
  HALF,
  /** A year: {@code 2021年}. */
  YEAR,
  /** Several years: {@code 十四五期间}, {@code 2021至2025年}. */
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
