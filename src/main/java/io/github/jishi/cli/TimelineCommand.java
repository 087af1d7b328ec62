package io.github.jishi.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jishi.Jishi;
import io.github.jishi.JishiException;
import io.github.jishi.internal.event.EventJson;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.PageRecord;
import io.github.jishi.internal.index.SourcedEventJson;
import io.github.jishi.internal.index.TimelineSearch;
import io.github.jishi.internal.view.TimelineJs;
import io.github.jishi.internal.view.TimelinePage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jishi timeline}: the events in date order, grouped by programme, city or year; or as a
 * self-contained HTML page ({@code --html FILE}) or TimelineJS JSON ({@code --format timelinejs}).
 */
@Command(name = "timeline", description = "Show events chronologically, grouped by programme, city or year; "
    + "--html FILE writes a page with a time axis and a map, --format timelinejs writes TimelineJS JSON.",
    mixinStandardHelpOptions = true)
final class TimelineCommand implements Callable<Integer> {
  enum GroupBy { program, city, year }

  enum Format { text, json, jsonl, csv, timelinejs }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions indexOptions;
  @Mixin SolrOptions solr;
  @Mixin FilterOptions filters;
  @Mixin Output output;

  @Option(names = "--by", paramLabel = "GROUP", description = "program, city or year (default: ${DEFAULT-VALUE})")
  GroupBy by = GroupBy.program;

  @Option(names = "--limit", paramLabel = "N", description = "at most N events (default: ${DEFAULT-VALUE})")
  int limit = 10_000;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, jsonl, csv (one row per event and group, the group first) or timelinejs (default: ${DEFAULT-VALUE})")
  Format format = Format.text;

  @Option(names = "--html", paramLabel = "FILE", description = "write the timeline page (time axis, map, evidence) to FILE")
  Path html;

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "words to find in the evidence, either script")
  List<String> text = List.of();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
    }
    // the whole result is read so a limit that cuts it can say how many were left out
    EventQuery.Builder q = filters.query().sort(EventQuery.Sort.DATE);
    if (!text.isEmpty()) {
      q.text(String.join(" ", text));
    }
    EventQuery query = q.build();
    Jishi jishi = solr.jishi(indexOptions, spec.commandLine().getErr());
    try (TimelineSearch index = solr.open(jishi)) {
      List<PolicyEvent> all = index.search(query);
      List<PolicyEvent> events = all.subList(0, Math.min(limit, all.size()));
      if (events.size() < all.size()) {
        spec.commandLine().getErr().println("jishi: " + events.size() + " of " + all.size() + " events (truncated; raise --limit for more)");
        spec.commandLine().getErr().flush();
      }
      if (html != null || format == Format.timelinejs) {
        Map<String, PageRecord> pages = index.pages(SourcedEventJson.sourcesOf(events));
        if (html != null) {
          writePage(html, TimelinePage.render(events, pages, query, false));
          spec.commandLine().getErr().println("jishi: wrote " + events.size() + " events to " + html);
          spec.commandLine().getErr().flush();
        }
        if (format == Format.timelinejs) {
          TimelineJs.Group group = switch (by) {
            case program -> TimelineJs.Group.PROGRAM;
            case city -> TimelineJs.Group.CITY;
            case year -> TimelineJs.Group.YEAR;
          };
          Render.json(out, TimelineJs.toJson(events, pages, group, "政策时间线"));
          long undated = TimelineJs.undated(events);
          if (undated > 0) {
            spec.commandLine().getErr().println("jishi: " + undated + " events without a year are left out (TimelineJS needs a year)");
            spec.commandLine().getErr().flush();
          }
        }
        out.flush();
        return ExitCodes.OK;
      }
      Map<String, List<PolicyEvent>> groups = by == GroupBy.year ? new TreeMap<>() : new LinkedHashMap<>();
      for (PolicyEvent e : events) {
        for (String key : keys(e)) {
          groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
      }
      if (format != Format.text) {
        // the rows of the text form as data: each event under each of its groups, with the group first
        Map<String, PageRecord> pages = index.pages(SourcedEventJson.sourcesOf(events));
        List<ObjectNode> rows = new ArrayList<>();
        for (Map.Entry<String, List<PolicyEvent>> g : groups.entrySet()) {
          for (PolicyEvent e : g.getValue()) {
            ObjectNode o = EventJson.mapper().createObjectNode().put("group", g.getKey());
            o.setAll(SourcedEventJson.toJson(e, pages));
            rows.add(o);
          }
        }
        List<String> keys = new ArrayList<>(List.of("group"));
        keys.addAll(Output.EVENT_KEYS);
        output.print(out, Output.Format.valueOf(format.name()), rows, keys);
        out.flush();
        return ExitCodes.OK;
      }
      // on a terminal the cells are cut to its width; piped or redirected, nothing is cut
      boolean cut = Render.terminal();
      int width = Render.width();
      for (Map.Entry<String, List<PolicyEvent>> g : groups.entrySet()) {
        out.println(Render.safe(g.getKey(), true) + "  (" + g.getValue().size() + ")");
        for (PolicyEvent e : g.getValue()) {
          String where = by == GroupBy.city ? e.program().orElse("") : Render.places(e);
          String line = "  " + Render.fit(Render.date(e), 17) + " " + Render.fit(where, 18, cut) + " " + Render.fit(e.action(), 6, cut) + " ";
          String evidence = cut ? Render.fit(e.evidence(), Math.max(20, width - Render.displayWidth(line))) : Render.safe(e.evidence(), true);
          out.println((line + evidence).stripTrailing());
        }
        out.println();
      }
      if (groups.isEmpty()) {
        out.println("no events");
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void writePage(Path file, String page) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new JishiException("cannot write the page to '" + file + "': " + e.getMessage(), e);
    }
  }

  private List<String> keys(PolicyEvent e) {
    return switch (by) {
      case program -> List.of(e.program().orElse("(no programme)"));
      case city -> e.cities().isEmpty() ? List.of("(no place)") : e.cities();
      case year -> List.of(e.date().map(d -> Integer.toString(d.getYear())).orElse("(year unknown)"));
    };
  }
}
