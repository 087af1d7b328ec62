package io.github.jishi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.jishi.internal.event.EventJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CSV (RFC 4180) of the same objects the JSON output prints: one column per JSON key, in the JSON's
 * order; a list of strings is joined with {@code |}, a list of objects (places) is kept as compact
 * JSON; null is empty. A cell holding a comma, a quote, CR or LF is quoted; a text cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR gets a leading {@code '} so a spreadsheet does
 * not run it as a formula.
 */
final class Csv {
  /** The byte-order mark that makes Excel read the file as UTF-8. */
  static final String BOM = "\uFEFF";

  private Csv() {}

  /**
   * The header and rows of {@code objects}, every line ended by CRLF as RFC 4180 says: the columns
   * {@code leadingKeys} first (present even when no object has them, so the header is the same for
   * an empty list), then every other key in the order the objects first show it.
   */
  static String table(List<? extends JsonNode> objects, List<String> leadingKeys) {
    Set<String> keys = new LinkedHashSet<>(leadingKeys);
    for (JsonNode o : objects) {
      for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
        keys.add(it.next());
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(row(new ArrayList<>(keys))).append("\r\n");
    for (JsonNode o : objects) {
      List<String> cells = new ArrayList<>();
      for (String k : keys) {
        cells.add(cellOf(o.get(k)));
      }
      sb.append(rowRaw(cells)).append("\r\n");
    }
    return sb.toString();
  }

  /** One row of text cells. */
  static String row(List<String> cells) {
    return cells.stream().map(c -> cell(neutralize(c))).collect(Collectors.joining(","));
  }

  private static String rowRaw(List<String> cells) {
    return cells.stream().map(Csv::cell).collect(Collectors.joining(","));
  }

  /** A JSON value as a cell, already neutralized when it is text. */
  static String cellOf(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "";
    }
    if (v.isNumber() || v.isBoolean()) {
      return v.asText();
    }
    if (v.isTextual()) {
      return neutralize(v.asText());
    }
    if (v.isArray()) {
      boolean scalars = true;
      for (JsonNode e : v) {
        scalars &= e.isValueNode();
      }
      if (scalars) {
        List<String> parts = new ArrayList<>();
        v.forEach(e -> parts.add(e.asText()));
        return neutralize(String.join("|", parts));
      }
    }
    try {
      return neutralize(EventJson.mapper().writeValueAsString(v));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot print JSON", e);
    }
  }

  /** {@code '} before a text that a spreadsheet would take for a formula. */
  static String neutralize(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }

  /** Quoted when it holds a comma, a quote, CR or LF. */
  static String cell(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
