package io.github.jishi.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.time.Precision;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.time.YearSource;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/** Shared checks for the time tests: where an expression is and which days it covers. */
final class TimeAssertions {
  static final TimeParser PARSER = TimeParser.create();

  private TimeAssertions() {}

  static List<TimeExpression> parse(String sentence, String reference) {
    return PARSER.parse(sentence, LocalDate.parse(reference));
  }

  static List<TimeExpression> parseWithoutReference(String sentence) {
    return PARSER.parse(sentence, TimeContext.withoutReference());
  }

  static TimeExpression only(List<TimeExpression> found) {
    assertEquals(1, found.size(), () -> "expected one expression, got " + found);
    return found.get(0);
  }

  /** The expression is {@code expected}, found where it first occurs in {@code sentence}. */
  static void assertAt(TimeExpression e, String sentence, String expected) {
    int start = sentence.indexOf(expected);
    assertTrue(start >= 0, () -> "test bug: '" + expected + "' not in " + sentence);
    assertEquals(expected, e.text(), "text");
    assertEquals(start, e.start(), "start of " + expected);
    assertEquals(start + expected.length(), e.end(), "end of " + expected);
  }

  static void assertSpan(TimeExpression e, String first, String last, Precision precision, YearSource source) {
    assertEquals(Optional.of(LocalDate.parse(first)), e.date(), () -> "date of " + e);
    assertEquals(Optional.of(LocalDate.parse(last)), e.dateEnd(), () -> "dateEnd of " + e);
    assertEquals(precision, e.precision(), () -> "precision of " + e);
    assertEquals(source, e.yearSource(), () -> "yearSource of " + e);
  }

  static void assertUnresolved(TimeExpression e, Precision precision, Optional<MonthDay> monthDay) {
    assertEquals(Optional.empty(), e.date(), () -> "date of " + e);
    assertEquals(Optional.empty(), e.dateEnd(), () -> "dateEnd of " + e);
    assertEquals(precision, e.precision(), () -> "precision of " + e);
    assertEquals(monthDay, e.monthDay(), () -> "monthDay of " + e);
    assertEquals(YearSource.NONE, e.yearSource(), () -> "yearSource of " + e);
  }
}
