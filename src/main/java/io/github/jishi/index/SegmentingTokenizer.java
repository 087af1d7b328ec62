package io.github.jishi.index;

import io.github.jishi.nlp.Segmenter;
import io.github.jishi.nlp.Token;
import io.github.jishi.text.NormalizedText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Emits the words of normalized text, with offsets mapped back to the original input.
 *
 * <p>Punctuation and whitespace tokens are dropped. Input beyond {@link #MAX_CHARS} is ignored:
 * the field holds evidence sentences and titles, never whole books.
 */
final class SegmentingTokenizer extends Tokenizer {
  static final int MAX_CHARS = 1 << 20;

  private final Function<String, NormalizedText> normalizer;
  private final Segmenter segmenter;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);

  private NormalizedText text;
  private List<Token> tokens = List.of();
  private int next;
  private int originalLength;

  SegmentingTokenizer(Function<String, NormalizedText> normalizer, Segmenter segmenter) {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, normalizer, segmenter);
  }

  SegmentingTokenizer(AttributeFactory factory, Function<String, NormalizedText> normalizer, Segmenter segmenter) {
    super(factory);
    this.normalizer = normalizer;
    this.segmenter = segmenter;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[4096];
    int n;
    while ((n = input.read(buf)) != -1 && sb.length() < MAX_CHARS) {
      sb.append(buf, 0, Math.min(n, MAX_CHARS - sb.length()));
    }
    originalLength = sb.length();
    text = normalizer.apply(sb.toString());
    List<Token> kept = new ArrayList<>();
    for (Token t : segmenter.segment(text.text())) {
      if (hasLetterOrDigit(t.word())) {
        kept.add(t);
      }
    }
    tokens = kept;
    next = 0;
  }

  @Override
  public boolean incrementToken() {
    if (next >= tokens.size()) {
      return false;
    }
    clearAttributes();
    Token t = tokens.get(next++);
    termAtt.setEmpty().append(t.word());
    int start = correctOffset(text.originalOffset(t.start()));
    int end = correctOffset(text.originalOffset(t.end()));
    offsetAtt.setOffset(start, Math.max(start, end));
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(originalLength);
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void close() throws IOException {
    super.close();
    tokens = List.of();
    text = null;
  }

  private static boolean hasLetterOrDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
