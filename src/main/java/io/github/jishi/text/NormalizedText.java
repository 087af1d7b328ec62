package io.github.jishi.text;

import java.util.Objects;

/**
 * Normalized simplified text together with a map of each of its characters back to the original.
 *
 * <p>{@code toOriginal[i]} is the offset in the original text of normalized character {@code i};
 * {@code toOriginal[text.length()]} is the original's length, so an end offset maps too.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  private final int[] toOriginal;

  /**
   * Text and its map back to the original.
   *
   * @param original the text as written
   * @param text the normalized text
   * @param toOriginal for each character of {@code text}, and its end, the offset in {@code original}
   * @throws IllegalArgumentException when {@code toOriginal} is not one longer than {@code text}
   */
  public NormalizedText(String original, String text, int[] toOriginal) {
    this.original = Objects.requireNonNull(original, "original");
    this.text = Objects.requireNonNull(text, "text");
    Objects.requireNonNull(toOriginal, "toOriginal");
    if (toOriginal.length != text.length() + 1) {
      throw new IllegalArgumentException("offset map has " + toOriginal.length + " entries for text of length " + text.length());
    }
    this.toOriginal = toOriginal.clone();
  }

  /**
   * The text as written.
   *
   * @return the original text
   */
  public String original() {
    return original;
  }

  /**
   * The normalized text: simplified script, half widths.
   *
   * @return the normalized text
   */
  public String text() {
    return text;
  }

  /**
   * The original offset of normalized offset {@code offset} (0..length inclusive).
   *
   * @param offset an offset in the normalized text
   * @return the offset in the original text
   * @throws IndexOutOfBoundsException when {@code offset} is outside the normalized text
   */
  public int originalOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
    }
    return toOriginal[offset];
  }

  /**
   * The original offset where a span ending at normalized offset {@code end} ends: just past the
   * original of its last character, so what normalization removed after the span (a space between
   * two Chinese characters, a pinyin annotation) is not part of it. {@code originalOffset(end)}
   * instead points at the original of the next character.
   *
   * @param end an offset in the normalized text, the end of a span
   * @return the end offset in the original text
   * @throws IndexOutOfBoundsException when {@code end} is outside the normalized text
   */
  public int originalEnd(int end) {
    int next = originalOffset(end);
    return end == 0 ? next : Math.min(next, toOriginal[end - 1] + 1);
  }

  /**
   * The first normalized offset whose character comes from at or after original offset
   * {@code offset}: where a span of the original starts in the normalized text.
   *
   * @param offset an offset in the original text
   * @return the offset in the normalized text
   * @throws IndexOutOfBoundsException when {@code offset} is outside the original text
   */
  public int normalizedOffset(int offset) {
    if (offset < 0 || offset > original.length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + original.length());
    }
    int lo = 0;
    int hi = text.length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toOriginal[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The original text behind normalized {@code [start, end)}.
   *
   * @param start the normalized start offset
   * @param end the normalized end offset
   * @return the original text of that span
   * @throws IllegalArgumentException when {@code end} is before {@code start}
   */
  public String originalSpan(int start, int end) {
    if (end < start) {
      throw new IllegalArgumentException("end " + end + " before start " + start);
    }
    return original.substring(originalOffset(start), originalOffset(end));
  }
}
