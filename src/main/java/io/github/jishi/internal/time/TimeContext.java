package io.github.jishi.internal.time;

import io.github.jishi.time.DateSpan;
import io.github.jishi.time.YearSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
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
  /** The time of day of the reference, when known: {@code 三小时后} may then fall on the next day. */
  private final LocalTime referenceTime;
  /**
   * The day a month-day with no year of its own leans against, and where that day comes from: the
   * dateline's or the notice's date when the page states one, else the reference.
   */
  private final LocalDate anchor;
  private final YearSource anchorSource;
  /** The year the text most recently stated; 0 for none (kept unboxed: it is read for every date). */
  private int contextYear;
  /** Whether the context year was stated in the current sentence, or only carried from the lead. */
  private boolean statedInSentence;
  private boolean fromLead;
  /** Whether the context year is the one the dateline states ({@code 新华社北京2021年3月5日电}). */
  private boolean fromDateline;
  private boolean storyFromDateline;
  /** A year stated later in the current sentence, for the expression being resolved; 0 for none. */
  private int laterYear;
  /** Paragraphs that form a story's lead: a year they state is the year of the whole story. */
  private static final int LEAD_PARAGRAPHS = 2;
  private int paragraph;
  private boolean storyYearFixed;
  private int storyYear;

  // The month a bare day (3日) refers to; only valid within the sentence that named it.
  private boolean monthKnown;
  /** The year of that month, 0 when unknown. */
  private int monthYear;
  private int month;
  private YearSource monthYearSource = YearSource.NONE;
  /** The day the text named last, for 次日 and 当天; null when the last expression was no single day. */
  private LocalDate lastDay;
  private YearSource lastDaySource = YearSource.NONE;
  /** The month and day of that day when no year could be given it, else null. */
  private MonthDay lastMonthDay;
  /** Whether the last day was named in an earlier paragraph than the current one. */
  private boolean dayFromEarlierParagraph;

  private TimeContext(LocalDate reference, LocalTime referenceTime) {
    this(reference, referenceTime, reference, YearSource.REFERENCE);
  }

  private TimeContext(LocalDate reference, LocalTime referenceTime, LocalDate anchor, YearSource anchorSource) {
    this.reference = reference;
    this.referenceTime = referenceTime;
    this.anchor = anchor;
    this.anchorSource = anchorSource;
  }

  /**
   * A context for one page. Its day words ({@code 昨天}, {@code 本周}) count from {@code published};
   * a month-day whose text states no year takes it from the first of: the dateline's day, when the
   * dateline writes its year ({@code 新华社北京2021年3月5日电} in a repost of 2024), the date at the foot of
   * an official notice, the publish date. Any may be empty.
   */
  public static TimeContext forPage(Optional<LocalDate> published, Optional<LocalDate> dateline, Optional<LocalDate> footer) {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(footer, "footer");
    LocalDate ref = published.orElse(null);
    if (dateline.isPresent()) {
      return new TimeContext(ref, null, dateline.get(), YearSource.DATELINE);
    }
    if (footer.isPresent()) {
      return new TimeContext(ref, null, footer.get(), YearSource.FOOTER);
    }
    return new TimeContext(ref, null);
  }

  /** A context for a document published (or read) on {@code reference}. */
  public static TimeContext of(LocalDate reference) {
    return new TimeContext(Objects.requireNonNull(reference, "reference"), null);
  }

  /**
   * A context for a document published (or read) at {@code reference}: offsets of hours, minutes
   * and seconds count from that time, so they may cross midnight.
   */
  public static TimeContext at(LocalDateTime reference) {
    Objects.requireNonNull(reference, "reference");
    return new TimeContext(reference.toLocalDate(), reference.toLocalTime());
  }

  /** A context for a document of unknown date: only years the text states can be resolved. */
  public static TimeContext withoutReference() {
    return new TimeContext(null, null);
  }

  public Optional<LocalDate> reference() {
    return Optional.ofNullable(reference);
  }

  /** The year most recently stated by the text, if any. */
  public Optional<Integer> contextYear() {
    return contextYear == 0 ? Optional.empty() : Optional.of(contextYear);
  }

  LocalDate referenceOrNull() {
    return reference;
  }

  /** The reference's time of day, or null when only its day is known. */
  LocalTime referenceTimeOrNull() {
    return referenceTime;
  }

  /** The day year-less month-days lean against (see {@link #forPage}), or null. */
  LocalDate anchorOrNull() {
    return anchor;
  }

  /** Where {@link #anchorOrNull()} comes from: REFERENCE, DATELINE or FOOTER. */
  YearSource anchorSource() {
    return anchorSource;
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
    dayFromEarlierParagraph = true;
    if (paragraph < LEAD_PARAGRAPHS) {
      fromLead = contextYear != 0;
      return;
    }
    if (!storyYearFixed) {
      storyYear = contextYear;
      storyFromDateline = fromDateline;
      storyYearFixed = true;
    }
    contextYear = storyYear;
    fromDateline = storyFromDateline;
    fromLead = contextYear != 0;
    forgetMonth();
  }

  /** The year most recently stated, 0 for none. */
  int contextYearOrZero() {
    return contextYear;
  }

  /** The text states {@code year}, by an expression of the days {@code span} (null for none). */
  void stateYear(int year, DateSpan span) {
    contextYear = year;
    statedInSentence = true;
    fromLead = false;
    fromDateline = anchorSource == YearSource.DATELINE && span != null && span.start().equals(anchor)
        && span.end().equals(anchor);
  }

  /**
   * How the context year was set: by the dateline's own date (DATELINE), stated in this paragraph
   * (CONTEXT) or carried from the lead (LEAD).
   */
  YearSource contextSource() {
    return fromDateline ? YearSource.DATELINE : fromLead ? YearSource.LEAD : YearSource.CONTEXT;
  }

  /** Whether the current sentence stated the context year, before the expression being resolved. */
  boolean statedInSentence() {
    return statedInSentence;
  }

  /** A year the current sentence states after the expression being resolved, 0 for none. */
  int laterYear() {
    return laterYear;
  }

  void laterYear(int year) {
    laterYear = year;
  }

  /** Marks the start of the next sentence: what the last one stated of months no longer holds. */
  void newSentence() {
    statedInSentence = false;
    forgetMonth();
  }

  void noteMonth(int year, int month, YearSource source) {
    this.monthKnown = true;
    this.monthYear = year;
    this.month = month;
    this.monthYearSource = source;
  }

  void forgetMonth() {
    monthKnown = false;
    monthYear = 0;
    month = 0;
    monthYearSource = YearSource.NONE;
  }

  /** Notes the single day an expression just gave, with where its year came from. */
  void noteDay(LocalDate day, YearSource source) {
    lastDay = day;
    lastDaySource = source;
    lastMonthDay = null;
    dayFromEarlierParagraph = false;
  }

  /** Notes a single day whose year is unknown (a page without a date). */
  void noteMonthDay(MonthDay day) {
    lastDay = null;
    lastDaySource = YearSource.NONE;
    lastMonthDay = day;
    dayFromEarlierParagraph = false;
  }

  /** Whether the day 次日 or 当天 would count from was named in an earlier paragraph. */
  boolean dayFromEarlierParagraph() {
    return dayFromEarlierParagraph;
  }

  /** After an expression that is no single day: what 次日 or 当天 would count from is no longer clear. */
  void forgetDay() {
    lastDay = null;
    lastDaySource = YearSource.NONE;
    lastMonthDay = null;
  }

  /** The month and day of the last day named when its year is unknown, or null. */
  MonthDay lastMonthDayOrNull() {
    return lastMonthDay;
  }

  /** The day the text named last, or null. */
  LocalDate lastDayOrNull() {
    return lastDay;
  }

  YearSource lastDaySource() {
    return lastDaySource;
  }

  boolean monthKnown() {
    return monthKnown;
  }

  /** The year of the month a bare day refers to, 0 when unknown. */
  int monthYear() {
    return monthYear;
  }

  int month() {
    return month;
  }

  YearSource monthYearSource() {
    return monthYearSource;
  }
}
