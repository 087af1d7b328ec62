package io.github.jishi.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the running text out of a man page's roff source: macro arguments that are text (section
 * heads, bold and italic runs, list tags) and text lines, without comments, requests and escapes.
 *
 * <p>Lines of a paragraph are joined the way a formatter fills them: without a space between
 * two Chinese characters, with one otherwise. Paragraphs are separated by a blank line.
 */
final class RoffStripper {
  /** Macros whose arguments are printed text. */
  private static final Set<String> TEXT_MACROS = Set.of("B", "I", "SM", "SB", "SH", "SS", "IP", "TP", "HP");
  /** Macros printing their arguments in alternating fonts, without spaces between them. */
  private static final Set<String> ALTERNATING = Set.of("BR", "RB", "BI", "IB", "IR", "RI");
  /** Requests and macros that end a paragraph. */
  private static final Set<String> BREAKS = Set.of("SH", "SS", "PP", "P", "LP", "TP", "IP", "HP", "sp", "br", "RS", "RE", "nf", "fi", "TH");
  private static final Map<String, String> SPECIALS = Map.ofEntries(
      Map.entry("em", "—"), Map.entry("en", "–"), Map.entry("bu", "•"), Map.entry("co", "©"), Map.entry("lq", "“"),
      Map.entry("rq", "”"), Map.entry("aq", "'"), Map.entry("dq", "\""), Map.entry("hy", "-"), Map.entry("mi", "-"),
      Map.entry("rg", "®"), Map.entry("tm", "™"), Map.entry("de", "°"), Map.entry("mu", "×"), Map.entry("oq", "‘"),
      Map.entry("cq", "’"), Map.entry("ti", "~"), Map.entry("ha", "^"), Map.entry("ga", "`"), Map.entry("rs", "\\"));

  private RoffStripper() {}

  /** The page's title from its {@code .TH} line, or empty string. */
  static String title(String roff) {
    for (String line : roff.split("\n", -1)) {
      if (line.startsWith(".TH ")) {
        List<String> args = arguments(line.substring(4));
        return args.isEmpty() ? "" : args.get(0) + (args.size() > 1 ? "(" + args.get(1) + ")" : "");
      }
    }
    return "";
  }

  /** The text of {@code roff}: paragraphs separated by blank lines. */
  static String text(String roff) {
    StringBuilder out = new StringBuilder(roff.length());
    StringBuilder paragraph = new StringBuilder();
    boolean ignoring = false;
    for (String raw : roff.split("\n", -1)) {
      String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
      if (ignoring) {
        if (line.startsWith("..")) {
          ignoring = false;
        }
        continue;
      }
      if (line.startsWith(".\\\"") || line.startsWith("'\\\"") || line.startsWith("\\\"") || line.equals(".")) {
        continue;
      }
      if (line.startsWith(".") || line.startsWith("'")) {
        String body = line.substring(1).stripLeading();
        int space = body.indexOf(' ');
        String name = space < 0 ? body : body.substring(0, space);
        String rest = space < 0 ? "" : body.substring(space + 1);
        if (name.equals("ig") || name.equals("de")) {
          ignoring = true;
          continue;
        }
        if (BREAKS.contains(name)) {
          flush(paragraph, out);
        }
        if (TEXT_MACROS.contains(name)) {
          List<String> args = arguments(rest);
          if (name.equals("IP") && !args.isEmpty()) {
            args = args.subList(0, 1);
          }
          append(paragraph, unescape(String.join(" ", args)));
          if (name.equals("SH") || name.equals("SS")) {
            flush(paragraph, out);
          }
        } else if (ALTERNATING.contains(name)) {
          append(paragraph, unescape(String.join("", arguments(rest))));
        }
        continue;
      }
      if (line.isBlank()) {
        flush(paragraph, out);
        continue;
      }
      append(paragraph, unescape(line));
    }
    flush(paragraph, out);
    return out.toString().strip();
  }

  private static void append(StringBuilder paragraph, String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return;
    }
    if (paragraph.length() > 0) {
      char last = paragraph.charAt(paragraph.length() - 1);
      if (!(isCjk(last) && isCjk(t.charAt(0)))) {
        paragraph.append(' ');
      }
    }
    paragraph.append(t);
  }

  private static void flush(StringBuilder paragraph, StringBuilder out) {
    if (paragraph.length() == 0) {
      return;
    }
    if (out.length() > 0) {
      out.append("\n\n");
    }
    out.append(paragraph);
    paragraph.setLength(0);
  }

  private static boolean isCjk(char c) {
    return c >= '\u3000' && c <= '\u9FFF' || c >= '\uFF00' && c <= '\uFFEF';
  }

  /** Macro arguments: space-separated, double quotes group. */
  static List<String> arguments(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
        break; // comment to end of line
      }
      if (c == '"') {
        if (quoted && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
          continue;
        }
        quoted = !quoted;
        any = true;
        continue;
      }
      if (c == ' ' && !quoted) {
        if (cur.length() > 0 || any) {
          out.add(cur.toString());
          cur.setLength(0);
          any = false;
        }
        continue;
      }
      cur.append(c);
    }
    if (cur.length() > 0 || any) {
      out.add(cur.toString());
    }
    return out;
  }

  /** Text with roff escapes resolved or dropped. */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= n) {
        out.append(c);
        i++;
        continue;
      }
      char e = s.charAt(i + 1);
      switch (e) {
        case '"':
          return out.toString(); // comment to end of line
        case 'f': case 'F': case 'n': case 'g': case 'k': case 'z':
          i = skipName(s, i + 2);
          break;
        case '*':
          i = skipName(s, i + 2);
          break;
        case '(': {
          String name = s.substring(i + 2, Math.min(n, i + 4));
          out.append(SPECIALS.getOrDefault(name, ""));
          i = Math.min(n, i + 4);
          break;
        }
        case '[': {
          int close = s.indexOf(']', i + 2);
          int end = close < 0 ? n : close;
          out.append(SPECIALS.getOrDefault(s.substring(i + 2, end), ""));
          i = close < 0 ? n : close + 1;
          break;
        }
        case 's': {
          int j = i + 2;
          if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
            j++;
          }
          while (j < n && Character.isDigit(s.charAt(j)) && j < i + 5) {
            j++;
          }
          i = j;
          break;
        }
        case 'e': case '\\':
          out.append('\\');
          i += 2;
          break;
        case '-':
          out.append('-');
          i += 2;
          break;
        case ' ': case '~': case '0':
          out.append(' ');
          i += 2;
          break;
        case 'h': case 'v': case 'w': case 'o': case 'l': case 'L': case 'D': case 'X': case 'b': case 'x':
          i = skipQuoted(s, i + 2);
          break;
        default:
          i += 2; // \& \| \^ \c \% \: \t and unknowns print nothing
      }
    }
    return out.toString();
  }

  /** Skips the name after an escape: one character, {@code (xx}, or {@code [name]}. */
  private static int skipName(String s, int at) {
    if (at >= s.length()) {
      return at;
    }
    char c = s.charAt(at);
    if (c == '(') {
      return Math.min(s.length(), at + 3);
    }
    if (c == '[') {
      int close = s.indexOf(']', at);
      return close < 0 ? s.length() : close + 1;
    }
    return at + 1;
  }

  private static int skipQuoted(String s, int at) {
    if (at >= s.length()) {
      return at;
    }
    char delim = s.charAt(at);
    int close = s.indexOf(delim, at + 1);
    return close < 0 ? s.length() : close + 1;
  }
}
