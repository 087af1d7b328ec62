package io.github.jishi.index;

import io.github.jishi.event.PolicyEvent;
import java.util.List;
import java.util.Objects;

/**
 * One page of search results, with how many there are in all.
 *
 * <p>Reports of one event from several pages are merged before counting and paging, so
 * {@code total} counts events as {@link TimelineIndex#search(EventQuery)} returns them. Counting
 * them means reading every match: for a query matching more than
 * {@value TimelineIndex#EXACT_TOTAL_UP_TO} reports, {@code total} is the number of matching reports
 * instead, which is never smaller, and {@code totalExact} is false.
 *
 * @param events the events of the page, in the query's order
 * @param offset the position of the first of them among all results, from 0
 * @param total how many events match in all (when {@code totalExact}), else how many reports match
 * @param totalExact whether {@code total} counts merged events exactly
 * @param hasMore whether results follow this page
 */
public record SearchPage(List<PolicyEvent> events, int offset, int total, boolean totalExact, boolean hasMore) {
  /**
   * Checks and copies the parts.
   *
   * @param events the events of the page
   * @param offset the position of the first event
   * @param total the count of all results
   * @param totalExact whether the count is exact
   * @param hasMore whether results follow
   */
  public SearchPage {
    events = List.copyOf(Objects.requireNonNull(events, "events"));
    if (offset < 0 || total < 0) {
      throw new IllegalArgumentException("offset and total must not be negative: " + offset + ", " + total);
    }
  }

  /**
   * The offset of the next page.
   *
   * @return {@code offset + events().size()}
   */
  public int nextOffset() {
    return offset + events.size();
  }
}
