package io.github.jishi.nlp;

import java.util.Objects;

/** A word from segmentation: its text, part of speech (HanLP's nature tag) and offsets in the sentence's text. */
public record Token(String word, String pos, int start, int end) {
  /**
   * Checks that the offsets span the word.
   *
   * @param word the word as written
   * @param pos its part of speech (HanLP's nature tag)
   * @param start offset of its first character in the sentence
   * @param end offset after its last character
   */
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(pos, "pos");
    if (start < 0 || end - start != word.length()) {
      throw new IllegalArgumentException("bad token offsets " + start + ".." + end + " for '" + word + "'");
    }
  }
}
