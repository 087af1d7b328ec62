package io.github.jishi.time;

import java.time.LocalDate;
import java.util.Objects;

/** The days {@code [start, end]} (both inclusive) a resolved time expression covers, and how precise it is. */
public record DateSpan(LocalDate start, LocalDate end, Precision precision) {
  /**
   * Checks that the span does not end before it starts.
   *
   * @param start the first day
   * @param end the last day
   * @param precision how precise the span is
   */
  public DateSpan {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(precision, "precision");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("span end " + end + " before start " + start);
    }
  }

  /**
   * A single day.
   *
   * @param day the day
   * @return the span of that day, precise to the day
   */
  public static DateSpan day(LocalDate day) {
    return new DateSpan(day, day, Precision.DAY);
  }
}
