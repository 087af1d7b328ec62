package io.github.jishi.index;

import io.github.jishi.Jishi;
import io.github.jishi.internal.text.TextNormalizer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The analysis a Solr schema names: {@code <charFilter name="jishi"/>} and
 * {@code <tokenizer name="jishi"/>}, looked up through Lucene's SPI as Solr looks them up.
 * JUnit 4 (lucene-test-framework's randomized runner), run by the vintage engine.
 */
public class JishiAnalysisFactoriesTest extends BaseTokenStreamTestCase {
  private static final String SIMPLIFIED = "2月19日，工信部支持杭州创建国家人工智能创新应用先导区。";
  private static final String[] TERMS = {"2月", "19", "日", "工信部", "支持", "杭州", "创建", "国家人工智能创新应用先导区"};
  private static final int[] STARTS = {0, 2, 4, 6, 9, 11, 13, 15};
  private static final int[] ENDS = {2, 4, 5, 9, 11, 13, 15, 28};

  /** The configset's chain: the char filter folds, the tokenizer only segments. */
  private static Analyzer chain() throws IOException {
    return CustomAnalyzer.builder()
        .addCharFilter(JishiCharFilterFactory.NAME)
        .withTokenizer(JishiTokenizerFactory.NAME, "normalize", "false")
        .addTokenFilter("lowercase")
        .build();
  }

  /** The tokenizer alone folds as well. */
  private static Analyzer tokenizerAlone() throws IOException {
    return CustomAnalyzer.builder().withTokenizer(JishiTokenizerFactory.NAME).addTokenFilter("lowercase").build();
  }

  public void testSpi_findsBothByName() {
    assertEquals(JishiTokenizerFactory.class, TokenizerFactory.lookupClass("jishi"));
    assertEquals(JishiCharFilterFactory.class, CharFilterFactory.lookupClass("jishi"));
    assertNotNull(new JishiTokenizerFactory().create());
    assertNotNull(new JishiCharFilterFactory().create(new java.io.StringReader("")));
  }

  public void testUnknownParameter_isRefusedByName() {
    IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
        () -> new JishiTokenizerFactory(new HashMap<>(Map.of("normalise", "false"))));
    assertTrue(e.getMessage(), e.getMessage().contains("normalise"));
    e = expectThrows(IllegalArgumentException.class, () -> new JishiCharFilterFactory(new HashMap<>(Map.of("mode", "t2s"))));
    assertTrue(e.getMessage(), e.getMessage().contains("mode"));
  }

  public void testSimplifiedSentence_wordsWithOffsets() throws IOException {
    try (Analyzer a = chain()) {
      assertAnalyzesTo(a, SIMPLIFIED, TERMS, STARTS, ENDS);
    }
  }

  public void testTraditionalFullWidthSentence_sameWordsSameOffsets() throws IOException {
    // one character each way, so the offsets are those of the simplified sentence
    String traditional = "２月１９日，工信部支持杭州創建國家人工智能創新應用先導區。";
    try (Analyzer a = chain()) {
      assertAnalyzesTo(a, traditional, TERMS, STARTS, ENDS);
    }
    try (Analyzer a = tokenizerAlone()) {
      assertAnalyzesTo(a, traditional, TERMS, STARTS, ENDS);
    }
  }

  public void testPinyinAnnotation_droppedAndWordSpansIt() throws IOException {
    // 創(chuàng)新 is the word 创新, from 創 to past 新: the annotation's ten characters sit inside it
    String s = "濟南市啟動創(chuàng)新中試基地，ＡＩ產業再提速。";
    try (Analyzer a = chain()) {
      assertAnalyzesTo(a, s,
          new String[] {"济南市", "启动", "创新", "中试基地", "ai", "产业", "再", "提速"},
          new int[] {0, 3, 5, 15, 20, 22, 24, 25},
          new int[] {3, 5, 15, 19, 22, 24, 25, 27});
    }
  }

  public void testChain_termsOfTheLocalIndexAnalyzer() throws IOException {
    // the Solr field and the local index's text field hold the same terms
    TextNormalizer normalizer = TextNormalizer.create();
    String s = "浙江省經信廳：杭州、寧波入選國家級中試基地名單，揭榜掛帥項目同步啟動。";
    try (Analyzer local = new JishiAnalyzer(normalizer::normalize, Jishi.builder().build().segmenter());
        Analyzer solr = chain()) {
      assertEquals(terms(local, s), terms(solr, s));
    }
  }

  public void testRandomText_keepsTheTokenStreamContract() throws IOException {
    try (Analyzer a = chain()) {
      checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
    }
    try (Analyzer a = tokenizerAlone()) {
      checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomLongText_keepsTheTokenStreamContract() throws IOException {
    try (Analyzer a = chain()) {
      checkRandomData(random(), a, 5 * RANDOM_MULTIPLIER, 8192);
    }
  }

  public void testLargeDocument_lastWordOffsetsExact() throws IOException {
    // ~290,000 characters of mixed scripts: the last sentence's words still point at themselves
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      sb.append(i % 2 == 0 ? SIMPLIFIED : "２月１９日，工信部支持杭州創建國家人工智能創新應用先導區。").append('\n');
    }
    String doc = sb.toString();
    try (Analyzer a = chain()) {
      java.util.List<String> all = terms(a, doc);
      assertEquals(5000 * TERMS.length, all.size());
      try (var ts = a.tokenStream("text", doc)) {
        var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        var off = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
        ts.reset();
        int n = 0;
        int lineStart = doc.length() - SIMPLIFIED.length() - 1;
        while (ts.incrementToken()) {
          int k = n++ % TERMS.length;
          if (n > (5000 - 1) * TERMS.length) {
            assertEquals(TERMS[k], term.toString());
            assertEquals(lineStart + STARTS[k], off.startOffset());
            assertEquals(lineStart + ENDS[k], off.endOffset());
          }
        }
        ts.end();
        assertEquals(doc.length(), off.endOffset());
      }
    }
  }

  private static java.util.List<String> terms(Analyzer a, String s) throws IOException {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (var ts = a.tokenStream("text", s)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
