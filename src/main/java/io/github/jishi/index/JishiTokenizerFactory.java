package io.github.jishi.index;

import io.github.jishi.Jishi;
import io.github.jishi.nlp.Segmenter;
import io.github.jishi.text.NormalizedText;
import io.github.jishi.internal.text.TextNormalizer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for jishi's word tokenizer, registered with Lucene's analysis SPI as {@value #NAME}.
 *
 * <p>The tokenizer segments with the segmenter {@link Jishi} indexes with (HanLP, with jishi's
 * places, organisations and programmes as words) and drops punctuation, so a Solr field analyzed
 * by {@code jishi} holds the terms of the local index's full-text field. Parameters:
 * <ul>
 *   <li>{@code normalize} (default {@code true}): fold the text as {@link JishiCharFilter} does
 *       first; set it to {@code false} behind {@code <charFilter name="jishi"/>}, which already did;
 *   <li>{@code lexicon}: a folder of vocabulary files laid over the bundled ones;
 *   <li>{@code programs}: a TSV of extra programmes.
 * </ul>
 *
 * <pre>{@code
 * <analyzer>
 *   <charFilter name="jishi"/>
 *   <tokenizer name="jishi" normalize="false"/>
 *   <filter name="lowercase"/>
 * </analyzer>
 * }</pre>
 *
 * <p>Dictionaries load once per JVM and configuration, on the first tokenizer created.
 */
public final class JishiTokenizerFactory extends TokenizerFactory {
  /** The SPI name: {@code <tokenizer name="jishi"/>}. */
  public static final String NAME = "jishi";

  /** One segmenter per lexicon and programmes file: loading HanLP's dictionaries takes seconds. */
  private static final Map<List<String>, Segmenter> SEGMENTERS = new ConcurrentHashMap<>();
  private static final TextNormalizer NORMALIZER = TextNormalizer.create();

  private final boolean normalize;
  private final String lexicon;
  private final String programs;

  /** A factory with the defaults: normalizing, the bundled vocabulary. */
  public JishiTokenizerFactory() {
    this(new HashMap<>());
  }

  /**
   * The constructor Lucene's SPI calls, with the parameters above.
   *
   * @param args the factory's parameters ({@code normalize}, {@code lexicon}, {@code programs})
   */
  public JishiTokenizerFactory(Map<String, String> args) {
    super(args);
    normalize = getBoolean(args, "normalize", true);
    lexicon = get(args, "lexicon", "");
    programs = get(args, "programs", "");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters for tokenizer " + NAME + ": " + args);
    }
  }

  @Override
  public Tokenizer create(AttributeFactory factory) {
    Function<String, NormalizedText> folding = normalize
        ? NORMALIZER::normalize
        : s -> new NormalizedText(s, s, identity(s.length()));
    return new SegmentingTokenizer(factory, folding, segmenter());
  }

  private Segmenter segmenter() {
    return SEGMENTERS.computeIfAbsent(List.of(lexicon, programs), k -> {
      Jishi.Builder b = Jishi.builder();
      if (!lexicon.isEmpty()) {
        b.lexicon(Path.of(lexicon));
      }
      if (!programs.isEmpty()) {
        b.programs(Path.of(programs));
      }
      return b.build().segmenter();
    });
  }

  private static int[] identity(int length) {
    int[] map = new int[length + 1];
    for (int i = 0; i <= length; i++) {
      map[i] = i;
    }
    return map;
  }
}
