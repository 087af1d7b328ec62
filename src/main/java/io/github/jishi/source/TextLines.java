package io.github.jishi.source;

import java.util.ArrayList;
import java.util.List;

/** Splitting and trimming of plain-text lines, written as plain loops so long lines stay linear. */
final class TextLines {
  private TextLines() {}

  /** True for the spaces a page uses around paragraphs, including the full-width indent. */
  static boolean isSpace(char c) {
    return c <= ' '
        || c == '\u3000'
        || c == '\u00A0'
        || c == '\uFEFF'
        || (c >= '\u2000' && c <= '\u200B')
        || c == '\u202F'
        || c == '\u205F';
  }

  /** The line without leading or trailing spaces (full-width indent included). */
  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** The trimmed, non-empty lines of {@code text}, split at {@code \n}, {@code \r\n} or {@code \r}. */
  static List<Block> blocks(String text) {
    List<Block> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        String line = trim(text.substring(start, i));
        if (!line.isEmpty()) {
          out.add(Block.line(line));
        }
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** Copy of {@code s} with full-width digits, colons and slashes made ASCII, same length. */
  static String asciiDigits(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = c;
      if (c >= '０' && c <= '９') {
        r = (char) ('0' + (c - '０'));
      } else if (c == '：') {
        r = ':';
      } else if (c == '／') {
        r = '/';
      } else if (c == '－') {
        r = '-';
      }
      if (r != c) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = r;
      }
    }
    return out == null ? s : new String(out);
  }

  /**
   * {@code s} without the spaces a table spreads a label with ({@code 索 引 号}, {@code 标  题}): a space
   * between two ideographs goes when the ideograph before it stands alone, so that
   * {@code 国务院办公厅 成文日期} keeps its space.
   */
  static String joinHan(String s) {
    if (s.indexOf(' ') < 0 && s.indexOf('\u3000') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if ((c == ' ' || c == '\u3000') && i > 0 && isHan(s.charAt(i - 1)) && (i < 2 || !isHan(s.charAt(i - 2)))) {
        int j = i;
        while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\u3000')) {
          j++;
        }
        if (j < n && isHan(s.charAt(j))) {
          i = j - 1;
          continue;
        }
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static boolean isHan(char c) {
    return c >= '\u4E00' && c <= '\u9FFF';
  }
}
