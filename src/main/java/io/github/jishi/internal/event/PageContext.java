package io.github.jishi.internal.event;

import io.github.jishi.event.EventPlace;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * What an extractor knows of the page around its sentences.
 *
 * @param datelinePlace the place of the dateline ({@code 中新网杭州9月27日电}), resolved
 * @param datelineDay the day of the dateline with its year, when the publish date justifies one
 * @param datelineMonthDay the day of the dateline when no year can be justified
 * @param footerDate the date at the foot of an official notice ({@code 某省人民政府办公厅\n2025年3月18日}):
 *     the day the notice was signed, which dates its issuance ({@code 现将《X》印发给你们})
 * @param footerIssuer the body at the foot of the notice, simplified, or empty
 * @param signed the signature date the page states: a {@code 成文日期}/{@code 签署日期} field, else the
 *     footer's date; a signed document is dated by it, not by its upload ({@link #published})
 * @param notice whether the page reads as an official notice ({@code 现将…印发给你们}, {@code 特此公告})
 * @param footerStart where the notice's foot starts in the page's normalized text, or -1: what comes
 *     after it is the attached document, not the notice
 */
public record PageContext(
    String source,
    String title,
    Optional<LocalDate> published,
    Optional<EventPlace> datelinePlace,
    Optional<LocalDate> datelineDay,
    Optional<MonthDay> datelineMonthDay,
    Optional<LocalDate> footerDate,
    String footerIssuer,
    Optional<LocalDate> signed,
    boolean notice,
    int footerStart) {
  public PageContext {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(datelinePlace, "datelinePlace");
    Objects.requireNonNull(datelineDay, "datelineDay");
    Objects.requireNonNull(datelineMonthDay, "datelineMonthDay");
    Objects.requireNonNull(footerDate, "footerDate");
    Objects.requireNonNull(footerIssuer, "footerIssuer");
    Objects.requireNonNull(signed, "signed");
  }

  /** A page with no notice footer and no signature date. */
  public PageContext(String source, String title, Optional<LocalDate> published, Optional<EventPlace> datelinePlace,
      Optional<LocalDate> datelineDay, Optional<MonthDay> datelineMonthDay) {
    this(source, title, published, datelinePlace, datelineDay, datelineMonthDay, Optional.empty(), "", Optional.empty(), false,
        -1);
  }
}
