package io.github.jishi.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jishi.Jishi;
import io.github.jishi.internal.event.EventJson;
import io.github.jishi.index.ProgramSummary;
import io.github.jishi.internal.index.TimelineSearch;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jishi programs}: the programmes the index holds, with counts and the pages naming them. */
@Command(name = "programs", description = "List the programmes in the index with their event counts.", mixinStandardHelpOptions = true)
final class ProgramsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions indexOptions;
  @Mixin Output output;
  @Mixin SolrOptions solr;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json, jsonl or csv (default: ${DEFAULT-VALUE})")
  Output.Format format = Output.Format.table;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Jishi jishi = solr.jishi(indexOptions, spec.commandLine().getErr());
    try (TimelineSearch index = solr.open(jishi)) {
      List<ProgramSummary> programs = index.programs(jishi::aliases);
      if (format != Output.Format.table) {
        List<ObjectNode> rows = new ArrayList<>();
        for (ProgramSummary p : programs) {
          ObjectNode o = EventJson.mapper().createObjectNode();
          rows.add(o);
          o.put("name", p.name());
          p.aliases().forEach(o.putArray("aliases")::add);
          if (!o.has("aliases")) {
            o.putArray("aliases");
          }
          o.put("events", p.events());
          ArrayNode sources = o.putArray("sources");
          p.sources().forEach(sources::add);
        }
        output.print(out, format, rows, List.of("name", "aliases", "events", "sources"));
      } else {
        out.println(Render.fit("EVENTS", 7) + " " + Render.fit("PAGES", 6) + " PROGRAMME");
        for (ProgramSummary p : programs) {
          out.println(Render.fit(Integer.toString(p.events()), 7) + " " + Render.fit(Integer.toString(p.sources().size()), 6)
              + " " + Render.safe(p.name() + (p.aliases().isEmpty() ? "" : "  (" + String.join("、", p.aliases()) + ")"), true));
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
