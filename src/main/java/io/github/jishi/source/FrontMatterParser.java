package io.github.jishi.source;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Splits YAML front matter ({@code ---} / {@code key: value} lines / {@code ---}) from a page body.
 *
 * <p>Only top-level scalar {@code key: value} pairs are read; list items and nested blocks are
 * skipped. That is all a title and a date need, and it tolerates the unquoted colons and odd
 * indentation that real exports contain, which a strict YAML parser would reject.
 */
final class FrontMatterParser {
  /** How many lines the front matter may span before it is taken for a plain horizontal rule. */
  private static final int MAX_LINES = 200;

  private FrontMatterParser() {}

  /** The fields (lower-cased keys) and the body after the closing fence. */
  record FrontMatter(Map<String, String> fields, String body) {
    String get(String key) {
      return fields.getOrDefault(key, "");
    }
  }

  static Optional<FrontMatter> parse(String content) {
    int n = content.length();
    int pos = 0;
    while (pos < n && (TextLines.isSpace(content.charAt(pos)))) {
      pos++;
    }
    // The opening fence must be a line of its own.
    int lineStart = content.lastIndexOf('\n', pos - 1) + 1;
    if (!content.startsWith("---", pos) || pos != skipSpaces(content, lineStart)) {
      return Optional.empty();
    }
    int eol = lineEnd(content, pos);
    if (!TextLines.trim(content.substring(pos, eol)).equals("---")) {
      return Optional.empty();
    }
    Map<String, String> fields = new LinkedHashMap<>();
    int at = eol + 1;
    int keyLines = 0;
    for (int lines = 0; at <= n && lines < MAX_LINES; lines++) {
      int end = lineEnd(content, at);
      String line = content.substring(Math.min(at, n), end);
      String trimmed = TextLines.trim(line);
      if (trimmed.equals("---") || trimmed.equals("...")) {
        if (keyLines == 0) {
          return Optional.empty();
        }
        String body = end + 1 <= n ? content.substring(Math.min(end + 1, n)) : "";
        return Optional.of(new FrontMatter(fields, body));
      }
      if (!line.isEmpty() && !TextLines.isSpace(line.charAt(0)) && !line.startsWith("-") && !line.startsWith("#")) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
          return Optional.empty();
        }
        String key = TextLines.trim(line.substring(0, colon)).toLowerCase(Locale.ROOT);
        fields.put(key, unquote(TextLines.trim(line.substring(colon + 1))));
        keyLines++;
      }
      if (end >= n) {
        break;
      }
      at = end + 1;
    }
    return Optional.empty();
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\uFEFF')) {
      i++;
    }
    return i;
  }

  private static int lineEnd(String s, int from) {
    int i = s.indexOf('\n', Math.min(from, s.length()));
    return i < 0 ? s.length() : i;
  }

  private static String unquote(String v) {
    if (v.length() >= 2) {
      char first = v.charAt(0);
      char last = v.charAt(v.length() - 1);
      if (first == '\'' && last == '\'') {
        return v.substring(1, v.length() - 1).replace("''", "'");
      }
      if (first == '"' && last == '"') {
        return v.substring(1, v.length() - 1).replace("\\\"", "\"");
      }
    }
    return v;
  }
}
