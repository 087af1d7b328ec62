package io.github.jishi.bench.baseline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What one document has established so far about time, for resolving its next expressions.
 *
 * <p>Holds the reference date (the page's publish date, or the day a command runs) and the year
 * the text most recently stated. Passing the same context to {@link TimeParser#parse(String,
 * TimeContext)} sentence after sentence carries that year forward, so that {@code 今年} and bare
 * month-days of a page reposted years later still land in the year the page talks about. It also
 * remembers the month of the latest expression of the current sentence, which a bare day such as
 * {@code 3日} needs. Not thread-safe: one per document being processed.
 */
public final class TimeContext {
  private final LocalDate reference;
  private Integer contextYear;
  /** Paragraphs that form a story's lead: a year they state is the year of the whole story. */
  private static final int LEAD_PARAGRAPHS = 2;
  private int paragraph;
  private boolean storyYearFixed;
  private Integer storyYear;

  // The month a bare day (3日) refers to; only valid within the sentence that named it.
  private boolean monthKnown;
  private Integer monthYear;
  private int month;
  private YearSource monthYearSource = YearSource.NONE;

  private TimeContext(LocalDate reference) {
    this.reference = reference;
  }

  /** A context for a document published (or read) on {@code reference}. */
  public static TimeContext of(LocalDate reference) {
    return new TimeContext(Objects.requireNonNull(reference, "reference"));
  }

  /** A context for a document of unknown date: only years the text states can be resolved. */
  public static TimeContext withoutReference() {
    return new TimeContext(null);
  }

  public Optional<LocalDate> reference() {
    return Optional.ofNullable(reference);
  }

  /** The year most recently stated by the text, if any. */
  public Optional<Integer> contextYear() {
    return Optional.ofNullable(contextYear);
  }

  LocalDate referenceOrNull() {
    return reference;
  }

  /**
   * Marks the start of the next paragraph of the same document.
   *
   * <p>A year stated in the lead (the first two paragraphs) is the story's year and carries through
   * the page; a year stated later in the body ({@code “安诊儿”2023年上线后…}) is background that
   * governs only its own paragraph, after which month-days and {@code 今年} count from the story's
   * year again (or from the reference date when the lead stated none).
   */
  public void newParagraph() {
    paragraph++;
    if (paragraph < LEAD_PARAGRAPHS) {
      return;
    }
    if (!storyYearFixed) {
      storyYear = contextYear;
      storyYearFixed = true;
    }
    contextYear = storyYear;
    forgetMonth();
  }

  Integer contextYearOrNull() {
    return contextYear;
  }

  void stateYear(int year) {
    contextYear = year;
  }

  void noteMonth(Integer year, int month, YearSource source) {
    this.monthKnown = true;
    this.monthYear = year;
    this.month = month;
    this.monthYearSource = source;
  }

  void forgetMonth() {
    monthKnown = false;
    monthYear = null;
    month = 0;
    monthYearSource = YearSource.NONE;
  }

  boolean monthKnown() {
    return monthKnown;
  }

  Integer monthYear() {
    return monthYear;
  }

  int month() {
    return month;
  }

  YearSource monthYearSource() {
    return monthYearSource;
  }
}
