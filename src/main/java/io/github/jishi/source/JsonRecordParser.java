package io.github.jishi.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Splits JSON and JSONL content into records and reads named fields from them.
 *
 * <p>A JSON array gives one record per element; a single object gives one record, unless it only
 * wraps an array of objects ({@code {"data": [...]}}), which is then taken as the records.
 */
final class JsonRecordParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** How deep nested objects are searched for a key. */
  private static final int MAX_DEPTH = 4;

  private JsonRecordParser() {}

  /** Thrown internally when content that only looked like JSON is not. */
  static final class NotJson extends Exception {
    NotJson(String message) {
      super(message);
    }
  }

  /**
   * The records of a JSON or JSONL text.
   *
   * @param nodes the records, in order
   * @param many whether they came from an array or from lines, so each is named {@code path#N}
   * @param problems the parts that could not be read, each with its line and column; a record that
   *     could not be read holds a {@link MissingNode} so the others keep their numbers
   */
  record Records(List<JsonNode> nodes, boolean many, List<String> problems) {
    Records(List<JsonNode> nodes, boolean many) {
      this(nodes, many, List.of());
    }
  }

  /** The records of {@code content}. */
  static Records records(String content, DocumentFormat format, String name, ReaderOptions options)
      throws NotJson {
    if (format == DocumentFormat.JSONL) {
      return lines(content, name);
    }
    // read every top-level value: JSON Lines saved as .json, or several objects one after another
    List<JsonNode> values = new ArrayList<>();
    String problem = null;
    try (JsonParser p = MAPPER.getFactory().createParser(content)) {
      while (true) {
        try {
          if (p.nextToken() == null) {
            break;
          }
          values.add(MAPPER.readTree(p));
        } catch (JsonProcessingException e) {
          problem = describe(e);
          break;
        }
      }
    } catch (IOException e) {
      problem = e.getMessage();
    }
    if (values.isEmpty() && problem != null) {
      throw new NotJson("malformed JSON in " + name + ": " + problem);
    }
    if (problem != null && lineShaped(content)) {
      // one record a line with a bad line among them: read it as JSON Lines, keeping the good lines
      return lines(content, name);
    }
    if (values.size() > 1 || problem != null) {
      List<JsonNode> out = new ArrayList<>();
      for (JsonNode v : values) {
        if (v.isArray()) {
          v.forEach(out::add);
        } else {
          out.add(v);
        }
      }
      List<String> problems = problem == null ? List.of()
          : List.of("unreadable JSON after record " + out.size() + " in " + name + ", the rest of the file is not read: " + problem);
      return new Records(out, true, problems);
    }
    if (values.isEmpty() || values.get(0).isMissingNode()) {
      return new Records(List.of(), false);
    }
    JsonNode root = values.get(0);
    if (root.isObject() && !hasAnyKey(root, options)) {
      JsonNode wrapped = onlyArrayOfObjects(root);
      if (wrapped != null) {
        root = wrapped;
      }
    }
    List<JsonNode> out = new ArrayList<>();
    if (root.isArray()) {
      for (JsonNode element : root) {
        out.add(element);
      }
    } else {
      out.add(root);
    }
    return new Records(out, root.isArray());
  }

  /** Whether every non-blank line opens a JSON object or array: JSON Lines, whatever the name says. */
  private static boolean lineShaped(String content) {
    int lines = 0;
    for (String line : content.split("\n")) {
      String t = TextLines.trim(line);
      if (t.isEmpty()) {
        continue;
      }
      if (t.charAt(0) != '{' && t.charAt(0) != '[') {
        return false;
      }
      lines++;
    }
    return lines > 1;
  }

  /**
   * One record a line; a line that is no JSON is reported (by its line and column) and the others
   * are kept. Only when no line at all is JSON is the content not JSON Lines.
   */
  private static Records lines(String content, String name) throws NotJson {
    List<JsonNode> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int good = 0;
    int n = content.length();
    int start = 0;
    int lineNo = 0;
    while (start < n) {
      int end = content.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      lineNo++;
      String line = TextLines.trim(content.substring(start, end));
      if (!line.isEmpty()) {
        try {
          out.add(MAPPER.readTree(line));
          good++;
        } catch (JsonProcessingException e) {
          out.add(MissingNode.getInstance());
          problems.add("malformed JSON record in " + name + " at line " + lineNo + ": " + describe(e, lineNo));
        }
      }
      start = end + 1;
    }
    if (good == 0 && !problems.isEmpty()) {
      throw new NotJson(problems.get(0));
    }
    return new Records(out, true, problems);
  }

  /** Like {@link #describe(JsonProcessingException)} for a line parsed alone: the line is the file's. */
  private static String describe(JsonProcessingException e, int lineNo) {
    JsonLocation at = e.getLocation();
    String message = describe(e);
    if (at == null) {
      return message;
    }
    int cut = message.lastIndexOf(" (line ");
    return (cut < 0 ? message : message.substring(0, cut)) + " (line " + lineNo + ", column " + at.getColumnNr() + ")";
  }

  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
    int cut = message.indexOf('\n');
    if (cut >= 0) {
      message = message.substring(0, cut);
    }
    if (message.length() > 160) {
      message = message.substring(0, 160) + "...";
    }
    message = escapeBreaks(message);
    JsonLocation at = e.getLocation();
    return at == null ? message : message + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  /**
   * Jackson quotes the offending character, which may be U+2028, U+0085 or a control: escaped, the
   * message stays on one line on every terminal.
   */
  private static String escapeBreaks(String message) {
    StringBuilder sb = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
        sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean hasAnyKey(JsonNode object, ReaderOptions options) {
    for (List<String> keys : List.of(options.titleKeys(), options.textKeys(), options.dateKeys())) {
      if (find(object, keys).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode onlyArrayOfObjects(JsonNode object) {
    JsonNode found = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      JsonNode value = it.next().getValue();
      if (value.isArray() && value.size() > 0 && value.get(0).isObject()) {
        if (found != null) {
          return null;
        }
        found = value;
      }
    }
    return found;
  }

  /** A field found by one of the wanted keys, under the key as the record spells it. */
  record Field(String key, JsonNode value) {}

  /** The first of {@code keys} (case-insensitive) with a non-null value: the record, then nested objects. */
  static Optional<JsonNode> find(JsonNode record, List<String> keys) {
    return field(record, keys).map(Field::value);
  }

  /** Like {@link #find}, keeping the key that matched. */
  static Optional<Field> field(JsonNode record, List<String> keys) {
    if (record == null || !record.isObject()) {
      return Optional.empty();
    }
    for (String key : keys) {
      Deque<JsonNode> queue = new ArrayDeque<>();
      Deque<Integer> depths = new ArrayDeque<>();
      queue.add(record);
      depths.add(0);
      while (!queue.isEmpty()) {
        JsonNode node = queue.poll();
        int depth = depths.poll();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          JsonNode value = field.getValue();
          if (field.getKey().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))
              && !value.isNull()
              && !value.isObject()
              && !(value.isTextual() && value.asText().isBlank())) {
            return Optional.of(new Field(field.getKey(), value));
          }
          if (value.isObject() && depth < MAX_DEPTH) {
            queue.add(value);
            depths.add(depth + 1);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The field as text: a string, a number, or an array of those joined one per line. */
  static String text(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isArray()) {
      StringBuilder sb = new StringBuilder();
      for (JsonNode element : value) {
        String part = text(element);
        if (!part.isEmpty()) {
          if (sb.length() > 0) {
            sb.append('\n');
          }
          sb.append(part);
        }
      }
      return sb.toString();
    }
    if (value.isValueNode()) {
      return value.asText();
    }
    return "";
  }

  /** The longest string value in the record, for records that name their body with another key. */
  static String longestString(JsonNode record, List<String> excluded) {
    String best = "";
    for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = field.getKey().toLowerCase(Locale.ROOT);
      if (excluded.stream().anyMatch(k -> k.equalsIgnoreCase(key))) {
        continue;
      }
      JsonNode value = field.getValue();
      if (value.isTextual() && value.asText().length() > best.length()) {
        String s = value.asText();
        if (!s.startsWith("http://") && !s.startsWith("https://")) {
          best = s;
        }
      }
    }
    return best;
  }
}
