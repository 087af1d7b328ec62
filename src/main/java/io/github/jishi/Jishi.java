package io.github.jishi;

import io.github.jishi.internal.entity.OrgRecognizer;
import io.github.jishi.internal.entity.Place;
import io.github.jishi.internal.entity.PlaceGazetteer;
import io.github.jishi.internal.entity.PlaceRecognizer;
import io.github.jishi.internal.entity.ProgramCatalog;
import io.github.jishi.internal.entity.ProgramRecognizer;
import io.github.jishi.event.PageAnalysis;
import io.github.jishi.internal.event.PagePipeline;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.JishiAnalyzer;
import io.github.jishi.index.PageRecord;
import io.github.jishi.index.PlaceMatch;
import io.github.jishi.index.QueryResolver;
import io.github.jishi.index.TimelineIndex;
import io.github.jishi.internal.index.TimelineWriter;
import io.github.jishi.internal.lexicon.Lexicon;
import io.github.jishi.internal.nlp.HanLpSegmenter;
import io.github.jishi.nlp.Segmenter;
import io.github.jishi.internal.nlp.RecentSegments;
import io.github.jishi.source.DocumentReader;
import io.github.jishi.source.SourceDocument;
import io.github.jishi.internal.text.SentenceSplitter;
import io.github.jishi.internal.text.TextNormalizer;
import io.github.jishi.internal.time.TimeContext;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.internal.time.TimeParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;

/**
 * The entry point for embedding jishi: read pages, index their events, search the timeline.
 *
 * <pre>{@code
 * Jishi jishi = Jishi.builder().index(Path.of("index")).build();
 * jishi.index(List.of(Path.of("pages")), IndexSettings.DEFAULTS);
 * try (TimelineIndex timeline = jishi.openIndex()) {
 *   for (PolicyEvent e : timeline.search(EventQuery.builder().city("杭州").build())) {
 *     System.out.println(e.date().orElse(null) + " " + e.evidence());
 *   }
 * }
 * }</pre>
 *
 * <p>Dictionaries (OpenCC's, HanLP's, the gazetteers) load on first use of what needs them, so
 * a search by city never loads the segmenter. Thread-safe.
 */
public final class Jishi {
  /** Sentences remembered per thread, so an event's evidence is not segmented twice. */
  private static final int RECENT_SENTENCES = 1024;
  /** The key of a page indexed from memory, in front of its source: no file path starts so. */
  private static final String MEMORY_PREFIX = "memory:";
  /** During a long run, commit after this many files. */
  private static final int COMMIT_EVERY_FILES = 5000;
  private final Path indexDir;
  private final Optional<Path> programsFile;
  private final Optional<Path> lexiconDir;
  private final Supplier<Lexicon> lexicon;
  private final int threads;
  private final Clock clock;

  private final Supplier<TextNormalizer> normalizer = memo(TextNormalizer::create);
  private final Supplier<PlaceGazetteer> gazetteer = memo(PlaceGazetteer::load);
  private final Supplier<ProgramCatalog> catalog;
  private final Supplier<OrgRecognizer> orgs;
  private final Supplier<RecentSegments> segmenter;
  private final Supplier<TimeParser> times;
  private final Supplier<PagePipeline> pipeline;
  private final Supplier<Analyzer> analyzer;

  private Jishi(Builder b) {
    this.indexDir = b.index;
    this.programsFile = Optional.ofNullable(b.programs);
    this.lexiconDir = Optional.ofNullable(b.lexicon);
    // a user's lines may be in traditional script: they fold to simplified like the pages do
    this.lexicon = memo(() -> lexiconDir.map(d -> Lexicon.bundled().overlay(d, s -> normalizer.get().normalizeQuery(s)))
        .orElseGet(Lexicon::bundled));
    this.threads = b.threads;
    this.clock = b.clock;
    this.catalog = memo(() -> programsFile.map(f -> ProgramCatalog.load(f, lexicon.get()))
        .orElseGet(() -> ProgramCatalog.load(lexicon.get())));
    this.orgs = memo(() -> OrgRecognizer.create(lexicon.get()));
    this.segmenter = memo(() -> new RecentSegments(HanLpSegmenter.builder()
        .words(gazetteer.get().allNames(), "ns")
        .words(orgs.get().names(), "nt")
        .words(catalog.get().segmenterWords(), "nz")
        .build(), RECENT_SENTENCES));
    this.times = memo(() -> TimeParser.create(lexicon.get()));
    this.pipeline = memo(() -> new PagePipeline(normalizer.get(), SentenceSplitter.create(lexicon.get()), segmenter.get(), gazetteer.get(),
        List.of(ProgramRecognizer.create(catalog.get(), lexicon.get()), orgs.get(),
            PlaceRecognizer.create(gazetteer.get(), lexicon.get())),
        times.get(), lexicon.get()));
    this.analyzer = memo(() -> new JishiAnalyzer(s -> normalizer.get().normalize(s), segmenter.get()));
  }

  /**
   * A builder with the defaults: index folder {@code index}, the bundled programmes and lexicon,
   * one thread per processor, the system clock.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The index folder of this instance.
   *
   * @return the folder given to {@link Builder#index(Path)}
   */
  public Path indexDirectory() {
    return indexDir;
  }

  /**
   * Reads one file without indexing it.
   *
   * @param file a page file
   * @return one analysis per page (a JSON Lines file gives one per record)
   * @throws JishiException when the file cannot be read
   */
  public List<PageAnalysis> extract(Path file) {
    Objects.requireNonNull(file, "file");
    List<PageAnalysis> out = new ArrayList<>();
    for (SourceDocument doc : DocumentReader.create().read(file)) {
      out.add(pipeline.get().analyze(doc));
    }
    return out;
  }

  /**
   * Analyzes a page already in memory, without indexing it.
   *
   * @param doc the page
   * @return its events, programmes and sentences
   */
  public PageAnalysis analyze(SourceDocument doc) {
    return pipeline.get().analyze(doc);
  }

  /**
   * The time expressions of a text.
   *
   * @param text any text, in either script
   * @param base the day relative expressions ({@code 昨日}, {@code 3月5日}) are read against
   * @return the expressions in text order
   */
  public List<TimeExpression> dates(String text, LocalDate base) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(base, "base");
    String normalized = normalizer.get().normalize(text).text();
    return times.get().parse(normalized, TimeContext.of(base));
  }

  /**
   * Today, from this instance's clock: the default base of relative dates.
   *
   * @return today's date
   */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Indexes files and folders with the {@link IndexSettings#DEFAULTS default settings}.
   *
   * @param paths files and folders to read
   * @return what the run did
   * @see #index(List, IndexSettings)
   */
  public IndexReport index(List<Path> paths) {
    return index(paths, IndexSettings.DEFAULTS);
  }

  /**
   * Indexes files and folders.
   *
   * @param paths files and folders to read
   * @param prune also drop indexed files that no longer exist
   * @param listener hears each finished file
   * @return what the run did
   * @deprecated use {@link #index(List, IndexSettings)}
   */
  @Deprecated(since = "0.1.0")
  public IndexReport index(List<Path> paths, boolean prune, IndexListener listener) {
    return index(paths, IndexSettings.builder().prune(prune).listener(listener).build());
  }

  /**
   * Indexes files and folders into this instance's index: new and changed files are (re)indexed,
   * unchanged ones skipped, unreadable ones reported and skipped. One commit at the end, so an
   * interrupted run leaves the previous index as it was.
   *
   * @param paths files and folders to read
   * @param settings pruning, listener and threads of this run
   * @return what the run did
   * @throws IndexAbortedException when the index cannot be written midway (a full disk): the index
   *     keeps its last commit and the exception lists the files it does not hold
   * @throws JishiException when the index cannot be opened
   */
  public IndexReport index(List<Path> paths, IndexSettings settings) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(settings, "settings");
    List<Path> files = new ArrayList<>();
    List<IndexReport.Skipped> skipped = java.util.Collections.synchronizedList(new ArrayList<>());
    for (Path p : paths) {
      if (!Files.exists(p)) {
        skipped.add(new IndexReport.Skipped(p.toString(), "no such file or folder: " + p));
        continue;
      }
      files.addAll(DocumentReader.listFiles(p, skip -> skipped.add(new IndexReport.Skipped(p.toString(), skip))));
    }
    List<Unit> units = new ArrayList<>();
    for (Path file : files) {
      String name = file.toString();
      units.add(new Unit(name, () -> sha256(file), () -> Files.size(file), problems -> DocumentReader.create().read(file, name, problems)));
    }
    return run(units, settings, skipped);
  }

  /**
   * Indexes pages held in memory with the {@link IndexSettings#DEFAULTS default settings}.
   *
   * @param documents pages built with {@link SourceDocument#of} or read with
   *     {@link DocumentReader#readString}
   * @return what the run did
   * @see #indexDocuments(List, IndexSettings)
   */
  public IndexReport indexDocuments(List<SourceDocument> documents) {
    return indexDocuments(documents, IndexSettings.DEFAULTS);
  }

  /**
   * Indexes pages held in memory. A page is known by its {@link SourceDocument#source() source}:
   * indexing a source again replaces its events when its content changed and skips it when not.
   * Pages indexed so are never {@link IndexSettings#prune() pruned}. One commit at the end.
   *
   * @param documents pages built with {@link SourceDocument#of} or read with
   *     {@link DocumentReader#readString}; two with the same source are refused
   * @param settings listener and threads of this run (pruning, if set, applies to indexed files)
   * @return what the run did; its {@code files} are the documents given
   * @throws IndexAbortedException when the index cannot be written midway (a full disk): the index
   *     keeps its last commit and the exception lists the pages it does not hold
   * @throws JishiException when two documents have the same source or the index cannot be opened
   */
  public IndexReport indexDocuments(List<SourceDocument> documents, IndexSettings settings) {
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(settings, "settings");
    Set<String> seen = new java.util.HashSet<>();
    List<Unit> units = new ArrayList<>();
    for (SourceDocument doc : documents) {
      Objects.requireNonNull(doc, "document");
      if (!seen.add(doc.source())) {
        throw new JishiException("two documents have the same source: " + doc.source());
      }
      units.add(new Unit(MEMORY_PREFIX + doc.source(), () -> contentHash(doc),
          () -> (long) doc.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, problems -> List.of(doc)));
    }
    return run(units, settings, java.util.Collections.synchronizedList(new ArrayList<>()));
  }

  /**
   * A file or a page in memory: the key it is indexed under, its content hash, its size in bytes,
   * its pages (a bad part of a file, such as one broken JSON Lines record, is told to
   * {@code problems} and skipped).
   */
  private record Unit(String name, Work<String> hash, Work<Long> size, Pages read) {}

  private interface Work<T> {
    T get() throws IOException;
  }

  private interface Pages {
    List<SourceDocument> read(java.util.function.Consumer<String> problems) throws IOException;
  }

  private IndexReport run(List<Unit> files, IndexSettings settings, List<IndexReport.Skipped> skipped) {
    IndexListener listener = settings.listener();
    int threads = settings.threads().orElse(this.threads);
    long t0 = System.nanoTime();
    PagePipeline pages = pipeline.get();
    ProgramCatalog programs = catalog.get();
    try (TimelineWriter writer = TimelineWriter.open(indexDir, analyzer.get(), aliasesOf(programs))) {
      AtomicInteger done = new AtomicInteger();
      AtomicInteger pageCount = new AtomicInteger();
      AtomicInteger eventCount = new AtomicInteger();
      AtomicInteger unchanged = new AtomicInteger();
      AtomicLong chars = new AtomicLong();
      // the first failure to write the index stops the run; the index keeps its last commit, and
      // what was written since (pending) or never got written (lost) is not indexed
      java.util.concurrent.atomic.AtomicReference<JishiException> fatal = new java.util.concurrent.atomic.AtomicReference<>();
      Set<String> pending = java.util.concurrent.ConcurrentHashMap.newKeySet();
      Set<String> lost = java.util.concurrent.ConcurrentHashMap.newKeySet();
      ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())));
      try {
        List<Future<?>> work = new ArrayList<>();
        for (Unit file : files) {
          work.add(pool.submit(() -> {
            String name = file.name();
            if (fatal.get() != null) {
              lost.add(name);
              listener.fileDone(done.incrementAndGet(), files.size(), name);
              return;
            }
            segmenter.get().forget();
            try {
              String hash = file.hash().get();
              if (writer.isCurrent(name, hash)) {
                unchanged.incrementAndGet();
                return;
              }
              List<PageRecord> records = new ArrayList<>();
              List<PolicyEvent> events = new ArrayList<>();
              AtomicInteger problems = new AtomicInteger();
              List<SourceDocument> docs = file.read().read(problem -> {
                problems.incrementAndGet();
                skipped.add(new IndexReport.Skipped(name, problem));
              });
              long size = sizeOf(file);
              long textChars = 0;
              for (SourceDocument doc : docs) {
                textChars += doc.text().length();
              }
              long charsDone = 0;
              for (SourceDocument doc : docs) {
                if (fatal.get() != null) {
                  lost.add(name);
                  return;
                }
                PageAnalysis a = pages.analyze(doc);
                chars.addAndGet(doc.text().length());
                records.add(new PageRecord(doc.source(), name, doc.title(), doc.published(), a.programs(), a.events().size(), doc.url()));
                events.addAll(a.events());
                charsDone += doc.text().length();
                int n = records.size();
                listener.pageDone(name, n, docs.size(), n == docs.size() ? size
                    : textChars > 0 ? size * charsDone / textChars : size * n / docs.size(), size);
              }
              // a file read in part is read (and its bad part reported) again next run
              try {
                if (fatal.get() != null) {
                  lost.add(name);
                  return;
                }
                writer.replaceFile(name, problems.get() == 0 ? hash : hash + "+partial", records, events);
                pending.add(name);
              } catch (JishiException e) {
                // the index cannot be written: this file and all after it are not indexed
                fatal.compareAndSet(null, e);
                lost.add(name);
                return;
              }
              pageCount.addAndGet(records.size());
              eventCount.addAndGet(events.size());
            } catch (JishiException e) {
              skipped.add(new IndexReport.Skipped(name, e.getMessage()));
            } catch (OutOfMemoryError e) {
              skipped.add(new IndexReport.Skipped(name, "out of memory (" + e.getMessage()
                  + "); give the JVM more memory (-Xmx, or JISHI_JAVA_OPTIONS for ./jishi) to index it"));
            } catch (IOException | RuntimeException e) {
              String message = e.getMessage() == null ? e.toString() : e.getMessage();
              skipped.add(new IndexReport.Skipped(name, message.lines().findFirst().orElse(e.toString())));
            } finally {
              listener.fileDone(done.incrementAndGet(), files.size(), name);
            }
          }));
        }
        int waited = 0;
        for (Future<?> f : work) {
          f.get();
          if (++waited % COMMIT_EVERY_FILES == 0 && fatal.get() == null) {
            // a long run interrupted later keeps what it finished; a re-run skips it
            commit(writer, pending, fatal);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new JishiException("indexing interrupted; the index keeps its last committed state");
      } catch (ExecutionException e) {
        throw new JishiException("indexing failed: " + e.getCause(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
      int pruned = 0;
      int inferred = 0;
      if (fatal.get() == null) {
        try {
          // a page indexed from memory has no file to look for: pruning keeps it
          pruned = settings.prune() ? writer.prune(f -> f.startsWith(MEMORY_PREFIX) || Files.exists(Path.of(f))) : 0;
          Set<String> held = lexicon.get().set("held-kinds");
          inferred = writer.inferYears(name -> programs.find(name).map(e -> held.contains(e.kind())).orElse(false));
        } catch (JishiException e) {
          fatal.compareAndSet(null, e);
        }
      }
      if (fatal.get() == null) {
        commit(writer, pending, fatal);
      }
      if (fatal.get() != null) {
        List<String> notIndexed = new ArrayList<>();
        for (Unit u : files) {
          if (pending.contains(u.name()) || lost.contains(u.name())) {
            notIndexed.add(u.name());
          }
        }
        throw new IndexAbortedException(fatal.get().getMessage(), notIndexed, skipped, fatal.get());
      }
      return new IndexReport(files.size(), pageCount.get(), unchanged.get(), skipped, eventCount.get(), pruned, inferred,
          chars.get(), Duration.ofNanos(System.nanoTime() - t0));
    } catch (IOException e) {
      throw new JishiException("cannot close index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  /** Commits, and forgets the files it made durable; a failure to commit stops the run. */
  private static void commit(TimelineWriter writer, Set<String> pending, java.util.concurrent.atomic.AtomicReference<JishiException> fatal) {
    // a file written while the commit runs may or may not be in it: it stays pending, so it is never
    // said to be indexed when it is not
    Set<String> before = Set.copyOf(pending);
    try {
      writer.commit();
      pending.removeAll(before);
    } catch (JishiException e) {
      fatal.compareAndSet(null, e);
    }
  }

  private static long sizeOf(Unit unit) {
    try {
      return unit.size().get();
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /**
   * Opens this instance's index for searching; close it when done.
   *
   * @return the open index
   * @throws JishiException when there is no index in the folder
   */
  public TimelineIndex openIndex() {
    // reports of one event merge by the kinds of the overlaid triggers, as they do within a page
    return lexiconDir.isEmpty() ? TimelineIndex.open(indexDir, analyzer, queryResolver())
        : TimelineIndex.open(indexDir, analyzer, queryResolver(), lexicon.get().map("triggers"));
  }

  /**
   * The word segmenter indexing uses, with this instance's places, organisations and programmes as
   * words: what {@link io.github.jishi.index.JishiTokenizerFactory} builds its tokenizer on, so a
   * Solr field is segmented as the local index is.
   *
   * @return the segmenter
   */
  public Segmenter segmenter() {
    return segmenter.get();
  }

  /**
   * Aliases of a canonical programme name, from the catalog.
   *
   * @param program the canonical name
   * @return its other names, empty when it has none or is unknown
   */
  public List<String> aliases(String program) {
    return aliasesOf(catalog.get()).apply(program);
  }

  /**
   * How query strings become index terms: simplified script, place codes.
   *
   * @return the resolver this instance's indexes search with
   */
  public QueryResolver queryResolver() {
    return new QueryResolver() {
      @Override
      public String normalize(String query) {
        return normalizer.get().normalizeQuery(query);
      }

      @Override
      public PlaceMatch resolveCity(String name) {
        List<Place> places = gazetteer.get().resolveQuery(name);
        if (places.isEmpty()) {
          List<String> suggestions = gazetteer.get().suggest(name);
          throw new JishiException("unknown city '" + name + "'"
              + (suggestions.isEmpty() ? "" : " (did you mean " + suggestions.get(0) + "?)"));
        }
        Set<String> codes = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Place p : places) {
          codes.add(p.code());
          names.add(p.name());
        }
        return new PlaceMatch(codes, names);
      }
    };
  }

  private static Function<String, List<String>> aliasesOf(ProgramCatalog catalog) {
    return name -> catalog.find(name).map(e -> e.aliases()).orElse(List.of());
  }

  /** What a page from memory is hashed by: everything the pipeline reads of it. */
  private static String contentHash(SourceDocument doc) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String part : List.of(doc.source(), doc.format().name(), doc.title(), doc.published().map(LocalDate::toString).orElse(""),
          doc.publishedFrom(), String.valueOf(doc.dateline()), doc.text(), String.valueOf(doc.facts()))) {
        md.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      byte[] buf = new byte[1 << 16];
      while (in.read(buf) != -1) {
        // reading feeds the digest
      }
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static <T> Supplier<T> memo(Supplier<T> s) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            v = value;
            if (v == null) {
              v = s.get();
              value = v;
            }
          }
        }
        return v;
      }
    };
  }

  /** Configures a {@link Jishi}; every setter checks its argument. */
  public static final class Builder {
    private Path index = Path.of("index");
    private Path programs;
    private Path lexicon;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /**
     * The index folder.
     *
     * @param dir the folder (default {@code index})
     * @return this builder
     */
    public Builder index(Path dir) {
      this.index = Objects.requireNonNull(dir, "index");
      return this;
    }

    /**
     * A TSV of extra programmes (canonical name, aliases separated by {@code |}, kind).
     *
     * @param tsv the file
     * @return this builder
     * @throws JishiException when the file does not exist
     */
    public Builder programs(Path tsv) {
      Objects.requireNonNull(tsv, "programs");
      if (!Files.isRegularFile(tsv)) {
        throw new JishiException("no programmes file " + tsv);
      }
      this.programs = tsv;
      return this;
    }

    /**
     * A folder of vocabulary files laid over the bundled ones ({@code triggers.tsv} ...): a line adds
     * a word, a line {@code -word} removes one.
     *
     * @param dir the folder
     * @return this builder
     * @throws JishiException when the folder does not exist
     */
    public Builder lexicon(Path dir) {
      Objects.requireNonNull(dir, "lexicon");
      if (!Files.isDirectory(dir)) {
        throw new JishiException("no lexicon folder " + dir);
      }
      this.lexicon = dir;
      return this;
    }

    /**
     * Worker threads for indexing; {@link IndexSettings.Builder#threads(int)} overrides it for a run.
     *
     * @param threads at least 1 (default: the number of processors)
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new JishiException("threads must be at least 1, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Where "today" comes from, for relative dates with no base given.
     *
     * @param clock the clock (default: the system's, in the default time zone)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The instance; nothing is loaded until first needed.
     *
     * @return a new, thread-safe instance
     */
    public Jishi build() {
      return new Jishi(this);
    }
  }
}
