package io.github.jishi.source;

import java.util.Locale;

/**
 * Decides the form of a page from its content first and its file name second.
 *
 * <p>Content wins because crawls save pages under any extension: a {@code .txt} file holding front
 * matter and an HTML body is Markdown with an HTML body, not text.
 */
final class FormatDetector {
  /** How much of the content is sampled for tags. */
  private static final int SAMPLE = 1 << 16;

  private static final String[] BLOCK_TAGS = {"<p>", "<p ", "</p>", "<div", "</div>", "<br", "<li>", "<li ", "<h1", "<h2", "<table", "<span"};

  private FormatDetector() {}

  /** The form of {@code content}; JSON by content only, so the caller can retry without it if parsing fails. */
  static DocumentFormat detect(String content, String fileName) {
    return detect(content, fileName, true);
  }

  /**
   * The form of {@code content}.
   *
   * @param jsonByContent whether content that merely looks like JSON (no {@code .json} extension)
   *     may be detected as JSON
   */
  static DocumentFormat detect(String content, String fileName, boolean jsonByContent) {
    String ext = extension(fileName);
    if (FrontMatterParser.parse(content).isPresent()) {
      return DocumentFormat.MARKDOWN;
    }
    String head = leading(content);
    if (ext.equals("jsonl") || ext.equals("ndjson")) {
      return DocumentFormat.JSONL;
    }
    if (ext.equals("json")) {
      return looksLikeJsonLines(content) ? DocumentFormat.JSONL : DocumentFormat.JSON;
    }
    if (jsonByContent && (head.startsWith("{") || head.startsWith("["))) {
      char last = lastNonSpace(content);
      if (last == '}' || last == ']') {
        return head.startsWith("{") && looksLikeJsonLines(content) ? DocumentFormat.JSONL : DocumentFormat.JSON;
      }
    }
    if (ext.equals("html") || ext.equals("htm") || ext.equals("xhtml") || ext.equals("shtml")) {
      return DocumentFormat.HTML;
    }
    if (looksLikeHtml(content)) {
      return DocumentFormat.HTML;
    }
    if (ext.equals("md") || ext.equals("markdown")) {
      return DocumentFormat.MARKDOWN;
    }
    return DocumentFormat.TEXT;
  }

  /** True for a document or fragment of HTML: a doctype, an html tag, or several block tags. */
  static boolean looksLikeHtml(String content) {
    String head = leading(content);
    String lower = head.substring(0, Math.min(head.length(), 64)).toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<?xml")
        && content.contains("<html")) {
      return true;
    }
    String sample = content.length() > SAMPLE ? content.substring(0, SAMPLE) : content;
    if (sample.indexOf('<') < 0) {
      return false;
    }
    String low = sample.toLowerCase(Locale.ROOT);
    int kinds = 0;
    int tags = 0;
    for (String tag : BLOCK_TAGS) {
      int count = count(low, tag);
      if (count > 0) {
        kinds++;
        tags += count;
      }
    }
    return (kinds >= 2 && tags >= 4) || (lower.startsWith("<") && tags >= 2);
  }

  static boolean looksLikeJsonLines(String content) {
    int lines = 0;
    int objects = 0;
    int start = 0;
    int n = content.length();
    while (start < n && lines < 50) {
      int end = content.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      String line = TextLines.trim(content.substring(start, end));
      if (!line.isEmpty()) {
        lines++;
        if (line.startsWith("{") && line.endsWith("}")) {
          objects++;
        }
      }
      start = end + 1;
    }
    return lines >= 2 && objects == lines;
  }

  static String extension(String fileName) {
    if (fileName == null) {
      return "";
    }
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    String name = fileName.substring(slash + 1);
    int hash = name.indexOf('#');
    if (hash >= 0) {
      name = name.substring(0, hash);
    }
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String leading(String content) {
    int i = 0;
    int n = Math.min(content.length(), 4096);
    while (i < n && TextLines.isSpace(content.charAt(i))) {
      i++;
    }
    return content.substring(i, Math.min(content.length(), i + 256));
  }

  private static char lastNonSpace(String s) {
    int i = s.length() - 1;
    while (i >= 0 && TextLines.isSpace(s.charAt(i))) {
      i--;
    }
    return i < 0 ? ' ' : s.charAt(i);
  }

  private static int count(String s, String needle) {
    int count = 0;
    int at = s.indexOf(needle);
    while (at >= 0) {
      count++;
      at = s.indexOf(needle, at + needle.length());
    }
    return count;
  }
}
