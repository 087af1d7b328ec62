package io.github.jishi.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the lines of a Markdown body as plain lines: markup dropped, words kept.
 *
 * <p>Images go, links keep their text, and the first level-one heading is remembered as a title.
 */
final class MarkdownLines {
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]{0,500}\\]\\([^)\\n]{0,2000}\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{0,500})\\]\\([^)\\n]{0,2000}\\)");
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern BULLET = Pattern.compile("^(?:>\\s?)+|^[*+-]\\s+");

  /** Lines longer than this keep their link markup rather than risk a slow scan. */
  private static final int MAX_LINK_LINE = 5000;

  private MarkdownLines() {}

  /** Lines of the body and the first {@code #} heading (or empty). */
  record Body(List<Block> blocks, String heading) {}

  static Body read(String body) {
    List<Block> out = new ArrayList<>();
    String heading = "";
    boolean fence = false;
    for (Block raw : TextLines.blocks(body)) {
      String line = raw.text();
      if (line.startsWith("```") || line.startsWith("~~~")) {
        fence = !fence;
        continue;
      }
      if (!fence) {
        if (line.startsWith("#")) {
          boolean h1 = line.startsWith("# ");
          line = HEADING.matcher(line).replaceFirst("");
          if (h1 && heading.isEmpty()) {
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == '#') {
              end--;
            }
            heading = TextLines.trim(line.substring(0, end));
          }
        }
        line = BULLET.matcher(line).replaceFirst("");
        // Bounded link patterns still cost a window per '[': skip them on giant lines.
        if (line.length() <= MAX_LINK_LINE && line.indexOf('[') >= 0) {
          line = IMAGE.matcher(line).replaceAll("");
          line = LINK.matcher(line).replaceAll("$1");
        }
        if (line.indexOf('*') >= 0 || line.indexOf('_') >= 0 || line.indexOf('`') >= 0) {
          line = EMPHASIS.matcher(line).replaceAll("");
        }
        if (line.length() <= 80 && line.matches("[-*_=]{3,}")) {
          continue;
        }
      }
      line = TextLines.trim(line);
      if (!line.isEmpty()) {
        out.add(Block.line(line));
      }
    }
    return new Body(out, heading);
  }
}
