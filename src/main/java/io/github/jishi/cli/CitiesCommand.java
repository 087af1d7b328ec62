package io.github.jishi.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.jishi.Jishi;
import io.github.jishi.event.EventJson;
import io.github.jishi.index.CitySummary;
import io.github.jishi.index.TimelineSearch;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jishi cities}: the cities and provinces the index has events for. */
@Command(name = "cities", description = "List the cities and provinces in the index with their event counts.", mixinStandardHelpOptions = true)
final class CitiesCommand implements Callable<Integer> {
  enum Format { table, json }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions indexOptions;
  @Mixin SolrOptions solr;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE})")
  Format format = Format.table;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Jishi jishi = solr.jishi(indexOptions, spec.commandLine().getErr());
    try (TimelineSearch index = solr.open(jishi)) {
      List<CitySummary> cities = index.cities();
      if (format == Format.json) {
        ArrayNode a = EventJson.mapper().createArrayNode();
        cities.forEach(c -> a.addObject().put("name", c.name()).put("events", c.events()));
        Render.json(out, a);
      } else {
        out.println(Render.fit("EVENTS", 7) + " CITY");
        cities.forEach(c -> out.println(Render.fit(Integer.toString(c.events()), 7) + " " + c.name()));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
