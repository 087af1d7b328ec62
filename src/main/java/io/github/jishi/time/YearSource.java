package io.github.jishi.time;

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
  CORPUS,
  /** stated later in the same sentence, the date's own clause stating none: {@code 4月10日，2023年度…名单公布} */
  SENTENCE,
  /** stated in the story's lead and carried to a later paragraph */
  LEAD,
  /** the year of the story's dateline, which writes it ({@code 新华社北京2021年3月5日电}), in a page published later */
  DATELINE,
  /** the year of the date at the foot of an official notice ({@code 某省人民政府办公厅 2023年5月8日}) */
  FOOTER
}
