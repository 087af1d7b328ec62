package io.github.jishi.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jishi.Jishi;
import io.github.jishi.internal.event.EventJson;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.PageRecord;
import io.github.jishi.internal.index.SourcedEventJson;
import io.github.jishi.internal.index.TimelineSearch;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jishi search}: events by city, programme, date range and text.
 *
 * <p>When {@code --limit} or {@code --offset} leaves events out, stderr says so
 * ({@code jishi: 1-10000 of 42709 events (truncated; next: --offset 10000)}) in every format; stdout
 * keeps exactly the rows (one JSON array for {@code --format json}).
 */
@Command(name = "search", description = "Find events by city, programme, date range and text.", mixinStandardHelpOptions = true)
final class SearchCommand implements Callable<Integer> {
  /** More {@code --city} than this would make a query Lucene refuses (two clauses a city). */
  static final int MAX_CITIES = 256;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions indexOptions;
  @Mixin SolrOptions solr;
  @Mixin FilterOptions filters;
  @Mixin Output output;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json, jsonl or csv (default: ${DEFAULT-VALUE})")
  Output.Format format = Output.Format.table;

  @Option(names = "--limit", paramLabel = "N", description = "at most N events (default: ${DEFAULT-VALUE})")
  int limit = 10_000;

  @Option(names = "--offset", paramLabel = "N", description = "skip the first N events, for the next page (default: 0)")
  int offset;

  @Option(names = "--sort", paramLabel = "ORDER", description = "date, date_desc or relevance, any case (default: date)")
  EventQuery.Sort sort = EventQuery.Sort.DATE;

  @Option(names = {"--wide", "-w"}, description = "table: add the ID column (for: jishi show ID)")
  boolean wide;

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "words to find in the evidence, either script")
  List<String> text = List.of();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
    }
    if (offset < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--offset must be 0 or more, got " + offset);
    }
    if (filters.cities.size() > MAX_CITIES) {
      throw new CommandLine.ParameterException(spec.commandLine(), "too many --city (" + filters.cities.size()
          + "); at most " + MAX_CITIES + " in one search: name a province to cover its cities");
    }
    // the whole result is read so the total is exact after merging; the page is cut from it
    EventQuery.Builder q = filters.query().sort(sort);
    if (!text.isEmpty()) {
      q.text(String.join(" ", text));
    }
    EventQuery query = q.build();
    Jishi jishi = solr.jishi(indexOptions, err);
    List<PolicyEvent> events;
    Map<String, PageRecord> pages;
    int from;
    int total;
    try (TimelineSearch index = solr.open(jishi)) {
      List<PolicyEvent> all = index.search(query);
      total = all.size();
      from = Math.min(offset, total);
      int to = (int) Math.min((long) from + limit, total);
      events = all.subList(from, to);
      pages = format == Output.Format.table ? Map.of() : index.pages(SourcedEventJson.sourcesOf(events));
    }
    switch (format) {
      case table -> Render.eventTable(out, events, filters.cities, wide);
      default -> {
        List<ObjectNode> rows = new ArrayList<>();
        events.forEach(e -> rows.add(SourcedEventJson.toJson(e, pages)));
        output.print(out, format, rows, Output.EVENT_KEYS);
      }
    }
    out.flush();
    if (events.size() < total) {
      err.println("jishi: " + countLine(from, events.size(), total));
      err.flush();
    }
    return ExitCodes.OK;
  }

  /** {@code 10000 of 42709 events (truncated; next: --offset 10000)}, or with the range when offset. */
  static String countLine(int from, int shown, int total) {
    String range = from == 0 ? Integer.toString(shown) : shown == 0 ? "0 (offset " + from + ")" : (from + 1) + "-" + (from + shown);
    int next = from + shown;
    return range + " of " + total + " events (truncated" + (next < total && shown > 0 ? "; next: --offset " + next : "") + ")";
  }

}
