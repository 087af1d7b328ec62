package io.github.jishi.index;

import io.github.jishi.nlp.Segmenter;
import io.github.jishi.text.NormalizedText;
import java.util.Objects;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * Analyzes Chinese text for the timeline's full-text field: normalize, segment, lowercase.
 *
 * <p>The same normalization (traditional to simplified, width folding, annotation removal) runs
 * at index and query time, so {@code 創新應用} finds {@code 创新应用}. Offsets point into the
 * original, unnormalized text, so highlighting lines up with what the page said.
 */
public final class JishiAnalyzer extends Analyzer {
  private final Function<String, NormalizedText> normalizer;
  private final Segmenter segmenter;

  /**
   * An analyzer folding text with {@code normalizer} and cutting it into words with {@code segmenter}.
   *
   * @param normalizer folds a string, keeping a map back to its offsets
   * @param segmenter cuts normalized text into words
   */
  public JishiAnalyzer(Function<String, NormalizedText> normalizer, Segmenter segmenter) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    SegmentingTokenizer source = new SegmentingTokenizer(normalizer, segmenter);
    TokenStream result = new LowerCaseFilter(source);
    return new TokenStreamComponents(source, result);
  }
}
