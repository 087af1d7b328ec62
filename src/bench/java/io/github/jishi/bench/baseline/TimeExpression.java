package io.github.jishi.bench.baseline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * A time expression found in text, offsets {@code [start, end)}, with the span of days it covers.
 *
 * <p>{@code date}/{@code dateEnd} are empty when no year can be justified; then {@code monthDay}
 * holds the month and day the text gives ({@code 9月19日} with no year in sight).
 */
public record TimeExpression(
    String text,
    int start,
    int end,
    Optional<LocalDate> date,
    Optional<LocalDate> dateEnd,
    Precision precision,
    Optional<MonthDay> monthDay,
    YearSource yearSource) {
  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateEnd, "dateEnd");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(monthDay, "monthDay");
    Objects.requireNonNull(yearSource, "yearSource");
    if (date.isPresent() != dateEnd.isPresent()) {
      throw new IllegalArgumentException("date and dateEnd go together: " + date + " " + dateEnd);
    }
    if (date.isPresent() && dateEnd.get().isBefore(date.get())) {
      throw new IllegalArgumentException("dateEnd " + dateEnd.get() + " before date " + date.get());
    }
  }

  public TimeExpression shift(int delta) {
    return new TimeExpression(text, start + delta, end + delta, date, dateEnd, precision, monthDay, yearSource);
  }
}
