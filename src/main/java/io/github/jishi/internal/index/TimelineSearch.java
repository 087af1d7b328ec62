package io.github.jishi.internal.index;

import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.CitySummary;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.PageRecord;
import io.github.jishi.index.ProgramSummary;
import io.github.jishi.index.TimelineIndex;
import java.io.Closeable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A policy timeline to search, wherever it is kept: a local Lucene folder ({@link #local}) or a
 * SolrCloud collection ({@code io.github.jishi.internal.solr.SolrTimeline}).
 *
 * <p>Both answer an {@link EventQuery} with the same events: the same filters, the same order,
 * reports of one event merged by the same rule ({@link io.github.jishi.internal.event.SameEvent}).
 *
 * <pre>{@code
 * try (TimelineSearch timeline = TimelineSearch.local(jishi.openIndex())) {
 *   List<PolicyEvent> events = timeline.search(EventQuery.builder().city("杭州").build());
 * }
 * }</pre>
 */
public interface TimelineSearch extends Closeable {
  /** Events matching {@code query}, duplicates reported by several pages merged into one. */
  List<PolicyEvent> search(EventQuery query);

  /** How many events match, before merging. */
  int count(EventQuery query);

  /** Counts of matching events by {@code year}, {@code city} and {@code program}. */
  Map<String, Map<String, Integer>> facets(EventQuery query);

  /** One event by id; a merged event is found by the id of any of its reports. */
  Optional<PolicyEvent> find(String id);

  /** The programmes held, with their event counts and the pages that name them. */
  List<ProgramSummary> programs(Function<String, List<String>> aliases);

  /** The pages with these sources, by source; a source with no page is left out. */
  Map<String, PageRecord> pages(Collection<String> sources);

  /** Cities and provinces with events, most events first. */
  List<CitySummary> cities();

  /**
   * The local index as a {@code TimelineSearch}; closing it closes {@code index}.
   *
   * <p>An adapter rather than {@code TimelineIndex implements TimelineSearch}, so this interface
   * came without editing {@link TimelineIndex}; the two may be joined later.
   */
  static TimelineSearch local(TimelineIndex index) {
    return new LocalTimeline(index);
  }
}
