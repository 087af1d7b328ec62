package io.github.jishi.index;

import io.github.jishi.JishiException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to look for in the timeline: places, a programme, a date range and free text.
 *
 * <p>Immutable; build one fluently:
 *
 * <pre>{@code
 * EventQuery q = EventQuery.builder().city("杭州").from("2021").to("2021").build();
 * }</pre>
 *
 * <p>An event matches the date range when its whole span lies inside {@code [from, to]}; with
 * {@link Builder#overlap(boolean)} a span that only overlaps matches too.
 *
 * <p>{@code offset} and {@code limit} cut a page out of the merged results: the events
 * {@code offset} to {@code offset + limit - 1}, counted from 0 in {@code sort} order.
 *
 * @param cities places, any of which an event must be in; empty for anywhere
 * @param program a whole or partial programme name an event must name
 * @param from the first day of the date range
 * @param to the last day of the date range
 * @param overlap whether a span that only overlaps the range matches
 * @param text words an event's evidence must hold
 * @param limit the most events returned, at least 1
 * @param sort the order of the results
 * @param offset how many of the results to pass over before the first returned, at least 0
 */
public record EventQuery(
    List<String> cities,
    Optional<String> program,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    boolean overlap,
    Optional<String> text,
    int limit,
    Sort sort,
    int offset) {

  /** Result order. */
  public enum Sort {
    /** oldest first, undated last */
    DATE,
    /** newest first, undated last */
    DATE_DESC,
    /** best full-text match first */
    RELEVANCE
  }

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  /**
   * Checks the parts: {@code limit} at least 1, {@code offset} at least 0, {@code to} not before {@code from}.
   *
   * @param cities places, any of which an event must be in
   * @param program a programme name or part of one
   * @param from the first day of the range
   * @param to the last day of the range
   * @param overlap whether spans that only overlap the range match
   * @param text words the evidence must hold
   * @param limit the most events returned
   * @param sort the order
   * @param offset results passed over
   * @throws JishiException when a part is out of range
   */
  public EventQuery {
    cities = List.copyOf(cities);
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sort, "sort");
    if (offset < 0) {
      throw new JishiException("offset must be at least 0, got " + offset);
    }
    if (limit < 1) {
      throw new JishiException("limit must be at least 1, got " + limit);
    }
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new JishiException("--to " + to.get() + " is before --from " + from.get());
    }
  }

  /**
   * A builder of a query matching every event, oldest first, with no limit.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this query, to change a part of it: the next page is
   * {@code q.toBuilder().offset(q.offset() + q.limit()).build()}.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.cities.addAll(cities);
    b.program = program.orElse(null);
    b.from = from.orElse(null);
    b.to = to.orElse(null);
    b.overlap = overlap;
    b.text = text.orElse(null);
    b.limit = limit;
    b.sort = sort;
    b.offset = offset;
    return b;
  }

  /**
   * Every event, oldest first, with no limit.
   *
   * @return the query
   */
  public static EventQuery all() {
    return builder().build();
  }

  /**
   * The first day {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} covers.
   *
   * @param value the date
   * @return its first day
   * @throws JishiException naming the value when it is not such a date
   */
  public static LocalDate firstDay(String value) {
    return bound(value, true);
  }

  /**
   * The last day {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} covers.
   *
   * @param value the date
   * @return its last day
   * @throws JishiException naming the value when it is not such a date
   */
  public static LocalDate lastDay(String value) {
    return bound(value, false);
  }

  private static LocalDate bound(String value, boolean first) {
    Objects.requireNonNull(value, "value");
    Matcher m = DATE.matcher(value.trim());
    if (!m.matches()) {
      throw new JishiException("bad date '" + value + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      }
      YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return first ? ym.atDay(1) : ym.atEndOfMonth();
      }
      return ym.atDay(Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new JishiException("bad date '" + value + "': no such day (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }

  /** Fluent builder; every setter checks its argument. */
  public static final class Builder {
    private final List<String> cities = new ArrayList<>();
    private String program;
    private LocalDate from;
    private LocalDate to;
    private boolean overlap;
    private String text;
    private int limit = Integer.MAX_VALUE;
    private Sort sort = Sort.DATE;
    private int offset;

    private Builder() {}

    /**
     * A province, city or district in either script, with or without suffix; repeat for "any of".
     *
     * @param name the place's name
     * @return this builder
     */
    public Builder city(String name) {
      Objects.requireNonNull(name, "city");
      if (name.isBlank()) {
        throw new JishiException("city must not be blank");
      }
      cities.add(name.trim());
      return this;
    }

    /**
     * A whole or partial programme name in either script.
     *
     * @param name the name or a part of it
     * @return this builder
     */
    public Builder program(String name) {
      Objects.requireNonNull(name, "program");
      if (name.isBlank()) {
        throw new JishiException("program must not be blank");
      }
      this.program = name.trim();
      return this;
    }

    /**
     * The first day of the date range.
     *
     * @param day the day
     * @return this builder
     */
    public Builder from(LocalDate day) {
      this.from = Objects.requireNonNull(day, "from");
      return this;
    }

    /**
     * The first day of the date range: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, the first day it covers.
     *
     * @param value the date
     * @return this builder
     * @throws JishiException naming the value when it is not such a date
     */
    public Builder from(String value) {
      return from(firstDay(value));
    }

    /**
     * The last day of the date range.
     *
     * @param day the day
     * @return this builder
     */
    public Builder to(LocalDate day) {
      this.to = Objects.requireNonNull(day, "to");
      return this;
    }

    /**
     * The last day of the date range: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, the last day it covers.
     *
     * @param value the date
     * @return this builder
     * @throws JishiException naming the value when it is not such a date
     */
    public Builder to(String value) {
      return to(lastDay(value));
    }

    /**
     * Whether an event whose span only overlaps the date range matches.
     *
     * @param overlap true for overlapping spans too
     * @return this builder
     */
    public Builder overlap(boolean overlap) {
      this.overlap = overlap;
      return this;
    }

    /**
     * Words an event's evidence must hold, in either script; blank for none.
     *
     * @param text the words
     * @return this builder
     */
    public Builder text(String text) {
      Objects.requireNonNull(text, "text");
      this.text = text.isBlank() ? null : text.trim();
      return this;
    }

    /**
     * The most events returned.
     *
     * @param limit at least 1; no limit by default
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * The result order.
     *
     * @param sort the order, {@link Sort#DATE} by default
     * @return this builder
     */
    public Builder sort(Sort sort) {
      this.sort = Objects.requireNonNull(sort, "sort");
      return this;
    }

    /**
     * How many results to pass over: with {@link #limit(int)}, a page of them.
     *
     * @param offset at least 0 (the default)
     * @return this builder
     */
    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    /**
     * The query.
     *
     * @return an immutable query
     * @throws JishiException when the limit or offset is out of range or {@code to} is before {@code from}
     */
    public EventQuery build() {
      return new EventQuery(cities, Optional.ofNullable(program), Optional.ofNullable(from), Optional.ofNullable(to),
          overlap, Optional.ofNullable(text), limit, sort, offset);
    }
  }
}
