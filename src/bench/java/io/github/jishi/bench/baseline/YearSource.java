package io.github.jishi.bench.baseline;

/** How the year of a date was chosen, so a user can see why. */
public enum YearSource {
  /** the expression states it: {@code 2021年2月19日} */
  STATED,
  /** an earlier expression in the same document stated it: {@code 2022世界人工智能大会…} then {@code 8月26日} */
  CONTEXT,
  /** from the reference (publish) date: {@code 今年}, or a month-day with no year in the text before it */
  REFERENCE,
  /** no year could be justified: only month and day are known */
  NONE,
  /** inferred from other documents of the corpus about the same programme */
  CORPUS
}
