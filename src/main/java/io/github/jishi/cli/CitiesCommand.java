package io.github.jishi.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jishi.internal.entity.Place;
import io.github.jishi.internal.entity.PlaceGazetteer;
import io.github.jishi.Jishi;
import io.github.jishi.internal.event.EventJson;
import io.github.jishi.index.CitySummary;
import io.github.jishi.internal.index.TimelineSearch;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code jishi cities}: the cities and provinces the index has events for. As JSON, each carries
 * its gazetteer code, its {@code pinyin} ({@code Hángzhōu}), its {@code english} name where it has
 * one that is not its pinyin, and the {@code latitude} and {@code longitude} of its seat where known.
 */
@Command(name = "cities", description = "List the cities and provinces in the index with their event counts.", mixinStandardHelpOptions = true)
final class CitiesCommand implements Callable<Integer> {
  /** The columns of the CSV, in order (the JSON has the same keys, those it does not know left out). */
  static final List<String> KEYS = List.of("name", "events", "code", "pinyin", "english", "latitude", "longitude");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions indexOptions;
  @Mixin SolrOptions solr;
  @Mixin Output output;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json, jsonl or csv (default: ${DEFAULT-VALUE})")
  Output.Format format = Output.Format.table;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Jishi jishi = solr.jishi(indexOptions, spec.commandLine().getErr());
    try (TimelineSearch index = solr.open(jishi)) {
      List<CitySummary> cities = index.cities();
      if (format != Output.Format.table) {
        List<ObjectNode> rows = new ArrayList<>();
        PlaceGazetteer gazetteer = PlaceGazetteer.load();
        for (CitySummary c : cities) {
          ObjectNode o = EventJson.mapper().createObjectNode().put("name", c.name()).put("events", c.events());
          rows.add(o);
          List<Place> places = gazetteer.resolveQuery(c.name());
          if (places.size() == 1) {
            Place p = places.get(0);
            o.put("code", p.code()).put("pinyin", p.pinyinName());
            if (!p.english().isEmpty()) {
              o.put("english", p.english().split(",")[0]);
            }
            p.coordinates().ifPresent(s -> o.put("latitude", s.latitude()).put("longitude", s.longitude()));
          } else {
            o.put("pinyin", "");
          }
        }
        output.print(out, format, rows, KEYS);
      } else {
        out.println(Render.fit("EVENTS", 7) + " CITY");
        cities.forEach(c -> out.println(Render.fit(Integer.toString(c.events()), 7) + " " + c.name()));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
