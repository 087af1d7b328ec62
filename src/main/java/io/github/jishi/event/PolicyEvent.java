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

  /**
   * Checks the parts (a date and its end go together, the end not before the start) and copies the
   * lists.
   *
   * @param id a stable identifier of the event
   * @param date the first day, when a year can be justified
   * @param dateEnd the last day, present with {@code date}
   * @param precision how precise the date is
   * @param monthDay the month and day the page gives, when it gives them
   * @param yearSource how the year was chosen
   * @param yearFrom the document a corpus-inferred year came from, or empty
   * @param cities the cities (or provinces) the event is about
   * @param places the places the event names
   * @param program the programme that names the event, when there is one
   * @param programs every programme the event names
   * @param action the step taken ({@code 获批}, {@code 印发}...)
   * @param orgs the organisations that act
   * @param evidence the sentence the event was read from, as written
   * @param evidenceStart offset of the evidence in the source document's text
   * @param evidenceEnd end offset of the evidence in the source document's text
   * @param source the first document that reports the event
   * @param sources every document that reports the event
   * @param title the title of the first document
   * @param published the publish date of the first document, when known
   */
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

  /**
   * Whether the year was inferred from other documents of the corpus.
   *
   * @return {@code true} when {@link #yearSource()} is {@link YearSource#CORPUS}
   */
  public boolean yearInferred() {
    return yearSource == YearSource.CORPUS;
  }

  /**
   * The same event dated with a year found elsewhere in the corpus.
   *
   * @param year the year to date the event's month and day with
   * @param fromSource the document the year was found in
   * @return the dated event
   * @throws IllegalStateException when the event has no month and day to date
   */
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

  /**
   * The same event reported by more documents (first source kept as {@link #source()}).
   *
   * @param allSources every document that reports the event
   * @return the event with these sources
   */
  public PolicyEvent withSources(List<String> allSources) {
    return new PolicyEvent(id, date, dateEnd, precision, monthDay, yearSource, yearFrom, cities, places, program, programs,
        action, orgs, evidence, evidenceStart, evidenceEnd, source, allSources, title, published);
  }
}
