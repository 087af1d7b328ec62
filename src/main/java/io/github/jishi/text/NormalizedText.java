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

  public NormalizedText(String original, String text, int[] toOriginal) {
    this.original = Objects.requireNonNull(original, "original");
    this.text = Objects.requireNonNull(text, "text");
    Objects.requireNonNull(toOriginal, "toOriginal");
    if (toOriginal.length != text.length() + 1) {
      throw new IllegalArgumentException("offset map has " + toOriginal.length + " entries for text of length " + text.length());
    }
    this.toOriginal = toOriginal.clone();
  }

  public String original() {
    return original;
  }

  public String text() {
    return text;
  }

  /** The original offset of normalized offset {@code offset} (0..length inclusive). */
  public int originalOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
    }
    return toOriginal[offset];
  }

  /**
   * The first normalized offset whose character comes from at or after original offset
   * {@code offset}: where a span of the original starts in the normalized text.
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

  /** The original text behind normalized {@code [start, end)}. */
  public String originalSpan(int start, int end) {
    if (end < start) {
      throw new IllegalArgumentException("end " + end + " before start " + start);
    }
    return original.substring(originalOffset(start), originalOffset(end));
  }
}
