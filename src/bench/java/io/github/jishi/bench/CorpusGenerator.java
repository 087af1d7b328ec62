package io.github.jishi.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jishi.JishiException;
import io.github.jishi.bench.ArticleComposer.Article;
import io.github.jishi.internal.entity.PlaceGazetteer;
import io.github.jishi.internal.entity.ProgramCatalog;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.SplittableRandom;

/**
 * Generates a corpus of realistic pages for benchmarking, the same for the same seed.
 *
 * <p>Pages mix the forms and noise of the bundled corpus: plain text with header lines, datelines
 * and site chrome, full HTML, Markdown with front matter, JSON and JSON Lines exports; about one
 * page in seven in traditional script, some of those with pinyin spliced after characters, a
 * few files in GB18030 or Big5, and one page in twenty-five without a publish date. Stories are written from the generator's own templates around
 * real place and programme names. File {@code i} depends only on the seed and {@code i}, so a
 * smaller corpus is a prefix of a larger one with the same seed.
 */
public final class CorpusGenerator {
  /** Bumped whenever the output for a seed changes, so a kept work folder is not reused wrongly. */
  static final int VERSION = 3;
  private static final int FILES_PER_FOLDER = 1000;
  private static final Charset BIG5 = Charset.forName("Big5");
  private static final Charset GB18030 = Charset.forName("GB18030");

  private final long seed;
  private final NamePool names;
  private final ArticleComposer composer;

  private CorpusGenerator(long seed, NamePool names) {
    this.seed = seed;
    this.names = names;
    this.composer = new ArticleComposer(names);
  }

  /** A generator over the bundled gazetteer and programme catalog. */
  public static CorpusGenerator create(long seed) {
    return new CorpusGenerator(seed, new NamePool(PlaceGazetteer.load(), ProgramCatalog.load()));
  }

  public long seed() {
    return seed;
  }

  /** One generated file: its path below the corpus folder, its bytes, and how many pages it holds. */
  public record GeneratedFile(String name, byte[] content, int pages) {
    public GeneratedFile {
      Objects.requireNonNull(name, "name");
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }

    int size() {
      return content.length;
    }
  }

  /** What {@link #write} produced. */
  public record Corpus(Path dir, List<Path> files, int pages, long bytes, long seed) {
    public Corpus {
      Objects.requireNonNull(dir, "dir");
      files = List.copyOf(files);
    }

    /** The first files holding at least {@code bytes} bytes (all of them when the corpus is smaller). */
    public List<Path> prefix(long bytes) {
      long sum = 0;
      List<Path> out = new ArrayList<>();
      for (Path f : files) {
        if (sum >= bytes) {
          break;
        }
        out.add(f);
        try {
          sum += Files.size(f);
        } catch (IOException e) {
          throw new JishiException("cannot read generated file " + f + ": " + e.getMessage(), e);
        }
      }
      return out;
    }
  }

  /** File number {@code index} of the corpus. */
  public GeneratedFile file(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative: " + index);
    }
    SplittableRandom r = new SplittableRandom(mix(seed, index));
    int form = r.nextInt(100);
    String name = name(index, form);
    if (form >= 88) {
      int n = 3 + r.nextInt(8);
      List<ObjectNode> records = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        records.add(PageRenderer.record(script(composer.compose(r), r), r));
      }
      String text = form < 98 ? PageRenderer.jsonLines(records) : PageRenderer.jsonArray(records);
      return new GeneratedFile(name, text.getBytes(StandardCharsets.UTF_8), n);
    }
    boolean traditional = r.nextInt(7) == 0;
    Article a = composer.compose(r);
    if (traditional) {
      a = traditional(a, r);
    }
    String text = form < 44 ? PageRenderer.text(a, r, names) : form < 70 ? PageRenderer.html(a, r, names) : PageRenderer.markdown(a, r);
    if (traditional) {
      text = TraditionalScript.toTraditional(text);
    }
    byte[] bytes = form < 44 ? encode(text, traditional, r) : text.getBytes(StandardCharsets.UTF_8);
    return new GeneratedFile(name, bytes, 1);
  }

  /** The path of file {@code index} below the corpus folder, without generating it. */
  public String name(int index) {
    return name(index, new SplittableRandom(mix(seed, index)).nextInt(100));
  }

  private static String name(int index, int form) {
    String ext = form < 44 ? ".txt" : form < 70 ? ".html" : form < 88 ? ".md" : form < 98 ? ".jsonl" : ".json";
    return String.format(Locale.ROOT, "%03d/page-%06d%s", index / FILES_PER_FOLDER, index, ext);
  }

  /** Records of an export are traditional one time in seven too. */
  private static Article script(Article a, SplittableRandom r) {
    return r.nextInt(7) == 0 ? traditional(a, r) : a;
  }

  private static Article traditional(Article a, SplittableRandom r) {
    boolean pinyin = r.nextInt(3) == 0;
    List<String> paragraphs = new ArrayList<>(a.paragraphs().size());
    for (String p : a.paragraphs()) {
      String t = TraditionalScript.toTraditional(p);
      paragraphs.add(pinyin ? TraditionalScript.annotate(t, 0.7, r) : t);
    }
    return new Article(TraditionalScript.toTraditional(a.title()), a.published(), a.dated(), a.hour(), a.minute(), a.city(), a.province(),
        TraditionalScript.toTraditional(a.outlet()), TraditionalScript.toTraditional(a.reporter()), a.dateline(), paragraphs);
  }

  /** Most text files are UTF-8; some traditional ones Big5 and some simplified ones GB18030, when they fit. */
  private static byte[] encode(String text, boolean traditional, SplittableRandom r) {
    int k = r.nextInt(10);
    if (traditional && k < 4 && BIG5.newEncoder().canEncode(text)) {
      return text.getBytes(BIG5);
    }
    if (!traditional && k == 0 && GB18030.newEncoder().canEncode(text)) {
      return text.getBytes(GB18030);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Writes files until they hold at least {@code targetBytes}, or reuses what an earlier run with
   * the same seed and size left in {@code dir}.
   */
  public Corpus write(Path dir, long targetBytes) {
    Objects.requireNonNull(dir, "dir");
    if (targetBytes < 1) {
      throw new IllegalArgumentException("targetBytes must be positive: " + targetBytes);
    }
    Path manifest = dir.resolve("corpus.properties");
    try {
      Corpus kept = reuse(dir, manifest, targetBytes);
      if (kept != null) {
        return kept;
      }
      Files.createDirectories(dir);
      Files.deleteIfExists(manifest);
      List<Path> files = new ArrayList<>();
      long bytes = 0;
      int pages = 0;
      for (int i = 0; bytes < targetBytes; i++) {
        GeneratedFile f = file(i);
        Path p = dir.resolve(f.name());
        if (i % FILES_PER_FOLDER == 0) {
          Files.createDirectories(p.getParent());
        }
        Files.write(p, f.content);
        files.add(p);
        bytes += f.size();
        pages += f.pages();
      }
      Properties props = new Properties();
      props.setProperty("seed", Long.toString(seed));
      props.setProperty("target", Long.toString(targetBytes));
      props.setProperty("version", Integer.toString(VERSION));
      props.setProperty("files", Integer.toString(files.size()));
      props.setProperty("pages", Integer.toString(pages));
      props.setProperty("bytes", Long.toString(bytes));
      try (Writer w = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
        props.store(w, "jishi bench corpus");
      }
      return new Corpus(dir, files, pages, bytes, seed);
    } catch (IOException e) {
      throw new JishiException("cannot write generated corpus to " + dir + ": " + e.getMessage(), e);
    }
  }

  private Corpus reuse(Path dir, Path manifest, long targetBytes) throws IOException {
    if (!Files.isRegularFile(manifest)) {
      return null;
    }
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      props.load(r);
    }
    if (!Long.toString(seed).equals(props.getProperty("seed")) || !Long.toString(targetBytes).equals(props.getProperty("target"))
        || !Integer.toString(VERSION).equals(props.getProperty("version"))) {
      return null;
    }
    int n = Integer.parseInt(props.getProperty("files"));
    List<Path> files = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Path p = dir.resolve(name(i));
      if (!Files.isRegularFile(p)) {
        return null;
      }
      files.add(p);
    }
    return new Corpus(dir, files, Integer.parseInt(props.getProperty("pages")), Long.parseLong(props.getProperty("bytes")), seed);
  }
}
