package io.github.jishi.internal.index;

import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.CitySummary;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.PageRecord;
import io.github.jishi.index.ProgramSummary;
import io.github.jishi.index.TimelineIndex;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** {@link TimelineSearch} over a {@link TimelineIndex}: each method delegates in one line. */
final class LocalTimeline implements TimelineSearch {
  private final TimelineIndex index;

  LocalTimeline(TimelineIndex index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  @Override
  public List<PolicyEvent> search(EventQuery query) {
    return index.search(query);
  }

  @Override
  public int count(EventQuery query) {
    return index.count(query);
  }

  @Override
  public Map<String, Map<String, Integer>> facets(EventQuery query) {
    return index.facets(query);
  }

  @Override
  public Optional<PolicyEvent> find(String id) {
    return index.find(id);
  }

  @Override
  public List<ProgramSummary> programs(Function<String, List<String>> aliases) {
    return index.programs(aliases);
  }

  @Override
  public Map<String, PageRecord> pages(Collection<String> sources) {
    return index.pages(sources);
  }

  @Override
  public List<CitySummary> cities() {
    return index.cities();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
