package io.github.jishi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.jishi.internal.event.EventJson;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --format json|jsonl|csv} and {@code --bom}, shared by the commands that list things: the
 * same objects in three forms (JSON: one array; JSON Lines: one object a line; CSV: one column per key).
 */
final class Output {
  enum Format { table, json, jsonl, csv }

  @Option(names = "--bom", description = "with --format csv: start with a UTF-8 byte-order mark, for Excel")
  boolean bom;

  /** Prints {@code objects} in a machine format (not {@code table}). */
  void print(PrintWriter out, Format format, List<? extends JsonNode> objects, List<String> csvKeysWhenEmpty) {
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
        out.print(Csv.table(objects, csvKeysWhenEmpty));
      }
      case table -> throw new IllegalArgumentException("table is no machine format");
    }
  }
}
