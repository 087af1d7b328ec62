package io.github.jishi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.jishi.internal.event.EventJson;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.internal.index.SourcedEventJson;
import io.github.jishi.time.Precision;
import io.github.jishi.time.YearSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --format json|jsonl|csv} and {@code --bom}, shared by the commands that list things: the
 * same objects in three forms (JSON: one array; JSON Lines: one object a line; CSV: one column per key).
 */
final class Output {
  enum Format { table, json, jsonl, csv }

  /** The keys of an event's JSON ({@code search --format json}), in order: the CSV header of an empty list. */
  static final List<String> EVENT_KEYS = eventKeys();

  @Option(names = "--bom", description = "with --format csv: start with a UTF-8 byte-order mark, for Excel")
  boolean bom;

  /**
   * Prints {@code objects} in a machine format (not {@code table}); {@code csvKeys} are the CSV's
   * first columns, there even when the list is empty or an object lacks them.
   */
  void print(PrintWriter out, Format format, List<? extends JsonNode> objects, List<String> csvKeys) {
    switch (format) {
      case json -> {
        ArrayNode a = EventJson.mapper().createArrayNode();
        objects.forEach(a::add);
        Render.json(out, a);
      }
      case jsonl -> objects.forEach(o -> Render.jsonLine(out, o));
      case csv -> {
        if (bom) {
          out.print(Csv.BOM);
        }
        out.print(Csv.table(objects, csvKeys));
      }
      case table -> throw new IllegalArgumentException("table is no machine format");
    }
  }

  private static List<String> eventKeys() {
    PolicyEvent e = new PolicyEvent("", Optional.empty(), Optional.empty(), Precision.DAY, Optional.empty(), YearSource.NONE, "",
        List.of(), List.of(), Optional.empty(), List.of(), "", List.of(), "", 0, 0, "", List.of(), "", Optional.empty());
    List<String> keys = new ArrayList<>();
    SourcedEventJson.toJson(e, Map.of()).fieldNames().forEachRemaining(keys::add);
    return List.copyOf(keys);
  }
}
