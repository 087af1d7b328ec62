package io.github.jishi.internal.nlp;

import java.util.Arrays;

/**
 * Cuts text into pieces of bounded length for the segmenter, preferring sentence punctuation,
 * then clause punctuation and spaces, and cutting hard only when a stretch has neither.
 *
 * <p>HanLP's cost grows badly on long stretches without punctuation; bounding the piece keeps
 * one pathological input (a table flattened into one line) from stalling a whole run.
 */
final class PieceSplitter {
  private PieceSplitter() {}

  /** The exclusive end offsets of the pieces of {@code text}, in order; the last is its length. */
  static int[] ends(String text, int maxLength) {
    if (maxLength < 2) {
      throw new IllegalArgumentException("maxLength must be at least 2: " + maxLength);
    }
    int n = text.length();
    int[] ends = new int[Math.max(1, n / Math.max(1, maxLength / 2) + 2)];
    int count = 0;
    int pos = 0;
    while (pos < n) {
      int end = n - pos <= maxLength ? n : cut(text, pos, pos + maxLength);
      if (count == ends.length) {
        ends = Arrays.copyOf(ends, ends.length * 2);
      }
      ends[count++] = end;
      pos = end;
    }
    return Arrays.copyOf(ends, count);
  }

  /** Where to end the piece starting at {@code start}, no later than {@code limit}. */
  private static int cut(String text, int start, int limit) {
    for (int c = limit; c > start + 1; c--) {
      if (isSentenceEnd(text.charAt(c - 1))) {
        return c;
      }
    }
    for (int c = limit; c > start + 1; c--) {
      if (isClauseBreak(text.charAt(c - 1))) {
        return c;
      }
    }
    int c = limit;
    if (Character.isHighSurrogate(text.charAt(c - 1)) && Character.isLowSurrogate(text.charAt(c))) {
      c--;
    }
    return c;
  }

  private static boolean isSentenceEnd(char ch) {
    return ch == '。' || ch == '！' || ch == '？' || ch == '；' || ch == '!' || ch == '?' || ch == ';' || ch == '\n'
        || ch == '\r';
  }

  private static boolean isClauseBreak(char ch) {
    return ch == '，' || ch == '、' || ch == '：' || ch == ',' || ch == ':' || ch == '…' || Character.isWhitespace(ch)
        || Character.isSpaceChar(ch);
  }
}
