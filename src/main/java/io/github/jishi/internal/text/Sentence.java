package io.github.jishi.internal.text;

import java.util.Objects;

/** A sentence of normalized text with its offsets {@code [start, end)} in that text. */
public record Sentence(String text, int start, int end) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("bad sentence offsets " + start + ".." + end + " for length " + text.length());
    }
  }
}
