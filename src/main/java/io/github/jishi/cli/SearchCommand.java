package io.github.jishi.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.jishi.Jishi;
import io.github.jishi.event.EventJson;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.PageRecord;
import io.github.jishi.index.SourcedEventJson;
import io.github.jishi.index.TimelineSearch;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jishi search}: events by city, programme, date range and text. */
@Command(name = "search", description = "Find events by city, programme, date range and text.", mixinStandardHelpOptions = true)
final class SearchCommand implements Callable<Integer> {
  enum Format { table, json, jsonl, csv }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions indexOptions;
  @Mixin SolrOptions solr;
  @Mixin FilterOptions filters;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json, jsonl or csv (default: ${DEFAULT-VALUE})")
  Format format = Format.table;

  @Option(names = "--limit", paramLabel = "N", description = "at most N events (default: ${DEFAULT-VALUE})")
  int limit = 10_000;

  @Option(names = "--sort", paramLabel = "ORDER", description = "date, date_desc or relevance (default: date)")
  EventQuery.Sort sort = EventQuery.Sort.DATE;

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "words to find in the evidence, either script")
  List<String> text = List.of();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    EventQuery.Builder q = filters.query().limit(limit).sort(sort);
    if (!text.isEmpty()) {
      q.text(String.join(" ", text));
    }
    EventQuery query = q.build();
    Jishi jishi = solr.jishi(indexOptions, spec.commandLine().getErr());
    try (TimelineSearch index = solr.open(jishi)) {
      List<PolicyEvent> events = index.search(query);
      switch (format) {
        case json -> {
          Map<String, PageRecord> pages = index.pages(SourcedEventJson.sourcesOf(events));
          ArrayNode a = EventJson.mapper().createArrayNode();
          events.forEach(e -> a.add(SourcedEventJson.toJson(e, pages)));
          Render.json(out, a);
        }
        case jsonl -> {
          Map<String, PageRecord> pages = index.pages(SourcedEventJson.sourcesOf(events));
          events.forEach(e -> Render.jsonLine(out, SourcedEventJson.toJson(e, pages)));
        }
        case csv -> {
          out.println(Render.csvRow(List.of("id", "date", "date_end", "month_day", "precision", "cities", "program", "action", "evidence", "source")));
          for (PolicyEvent e : events) {
            var j = EventJson.toJson(e);
            out.println(Render.csvRow(List.of(e.id(), j.path("date").asText(""), j.path("date_end").asText(""),
                j.path("month_day").asText(""), e.precision().key(), String.join("|", e.cities()), e.program().orElse(""),
                e.action(), e.evidence(), e.source())));
          }
        }
        case table -> Render.eventTable(out, events);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
