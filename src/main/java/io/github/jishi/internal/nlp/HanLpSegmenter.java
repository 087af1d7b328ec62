package io.github.jishi.internal.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.io.IIOAdapter;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.utility.Predefine;
import io.github.jishi.nlp.Segmenter;
import io.github.jishi.nlp.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.regex.Pattern;

/**
 * Segments Chinese text with HanLP's Viterbi segmenter, keeping jishi's own names (places,
 * organisations, programmes) whole.
 *
 * <p>This is the one class that talks to HanLP. HanLP is loaded on the first {@link #segment}
 * call with text in it, never at construction. Its dictionaries come from the classpath (the
 * portable jar bundles them); the cache files HanLP writes go to a directory keyed by its version
 * and data ({@code ${user.home}/.cache/jishi/hanlp/<key>/}, root overridable with the system
 * property {@code jishi.cache}), so a read-only install works and a changed dictionary
 * never meets an old cache. The known names are added per segmenter, in memory, on top of HanLP's
 * own custom dictionary. Names of four characters or more are made single tokens even across
 * HanLP's word boundaries ({@code 联合国家药监局} → {@code 联合/国家药监局}); shorter ones only
 * where HanLP's boundaries allow, so {@code 杭州市区} stays {@code 杭州/市区} even when
 * {@code 杭州市} is a known name.
 *
 * <p>HanLP's statistical place and organisation recognition is off by default: it is slow and
 * invents names ({@code 硬平台/nt}). Person-name recognition is on by default: it costs little and
 * keeps a name like {@code 钟南山} from being read as the place {@code 南山}. Text is segmented in
 * pieces of at most {@link #DEFAULT_MAX_PIECE_LENGTH} characters, cut at punctuation where there is
 * any, because HanLP slows down badly on long unpunctuated stretches. Thread-safe.
 */
public final class HanLpSegmenter implements Segmenter {
  /** The default bound on the characters handed to HanLP in one call. */
  public static final int DEFAULT_MAX_PIECE_LENGTH = 200;

  /** The default length from which custom words are forced whole (see {@link Builder#forceWholeLength}). */
  public static final int DEFAULT_FORCE_WHOLE_LENGTH = 4;

  private static final Pattern POS = Pattern.compile("[a-z][a-z0-9]{0,7}");
  private static final String UNKNOWN_POS = "x";
  private static final int CUSTOM_FREQUENCY = 1000;

  private final Map<String, String> words;
  private final boolean personNames;
  private final boolean placeRecognition;
  private final boolean organizationRecognition;
  private final int maxPieceLength;
  private final WholeWordMerger merger;
  private volatile Segment segment;

  private HanLpSegmenter(Builder builder) {
    this.words = Collections.unmodifiableMap(new LinkedHashMap<>(builder.words));
    this.personNames = builder.personNames;
    this.placeRecognition = builder.placeRecognition;
    this.organizationRecognition = builder.organizationRecognition;
    this.maxPieceLength = builder.maxPieceLength;
    this.merger = new WholeWordMerger(words, builder.forceWholeLength);
  }

  /** A segmenter that keeps {@code customWords} whole (tagged {@code nz}), with the default options. */
  public static HanLpSegmenter create(Collection<String> customWords) {
    return builder().words(customWords, "nz").build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public List<Token> segment(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return List.of();
    }
    Segment engine = engine();
    List<Token> tokens = new ArrayList<>();
    int start = 0;
    for (int end : PieceSplitter.ends(text, maxPieceLength)) {
      appendPiece(engine, text, start, end, tokens);
      start = end;
    }
    return Collections.unmodifiableList(tokens);
  }

  /** Whether this segmenter has loaded HanLP yet (it does so on the first non-empty text). */
  boolean isLoaded() {
    return segment != null;
  }

  /**
   * Collects the tokens of {@code text[start, end)}, aligned on the text itself so that offsets
   * stay exact and the tokens tile the text even if HanLP were to drop or alter characters.
   */
  private void appendPiece(Segment engine, String text, int start, int end, List<Token> tokens) {
    List<Token> piece = new ArrayList<>();
    alignPiece(engine, text, start, end, piece);
    tokens.addAll(merger.apply(text, start, end, piece));
  }

  private static void alignPiece(Segment engine, String text, int start, int end, List<Token> out) {
    List<Term> terms = engine.seg(text.substring(start, end));
    int cursor = start;
    for (Term term : terms) {
      String word = term.word;
      if (word == null || word.isEmpty() || cursor >= end) {
        continue;
      }
      String pos = term.nature == null ? UNKNOWN_POS : term.nature.toString();
      if (cursor + word.length() > end || !text.startsWith(word, cursor)) {
        int found = text.indexOf(word, cursor);
        if (found >= 0 && found + word.length() <= end) {
          out.add(token(text, cursor, found, UNKNOWN_POS));
          cursor = found;
        } else {
          int to = Math.min(end, cursor + word.length());
          out.add(token(text, cursor, to, pos));
          cursor = to;
          continue;
        }
      }
      out.add(new Token(word, pos, cursor, cursor + word.length()));
      cursor += word.length();
    }
    if (cursor < end) {
      out.add(token(text, cursor, end, UNKNOWN_POS));
    }
  }

  private static Token token(String text, int start, int end, String pos) {
    return new Token(text.substring(start, end), pos, start, end);
  }

  private Segment engine() {
    Segment s = segment;
    if (s == null) {
      synchronized (this) {
        s = segment;
        if (s == null) {
          s = newSegment();
          segment = s;
        }
      }
    }
    return s;
  }

  private Segment newSegment() {
    HanLpSetup.ensure();
    BinTrie<CoreDictionary.Attribute> trie = new BinTrie<>();
    for (Map.Entry<String, String> e : words.entrySet()) {
      trie.put(e.getKey(), CoreDictionary.Attribute.create(e.getValue() + " " + CUSTOM_FREQUENCY));
    }
    // HanLP's own custom dictionary is shared read-only; our names live in this segmenter's trie,
    // merged after it, so they win where both apply and never leak into other segmenters.
    DynamicCustomDictionary dictionary = new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, trie, null);
    return new ViterbiSegment()
        .enableCustomDictionary(dictionary)
        .enableCustomDictionary(true)
        .enableCustomDictionaryForcing(false)
        .enableOffset(true)
        .enablePartOfSpeechTagging(true)
        .enableNameRecognize(personNames)
        .enableTranslatedNameRecognize(false)
        .enableJapaneseNameRecognize(false)
        .enablePlaceRecognize(placeRecognition)
        .enableOrganizationRecognize(organizationRecognition)
        .enableNumberQuantifierRecognize(false)
        .enableIndexMode(false)
        .enableNormalization(false)
        .enableMultithreading(false);
  }

  /** HanLP's global configuration, applied once per JVM before any dictionary loads. */
  private static final class HanLpSetup {
    static {
      ClassLoader loader = HanLP.class.getClassLoader();
      HanLpDataCache data = HanLpDataCache.forClasspath(loader == null ? ClassLoader.getSystemClassLoader() : loader);
      HanLP.Config.IOAdapter = new DataCacheAdapter(data);
      // Pinned to the bundled data so that a stray hanlp.properties on the classpath cannot point
      // jishi at other dictionaries the cache key knows nothing about.
      HanLP.Config.CoreDictionaryPath = "data/dictionary/CoreNatureDictionary.mini.txt";
      HanLP.Config.BiGramDictionaryPath = "data/dictionary/CoreNatureDictionary.ngram.mini.txt";
      HanLP.Config.CoreDictionaryTransformMatrixDictionaryPath = "data/dictionary/CoreNatureDictionary.tr.txt";
      HanLP.Config.CustomDictionaryPath = new String[] {"data/dictionary/custom/CustomDictionary.txt"};
      HanLP.Config.PersonDictionaryPath = "data/dictionary/person/nr.txt";
      HanLP.Config.PersonDictionaryTrPath = "data/dictionary/person/nr.tr.txt";
      HanLP.Config.PlaceDictionaryPath = "data/dictionary/place/ns.txt";
      HanLP.Config.PlaceDictionaryTrPath = "data/dictionary/place/ns.tr.txt";
      HanLP.Config.OrganizationDictionaryPath = "data/dictionary/organization/nt.txt";
      HanLP.Config.OrganizationDictionaryTrPath = "data/dictionary/organization/nt.tr.txt";
      HanLP.Config.TranslatedPersonDictionaryPath = "data/dictionary/person/nrf.txt";
      HanLP.Config.JapanesePersonDictionaryPath = "data/dictionary/person/nrj.txt";
      HanLP.Config.CharTypePath = "data/dictionary/other/CharType.bin";
      HanLP.Config.CharTablePath = "data/dictionary/other/CharTable.txt";
      HanLP.Config.CoreStopWordDictionaryPath = "data/dictionary/stopwords.txt";
      // The cache key already guards freshness; HanLP's own check only works on plain files.
      HanLP.Config.CustomDictionaryAutoRefreshCache = false;
      HanLP.Config.Normalization = false;
      HanLP.Config.ShowTermNature = true;
      HanLP.Config.DEBUG = false;
      // HanLP logs every dictionary load at INFO, in Chinese, to stderr; keep real problems only.
      Predefine.logger.setLevel(Level.WARNING);
    }

    private HanLpSetup() {}

    static void ensure() {
      // the static initializer has run by now; this method only triggers it
    }
  }

  /** Hands HanLP's file access to {@link HanLpDataCache}. */
  private static final class DataCacheAdapter implements IIOAdapter {
    private final HanLpDataCache data;

    DataCacheAdapter(HanLpDataCache data) {
      this.data = data;
    }

    @Override
    public InputStream open(String path) throws IOException {
      return data.open(path);
    }

    @Override
    public OutputStream create(String path) {
      return data.create(path);
    }
  }

  /** Options for a {@link HanLpSegmenter}; every HanLP option is set explicitly from these. */
  public static final class Builder {
    private final Map<String, String> words = new LinkedHashMap<>();
    private boolean personNames = true;
    private boolean placeRecognition;
    private boolean organizationRecognition;
    private int maxPieceLength = DEFAULT_MAX_PIECE_LENGTH;
    private int forceWholeLength = DEFAULT_FORCE_WHOLE_LENGTH;

    private Builder() {}

    /**
     * Names to keep whole, tagged {@code pos} (a HanLP nature such as {@code ns}, {@code nt},
     * {@code nz}); a name given again takes the later tag.
     */
    public Builder words(Collection<String> names, String pos) {
      Objects.requireNonNull(names, "names");
      Objects.requireNonNull(pos, "pos");
      if (!POS.matcher(pos).matches()) {
        throw new IllegalArgumentException("pos must be a HanLP nature like ns, nt or nz: '" + pos + "'");
      }
      for (String name : names) {
        if (name == null || name.isBlank()) {
          throw new IllegalArgumentException("custom word must not be blank: '" + name + "'");
        }
        words.put(name.strip(), pos);
      }
      return this;
    }

    /** HanLP's person-name recognition (default on). */
    public Builder personNames(boolean enable) {
      this.personNames = enable;
      return this;
    }

    /** HanLP's statistical place recognition (default off: slow and noisy). */
    public Builder placeRecognition(boolean enable) {
      this.placeRecognition = enable;
      return this;
    }

    /** HanLP's statistical organisation recognition (default off: slow and noisy). */
    public Builder organizationRecognition(boolean enable) {
      this.organizationRecognition = enable;
      return this;
    }

    /** The most characters handed to HanLP in one call (default {@value HanLpSegmenter#DEFAULT_MAX_PIECE_LENGTH}). */
    public Builder maxPieceLength(int length) {
      if (length < 8) {
        throw new IllegalArgumentException("maxPieceLength must be at least 8: " + length);
      }
      this.maxPieceLength = length;
      return this;
    }

    /**
     * Custom words at least this long become one token even across HanLP's own word boundaries
     * (default {@value HanLpSegmenter#DEFAULT_FORCE_WHOLE_LENGTH}); shorter ones only where HanLP's
     * boundaries allow. {@link Integer#MAX_VALUE} never forces.
     */
    public Builder forceWholeLength(int length) {
      if (length < 2) {
        throw new IllegalArgumentException("forceWholeLength must be at least 2: " + length);
      }
      this.forceWholeLength = length;
      return this;
    }

    public HanLpSegmenter build() {
      return new HanLpSegmenter(this);
    }
  }
}
