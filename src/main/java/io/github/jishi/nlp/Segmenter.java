package io.github.jishi.nlp;

import java.util.List;

/** Splits one sentence of normalized simplified text into words with offsets. Thread-safe. */
public interface Segmenter {
  /**
   * The tokens of {@code text}, in order, offsets relative to {@code text}.
   *
   * @param text one sentence of normalized simplified text
   * @return its words
   */
  List<Token> segment(String text);
}
