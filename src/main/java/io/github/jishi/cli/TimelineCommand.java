package io.github.jishi.cli;

import io.github.jishi.Jishi;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.TimelineIndex;
import java.io.PrintWriter;
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

/** {@code jishi timeline}: the events in date order, grouped by programme, city or year. */
@Command(name = "timeline", description = "Show events chronologically, grouped by programme, city or year.", mixinStandardHelpOptions = true)
final class TimelineCommand implements Callable<Integer> {
  enum GroupBy { program, city, year }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions indexOptions;
  @Mixin FilterOptions filters;

  @Option(names = "--by", paramLabel = "GROUP", description = "program, city or year (default: ${DEFAULT-VALUE})")
  GroupBy by = GroupBy.program;

  @Option(names = "--limit", paramLabel = "N", description = "at most N events (default: ${DEFAULT-VALUE})")
  int limit = 10_000;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    EventQuery query = filters.query().limit(limit).sort(EventQuery.Sort.DATE).build();
    Jishi jishi = indexOptions.forReading(spec.commandLine().getErr());
    try (TimelineIndex index = jishi.openIndex()) {
      Map<String, List<PolicyEvent>> groups = by == GroupBy.year ? new TreeMap<>() : new LinkedHashMap<>();
      for (PolicyEvent e : index.search(query)) {
        for (String key : keys(e)) {
          groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
      }
      int width = Render.width();
      for (Map.Entry<String, List<PolicyEvent>> g : groups.entrySet()) {
        out.println(g.getKey() + "  (" + g.getValue().size() + ")");
        for (PolicyEvent e : g.getValue()) {
          String where = by == GroupBy.city ? e.program().orElse("") : Render.places(e);
          String line = "  " + Render.fit(Render.date(e), 17) + " " + Render.fit(where, 18) + " " + Render.fit(e.action(), 6) + " ";
          out.println((line + Render.fit(e.evidence(), Math.max(20, width - Render.displayWidth(line)))).stripTrailing());
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

  private List<String> keys(PolicyEvent e) {
    return switch (by) {
      case program -> List.of(e.program().orElse("(no programme)"));
      case city -> e.cities().isEmpty() ? List.of("(no place)") : e.cities();
      case year -> List.of(e.date().map(d -> Integer.toString(d.getYear())).orElse("(year unknown)"));
    };
  }
}
