package io.github.jishi.event;

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
 */
public record PageContext(
    String source,
    String title,
    Optional<LocalDate> published,
    Optional<EventPlace> datelinePlace,
    Optional<LocalDate> datelineDay,
    Optional<MonthDay> datelineMonthDay) {
  public PageContext {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(datelinePlace, "datelinePlace");
    Objects.requireNonNull(datelineDay, "datelineDay");
    Objects.requireNonNull(datelineMonthDay, "datelineMonthDay");
  }
}
