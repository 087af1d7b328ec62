package io.github.jishi.bench.baseline;

/** How precise a time expression is; the lowercase name is the JSON {@code precision}. Finest first. */
public enum Precision {
  DAY,
  WEEK,
  MONTH,
  SEASON,
  QUARTER,
  HALF,
  YEAR,
  MULTI_YEAR;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
