package io.github.jishi.source;

import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * The dateline of a news story: where (and sometimes on which day) it was filed.
 *
 * <p>{@code 中新网杭州9月27日电（张三）} gives place {@code 杭州} and day {@code 09-27};
 * {@code 本报记者 王五 北京报道} gives place {@code 北京} and no day; {@code 本报讯} gives an empty place.
 * {@code start}/{@code end} are offsets of the whole dateline (reporter in brackets included) in
 * {@link SourceDocument#text()}, so {@code text().substring(start, end)} equals {@code text}.
 */
public record Dateline(String text, String place, Optional<MonthDay> monthDay, int start, int end) {
  public Dateline {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(monthDay, "monthDay");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad dateline offsets " + start + ".." + end);
    }
  }
}
