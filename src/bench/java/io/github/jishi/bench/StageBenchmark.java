package io.github.jishi.bench;

import io.github.jishi.JishiException;
import io.github.jishi.internal.entity.DocumentContext;
import io.github.jishi.entity.Mention;
import io.github.jishi.entity.MentionType;
import io.github.jishi.internal.entity.Recognizer;
import io.github.jishi.internal.event.AnalyzedSentence;
import io.github.jishi.event.EventPlace;
import io.github.jishi.internal.event.PageContext;
import io.github.jishi.internal.event.PagePipeline;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.PageRecord;
import io.github.jishi.internal.index.TimelineWriter;
import io.github.jishi.nlp.Token;
import io.github.jishi.source.Dateline;
import io.github.jishi.source.DocumentReader;
import io.github.jishi.source.NoticeFooter;
import io.github.jishi.source.SourceDocument;
import io.github.jishi.text.NormalizedText;
import io.github.jishi.internal.text.Sentence;
import io.github.jishi.internal.time.TimeContext;
import io.github.jishi.time.TimeExpression;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Times each stage of the pipeline on the same pages, one page after the other on one thread,
 * and indexes the same pages with Lucene's SmartChineseAnalyzer alone as the baseline.
 *
 * <p>The stages are called directly, in the order and with the arguments the page pipeline and
 * {@link io.github.jishi.Jishi#index} use: read and clean, normalize, split into sentences,
 * segment, recognize (programmes, organisations, places), dates, extract events, index. Pages
 * stream through: nothing but counters is kept, so any corpus size fits in memory.
 */
final class StageBenchmark {
  /** The timed stages, in pipeline order. */
  enum Stage {
    READ("read+clean"),
    NORMALIZE("normalize"),
    SPLIT("split"),
    SEGMENT("segment"),
    RECOGNIZE("recognize"),
    DATES("dates"),
    EXTRACT("extract"),
    INDEX("index");

    final String label;

    Stage(String label) {
      this.label = label;
    }
  }

  /** One input: a file on disk or a page held in memory. */
  interface Input {
    String name();

    List<SourceDocument> read(DocumentReader reader);

    /** The content hash the index keeps to skip unchanged files. */
    String hash();

    static Input file(Path file) {
      return new Input() {
        @Override
        public String name() {
          return file.toString();
        }

        @Override
        public List<SourceDocument> read(DocumentReader reader) {
          return reader.read(file, file.toString());
        }

        @Override
        public String hash() {
          try {
            return sha256(Files.readAllBytes(file));
          } catch (IOException e) {
            throw new JishiException("cannot read file: " + file + " (" + e.getMessage() + ")", e);
          }
        }
      };
    }

    static Input page(String name, String content) {
      return new Input() {
        @Override
        public String name() {
          return name;
        }

        @Override
        public List<SourceDocument> read(DocumentReader reader) {
          return List.of(reader.readString(content, name));
        }

        @Override
        public String hash() {
          return sha256(content.getBytes(StandardCharsets.UTF_8));
        }
      };
    }
  }

  /**
   * What one run measured. {@code baseline} is the dates stage's baseline: the first release's time
   * reader on the same sentences in the same run (not part of jishi's total).
   */
  record Result(Map<Stage, Long> nanos, long smartcnNanos, long wallNanos, long files, long pages, long chars, long sentences,
      long events, long skipped, DatesBaseline baseline) {
    Result {
      nanos = java.util.Collections.unmodifiableMap(new EnumMap<>(nanos));
    }

    long jishiNanos() {
      return nanos.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The dates stage's time over the baseline reader's, on the same sentences; NaN when neither ran. */
    double datesRatio() {
      long dates = nanos.getOrDefault(Stage.DATES, 0L);
      return baseline.nanos() <= 0 ? Double.NaN : (double) dates / baseline.nanos();
    }

    static double perSecond(long count, long nanos) {
      return nanos <= 0 ? 0 : count * 1e9 / nanos;
    }
  }

  /**
   * The first release's time reader over the same sentences as the dates stage: its CPU time and
   * the expressions each reader found.
   */
  record DatesBaseline(long nanos, long found, long baselineFound) {}

  private final PipelineParts parts;
  /** Thread CPU time where the JVM measures it: other processes on a shared machine do not count. */
  private final LongSupplier clock = cpuClock();
  private final EnumMap<Stage, Long> nanos = new EnumMap<>(Stage.class);
  private long smartcn;
  private long files;
  private long pages;
  private long chars;
  private long sentences;
  private long events;
  private long skipped;
  private long baselineDates;
  /** The timed pages' sentences and dates, kept for {@link #steadyDates} up to {@link #STEADY_CHARS} characters. */
  private final List<List<String>> steadyPages = new ArrayList<>();
  private final List<PageDates> steadyDates = new ArrayList<>();
  private long steadyChars;
  private static final long STEADY_CHARS = 16_000_000;
  private long datesFound;
  private long baselineFound;

  StageBenchmark(PipelineParts parts) {
    this.parts = Objects.requireNonNull(parts, "parts");
  }

  /** Runs the analysis stages over {@code inputs} without timing or indexing them, for the JIT and lazy dictionaries. */
  void warmUp(List<Input> inputs) {
    Analyzer smart = new SmartChineseAnalyzer();
    for (Input in : inputs) {
      try {
        for (SourceDocument doc : in.read(parts.reader)) {
          analyze(doc, false);
          consume(smart, doc.title() + "\n" + doc.text());
          consume(parts.analyzer, doc.title());
        }
      } catch (JishiException e) {
        // a broken input is skipped in the timed run too
      }
    }
    reset();
  }

  private void reset() {
    nanos.clear();
    smartcn = files = pages = chars = sentences = events = skipped = 0;
    baselineDates = datesFound = baselineFound = 0;
    steadyPages.clear();
    steadyDates.clear();
    steadyChars = 0;
  }

  /**
   * Times every stage over {@code inputs}, writing jishi's index to {@code jishiIndex} and the
   * baseline's to {@code smartcnIndex} (both folders fresh).
   */
  Result run(Iterable<Input> inputs, Path jishiIndex, Path smartcnIndex) {
    reset();
    long wall0 = System.nanoTime();
    try (TimelineWriter writer = TimelineWriter.open(jishiIndex, parts.analyzer, parts.aliases());
        FSDirectory smartDir = FSDirectory.open(smartcnIndex);
        IndexWriter smartWriter = new IndexWriter(smartDir, new IndexWriterConfig(new SmartChineseAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64))) {
      for (Input in : inputs) {
        files++;
        long t0 = clock.getAsLong();
        List<SourceDocument> docs;
        try {
          docs = in.read(parts.reader);
        } catch (JishiException e) {
          skipped++;
          continue;
        }
        add(Stage.READ, clock.getAsLong() - t0);
        List<PageRecord> records = new ArrayList<>();
        List<PolicyEvent> found = new ArrayList<>();
        for (SourceDocument doc : docs) {
          Analysis a = analyze(doc, true);
          pages++;
          chars += doc.text().length();
          records.add(new PageRecord(doc.source(), in.name(), doc.title(), doc.published(), a.programs, a.events.size()));
          found.addAll(a.events);
        }
        events += found.size();
        t0 = clock.getAsLong();
        writer.replaceFile(in.name(), in.hash(), records, found);
        add(Stage.INDEX, clock.getAsLong() - t0);
        t0 = clock.getAsLong();
        for (SourceDocument doc : docs) {
          Document d = new Document();
          d.add(new StringField("source", doc.source(), Field.Store.YES));
          d.add(new TextField("title", doc.title(), Field.Store.YES));
          d.add(new TextField("text", doc.text(), Field.Store.NO));
          smartWriter.addDocument(d);
        }
        smartcn += clock.getAsLong() - t0;
      }
      long t0 = clock.getAsLong();
      writer.inferYears();
      writer.commit();
      add(Stage.INDEX, clock.getAsLong() - t0);
      t0 = clock.getAsLong();
      smartWriter.commit();
      smartcn += clock.getAsLong() - t0;
    } catch (IOException e) {
      throw new JishiException("cannot write benchmark index: " + e.getMessage(), e);
    }
    Map<Stage, Long> all = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      all.put(s, nanos.getOrDefault(s, 0L));
    }
    return new Result(all, smartcn, System.nanoTime() - wall0, files, pages, chars, sentences, events, skipped,
        new DatesBaseline(baselineDates, datesFound, baselineFound));
  }

  private record Analysis(List<PolicyEvent> events, List<String> programs) {}

  private void add(Stage s, long n) {
    nanos.merge(s, n, Long::sum);
  }

  /** The page pipeline's analysis, stage by stage. */
  private Analysis analyze(SourceDocument doc, boolean timed) {
    long t0 = clock.getAsLong();
    NormalizedText text = parts.normalizer.normalize(doc.text());
    Optional<EventPlace> datelinePlace = doc.dateline().flatMap(d -> parts.placeByName(parts.normalizer.normalizeQuery(d.place())));
    DocumentContext places = datelinePlace
        .flatMap(p -> parts.gazetteer.byCode(p.code()))
        .map(DocumentContext::withDateline)
        .orElseGet(DocumentContext::empty);
    TimeContext timeContext = PagePipeline.timeContext(doc);
    long t1 = clock.getAsLong();
    add(Stage.NORMALIZE, t1 - t0);

    String body = text.text();
    List<Sentence> split = parts.splitter.split(body);
    long t2 = clock.getAsLong();
    add(Stage.SPLIT, t2 - t1);
    sentences += split.size();

    List<Mention> mentions = new ArrayList<>();
    List<AnalyzedSentence> analyzed = new ArrayList<>(split.size());
    long segment = 0;
    long recognize = 0;
    long dates = 0;
    // as PagePipeline does: the page's dates in one pass, then segmentation and recognition
    int[] paragraphs = new int[split.size()];
    // the baseline reader reads the page too, first on every other page, so that neither reader
    // always finds the page's text (or the other's leftovers) in the cache
    boolean baselineFirst = (pages & 1) == 1;
    if (baselineFirst) {
      baselineDates(body, split, doc);
    }
    if (timed && steadyChars < STEADY_CHARS) {
      List<String> texts = new ArrayList<>(split.size());
      for (Sentence s : split) {
        texts.add(s.text());
        steadyChars += s.text().length();
      }
      steadyPages.add(texts);
      steadyDates.add(PageDates.of(doc));
    }
    long c0 = clock.getAsLong();
    List<List<TimeExpression>> times = PagePipeline.readDates(parts.times, body, split, timeContext, paragraphs);
    dates += clock.getAsLong() - c0;
    if (!baselineFirst) {
      baselineDates(body, split, doc);
    }
    for (List<TimeExpression> t : times) {
      datesFound += t.size();
    }
    for (int i = 0; i < split.size(); i++) {
      Sentence s = split.get(i);
      long a = clock.getAsLong();
      // as PagePipeline does: HanLP only where the sentence can report an event
      List<Token> tokens = parts.extractor.mayReport(s.text()) ? parts.segmenter.segment(s.text()) : List.of();
      long b = clock.getAsLong();
      List<Mention> found = new ArrayList<>();
      for (Recognizer r : parts.recognizers) {
        found.addAll(r.recognize(s.text(), tokens, places));
      }
      long c = clock.getAsLong();
      segment += b - a;
      recognize += c - b;
      analyzed.add(new AnalyzedSentence(s, paragraphs[i], found, times.get(i)));
      for (Mention m : found) {
        mentions.add(m.shift(s.start()));
      }
    }
    Set<String> programs = new LinkedHashSet<>();
    if (!doc.title().isBlank()) {
      long a = clock.getAsLong();
      String title = parts.normalizer.normalize(doc.title()).text();
      List<Token> tokens = parts.segmenter.segment(title);
      long b = clock.getAsLong();
      for (Recognizer r : parts.recognizers) {
        for (Mention m : r.recognize(title, tokens, DocumentContext.empty())) {
          if (m.type() == MentionType.PROGRAM) {
            programs.add(m.canonical());
          }
        }
      }
      long c = clock.getAsLong();
      segment += b - a;
      recognize += c - b;
    }
    add(Stage.SEGMENT, segment);
    add(Stage.RECOGNIZE, recognize);
    add(Stage.DATES, dates);

    long t3 = clock.getAsLong();
    PageContext page = new PageContext(doc.source(), doc.title(), doc.published(), datelinePlace, PagePipeline.datelineDay(doc),
        doc.published().isPresent() ? Optional.empty() : doc.dateline().flatMap(Dateline::monthDay));
    List<PolicyEvent> out = parts.extractor.extract(page, analyzed, text);
    for (Mention m : mentions) {
      if (m.type() == MentionType.PROGRAM) {
        programs.add(m.canonical());
      }
    }
    add(Stage.EXTRACT, clock.getAsLong() - t3);
    return new Analysis(out, List.copyOf(programs));
  }

  /**
   * The first release's time reader over the page's sentences, as the dates stage reads them (its
   * context told where paragraphs start): timed apart.
   */
  private void baselineDates(String body, List<Sentence> split, SourceDocument doc) {
    // made outside the timing, as the stage's own context is
    io.github.jishi.bench.baseline.TimeContext context = baselineContext(doc.published());
    long found = 0;
    int scanned = 0;
    long c0 = clock.getAsLong();
    for (Sentence s : split) {
      for (; scanned < s.start(); scanned++) {
        if (body.charAt(scanned) == '\n') {
          context.newParagraph();
        }
      }
      found += parts.baselineTimes.parse(s.text(), context).size();
    }
    baselineDates += clock.getAsLong() - c0;
    baselineFound += found;
  }

  /**
   * The dates a page's time context is made of, kept for {@link #steadyDates} instead of the page:
   * the stage's context is the pipeline's (publish date, dateline, notice footer); the first
   * release's reader knew only the publish date.
   */
  private record PageDates(Optional<java.time.LocalDate> published, Optional<java.time.LocalDate> dateline,
      Optional<java.time.LocalDate> footer) {
    static PageDates of(SourceDocument doc) {
      return new PageDates(doc.published(), doc.dateline().flatMap(Dateline::date),
          doc.facts().footer().map(NoticeFooter::date));
    }

    TimeContext context() {
      return TimeContext.forPage(published, dateline, footer);
    }
  }

  /** The baseline reader's context for a page published on {@code published}, as the stage's own. */
  private static io.github.jishi.bench.baseline.TimeContext baselineContext(Optional<java.time.LocalDate> published) {
    return published.map(io.github.jishi.bench.baseline.TimeContext::of)
        .orElseGet(io.github.jishi.bench.baseline.TimeContext::withoutReference);
  }

  /**
   * Both time readers over the same pages in a steady state: CPU nanoseconds per round of each on
   * a page's first reading in the round, and on a second reading of the same page right after it
   * ({@code again}: the reader's code, tables and the page all in the caches); the sentences read.
   */
  record SteadyDates(long nanos, long baselineNanos, long againNanos, long againBaselineNanos, long sentences) {
    double ratio() {
      return baselineNanos <= 0 ? Double.NaN : (double) nanos / baselineNanos;
    }

    double againRatio() {
      return againBaselineNanos <= 0 ? Double.NaN : (double) againNanos / againBaselineNanos;
    }
  }

  /**
   * Reads the pages the last timed run kept ({@link #STEADY_CHARS} characters at most) again with
   * both time readers, page by page, for {@code rounds} rounds, and returns the mean of the last
   * half: what each reader costs once its code is compiled and nothing else runs between pages.
   * Each reader reads a page twice in a row, and goes first on every other page (the one that goes
   * second finds the page's text in the cache).
   */
  SteadyDates steadyDates(int rounds) {
    long[] sums = new long[4];
    long sentences = 0;
    int counted = 0;
    for (int round = 0; round < rounds; round++) {
      boolean count = round >= rounds / 2;
      for (int k = 0; k < steadyPages.size(); k++) {
        List<String> texts = steadyPages.get(k);
        PageDates published = steadyDates.get(k);
        boolean baselineFirst = ((k + round) & 1) == 1;
        for (int turn = 0; turn < 2; turn++) {
          boolean baseline = (turn == 0) == baselineFirst;
          long first = readSteady(baseline, texts, published);
          long again = readSteady(baseline, texts, published);
          if (count) {
            sums[baseline ? 1 : 0] += first;
            sums[baseline ? 3 : 2] += again;
          }
        }
        if (count) {
          sentences += texts.size();
        }
      }
      counted += count ? 1 : 0;
    }
    return counted == 0 ? new SteadyDates(0, 0, 0, 0, 0)
        : new SteadyDates(sums[0] / counted, sums[1] / counted, sums[2] / counted, sums[3] / counted, sentences / counted);
  }

  /** One reader's CPU time over a page's sentences, with a fresh context for the page. */
  private long readSteady(boolean baseline, List<String> texts, PageDates page) {
    if (baseline) {
      io.github.jishi.bench.baseline.TimeContext context = baselineContext(page.published());
      long a = clock.getAsLong();
      for (String t : texts) {
        parts.baselineTimes.parse(t, context);
      }
      return clock.getAsLong() - a;
    }
    TimeContext context = page.context();
    long a = clock.getAsLong();
    for (String t : texts) {
      parts.times.parse(t, context);
    }
    return clock.getAsLong() - a;
  }

  /** The clock stage times are taken with: the current thread's CPU time, else wall time. */
  static LongSupplier cpuClock() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (threads.isCurrentThreadCpuTimeSupported()) {
      if (!threads.isThreadCpuTimeEnabled()) {
        threads.setThreadCpuTimeEnabled(true);
      }
      return threads::getCurrentThreadCpuTime;
    }
    return System::nanoTime;
  }

  static void consume(Analyzer analyzer, String text) {
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      ts.reset();
      while (ts.incrementToken()) {
        // only the work of producing tokens counts
      }
      ts.end();
    } catch (IOException e) {
      throw new JishiException("cannot analyze text: " + e.getMessage(), e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
