package io.github.jishi.event;

import io.github.jishi.time.Precision;
import io.github.jishi.time.YearSource;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing that happened (or was scheduled) on a date, about a place or a named programme.
 *
 * <p>{@code date}/{@code dateEnd} are empty when no year can be justified; {@code monthDay} then
 * holds what the page gives. {@code yearSource} says how the year was chosen and {@code yearFrom}
 * names the document a corpus-inferred year came from. {@code evidenceStart}/{@code evidenceEnd}
 * are offsets of the evidence in the source document's cleaned, original-script text.
 */
public record PolicyEvent(
    String id,
    Optional<LocalDate> date,
    Optional<LocalDate> dateEnd,
    Precision precision,
    Optional<MonthDay> monthDay,
    YearSource yearSource,
    String yearFrom,
    List<String> cities,
    List<EventPlace> places,
    Optional<String> program,
    List<String> programs,
    String action,
    List<String> orgs,
    String evidence,
    int evidenceStart,
    int evidenceEnd,
    String source,
    List<String> sources,
    String title,
    Optional<LocalDate> published) {

  public PolicyEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateEnd, "dateEnd");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(monthDay, "monthDay");
    Objects.requireNonNull(yearSource, "yearSource");
    Objects.requireNonNull(yearFrom, "yearFrom");
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    if (date.isPresent() != dateEnd.isPresent()) {
      throw new IllegalArgumentException("date and dateEnd go together: " + date + " " + dateEnd);
    }
    if (date.isPresent() && dateEnd.get().isBefore(date.get())) {
      throw new IllegalArgumentException("dateEnd " + dateEnd.get() + " before date " + date.get());
    }
    cities = List.copyOf(cities);
    places = List.copyOf(places);
    programs = List.copyOf(programs);
    orgs = List.copyOf(orgs);
    sources = List.copyOf(sources);
  }

  /** Whether the year was inferred from other documents of the corpus. */
  public boolean yearInferred() {
    return yearSource == YearSource.CORPUS;
  }

  /** The same event dated with a year found elsewhere in the corpus. */
  public PolicyEvent withInferredYear(int year, String fromSource) {
    MonthDay md = monthDay.orElseThrow(() -> new IllegalStateException("event " + id + " has no month-day to date"));
    LocalDate start = md.atYear(year);
    LocalDate end = start;
    if (precision == Precision.MONTH) {
      start = start.withDayOfMonth(1);
      end = start.withDayOfMonth(start.lengthOfMonth());
    }
    return new PolicyEvent(id, Optional.of(start), Optional.of(end), precision, monthDay, YearSource.CORPUS, fromSource,
        cities, places, program, programs, action, orgs, evidence, evidenceStart, evidenceEnd, source, sources, title, published);
  }

  /** The same event reported by more documents (first source kept as {@link #source()}). */
  public PolicyEvent withSources(List<String> allSources) {
    return new PolicyEvent(id, date, dateEnd, precision, monthDay, yearSource, yearFrom, cities, places, program, programs,
        action, orgs, evidence, evidenceStart, evidenceEnd, source, allSources, title, published);
  }
}
