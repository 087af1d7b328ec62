package io.github.jishi.source;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * The dateline of a news story: where (and sometimes on which day) it was filed.
 *
 * <p>{@code 中新网杭州9月27日电（张三）} gives place {@code 杭州} and day {@code 09-27};
 * {@code 新华社北京2019年5月6日电} also gives year 2019; {@code 本报记者 王五 北京报道} gives place
 * {@code 北京} and no day; {@code 本报讯} gives an empty place. The place is in simplified script.
 * {@code start}/{@code end} are offsets of the whole dateline (reporter in brackets included) in
 * {@link SourceDocument#text()}, so {@code text().substring(start, end)} equals {@code text}, as
 * written (traditional script and pinyin annotations included).
 */
public record Dateline(String text, String place, Optional<MonthDay> monthDay, Optional<Integer> year, int start, int end) {
  /**
   * Checks the parts: offsets in order, and a year only with its day.
   *
   * @param text the dateline as written
   * @param place where the story was filed, simplified, or empty
   * @param monthDay the day it was filed, when the dateline states it
   * @param year the year, when the dateline states it too
   * @param start offset of the dateline in the document's text
   * @param end end offset of the dateline in the document's text
   */
  public Dateline {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(monthDay, "monthDay");
    Objects.requireNonNull(year, "year");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad dateline offsets " + start + ".." + end);
    }
    if (year.isPresent() && monthDay.isEmpty()) {
      throw new IllegalArgumentException("a dateline year needs its day");
    }
  }

  /**
   * A dateline that states no year.
   *
   * @param text the dateline as written
   * @param place where the story was filed, simplified, or empty
   * @param monthDay the day it was filed, when the dateline states it
   * @param start offset of the dateline in the document's text
   * @param end end offset of the dateline in the document's text
   */
  public Dateline(String text, String place, Optional<MonthDay> monthDay, int start, int end) {
    this(text, place, monthDay, Optional.empty(), start, end);
  }

  /**
   * The full day the dateline states, when it writes the year too.
   *
   * @return the day, or empty when the dateline states no year
   */
  public Optional<LocalDate> date() {
    return year.flatMap(y -> monthDay.map(md -> md.atYear(y)));
  }
}
