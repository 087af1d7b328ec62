package io.github.jishi.index;

import io.github.jishi.text.NormalizedText;
import io.github.jishi.internal.text.TextNormalizer;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Folds Chinese page text as jishi reads it, keeping offsets into the original.
 *
 * <p>Folds exactly what {@link TextNormalizer#normalize} folds: traditional script to simplified
 * (phrase first, OpenCC), full-width letters, digits and spaces to ASCII, variant characters
 * ({@code 陜}, {@code 批覆}), spliced pinyin annotations ({@code 創(chuàng)新} to {@code 创新}), invisible
 * characters, and runs of spaces and line breaks. The whole input is read on the first
 * {@link #read}, since a phrase and an annotation both need their context; input beyond
 * {@link #MAX_CHARS} is cut, as {@link SegmentingTokenizer} cuts it.
 */
final class JishiCharFilter extends BaseCharFilter {
  /** The longest input read, as {@link SegmentingTokenizer#MAX_CHARS}. */
  public static final int MAX_CHARS = SegmentingTokenizer.MAX_CHARS;

  private final TextNormalizer normalizer;
  private String folded;
  private int pos;

  public JishiCharFilter(Reader in, TextNormalizer normalizer) {
    super(in);
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (folded == null) {
      fold();
    }
    if (pos >= folded.length()) {
      return -1;
    }
    int n = Math.min(len, folded.length() - pos);
    folded.getChars(pos, pos + n, cbuf, off);
    pos += n;
    return n;
  }

  private void fold() throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[4096];
    int n;
    while (sb.length() < MAX_CHARS && (n = input.read(buf)) != -1) {
      sb.append(buf, 0, Math.min(n, MAX_CHARS - sb.length()));
    }
    NormalizedText text = normalizer.normalize(sb.toString());
    folded = text.text();
    // one correction wherever the distance to the original changes; the end maps too
    int diff = 0;
    for (int i = 0; i <= folded.length(); i++) {
      int d = text.originalOffset(i) - i;
      if (d != diff) {
        addOffCorrectMap(i, d);
        diff = d;
      }
    }
  }
}
