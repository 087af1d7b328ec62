package io.github.jishi.bench.baseline;

import java.time.LocalDate;
import java.util.Objects;

/** The days {@code [start, end]} (both inclusive) a resolved time expression covers, and how precise it is. */
public record DateSpan(LocalDate start, LocalDate end, Precision precision) {
  public DateSpan {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(precision, "precision");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("span end " + end + " before start " + start);
    }
  }

  /** A single day. */
  public static DateSpan day(LocalDate day) {
    return new DateSpan(day, day, Precision.DAY);
  }
}
