package io.github.jishi.internal.nlp;

import io.github.jishi.nlp.Token;
import java.util.Arrays;
import java.util.List;

/** Segments {@code args[0]} with the known names {@code args[1..]} in a fresh JVM, one token a line. */
final class HanLpSegmenterProbe {
  private HanLpSegmenterProbe() {}

  public static void main(String[] args) {
    List<String> words = Arrays.asList(args).subList(1, args.length);
    for (Token t : HanLpSegmenter.create(words).segment(args[0])) {
      System.out.println(t.word() + "/" + t.pos() + "@" + t.start());
    }
  }
}
