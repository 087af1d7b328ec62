package io.github.jishi.bench;

import io.github.jishi.IndexListener;
import io.github.jishi.Jishi;
import io.github.jishi.JishiException;
import io.github.jishi.internal.entity.PlaceGazetteer;
import io.github.jishi.internal.entity.ProgramCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the benchmark and prints its figures: per-stage and end-to-end ingest throughput on a
 * generated corpus and on real man-page prose, the SmartCN baseline, two threads against one,
 * query latency over a large index, CLI cold start and the heap an ingest needs.
 *
 * <p>The last line sums it up in a fixed form, so runs can be compared:
 * {@code bench: e2e=<chars/s> smartcn=<chars/s> ratio=<x> threads2=<x> p50=<ms> p99=<ms> cold=<s> heap=<MB> dates=<x>}.
 * Throughputs are characters of cleaned page text per CPU second of the working thread (per
 * process CPU second for the end-to-end runs), so other load on a shared machine counts less;
 * wall times are printed beside them.
 */
public final class BenchRunner {
  /** The parts of the benchmark that {@code --skip} can leave out. */
  public static final List<String> PARTS = List.of("stages", "e2e", "threads2", "manpages", "queries", "cold");

  private static final long MB = 1024L * 1024;
  /** two threads are compared with one on at most this much of the corpus */
  private static final long THREADS2_BYTES = 100 * MB;

  /** What to run; see {@code jishi bench --help}. */
  public record Options(long sizeBytes, long seed, Optional<Path> work, int events, int queries, Set<String> skip, int heapMb,
      Path home) {
    public Options {
      if (sizeBytes < 1) {
        throw new JishiException("size must be positive, got " + sizeBytes);
      }
      if (events < 1000) {
        throw new JishiException("events must be at least 1000, got " + events);
      }
      if (queries < 10) {
        throw new JishiException("queries must be at least 10, got " + queries);
      }
      if (heapMb < 64) {
        throw new JishiException("heap must be at least 64 MB, got " + heapMb);
      }
      Objects.requireNonNull(work, "work");
      Objects.requireNonNull(home, "home");
      skip = Set.copyOf(skip);
      for (String s : skip) {
        if (!PARTS.contains(s)) {
          throw new JishiException("unknown benchmark part '" + s + "' (parts: " + String.join(", ", PARTS) + ")");
        }
      }
    }
  }

  /**
   * The figures of the summary line; NaN where a part was skipped or failed. {@code dates} is the
   * dates stage's CPU time over the first release's time reader's on the same sentences (above 1:
   * slower).
   */
  public record Summary(double e2e, double smartcn, double ratio, double threads2, double p50, double p99, double cold, double heap,
      double dates) {
    /** The last line of the report. */
    public String line() {
      return "bench: e2e=" + num(e2e, 0) + " smartcn=" + num(smartcn, 0) + " ratio=" + num(ratio, 2) + " threads2=" + num(threads2, 2)
          + " p50=" + num(p50, 3) + " p99=" + num(p99, 3) + " cold=" + num(cold, 2) + " heap=" + num(heap, 0) + " dates=" + num(dates, 2);
    }

    private static String num(double v, int decimals) {
      return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
  }

  /** Rounds of {@link StageBenchmark#steadyDates}: enough for the JIT to settle on both readers. */
  private static final int STEADY_ROUNDS = 20;

  private final Options options;
  private final PrintWriter out;
  private double e2e = Double.NaN;
  private double e2eWall = Double.NaN;
  private double smartcn = Double.NaN;
  private double threads2 = Double.NaN;
  private double p50 = Double.NaN;
  private double p99 = Double.NaN;
  private double cold = Double.NaN;
  private double heap = Double.NaN;
  private double dates = Double.NaN;

  private BenchRunner(Options options, PrintWriter out) {
    this.options = options;
    this.out = out;
  }

  /** Runs every part not skipped, printing as it goes; returns the summary it printed last. */
  public static Summary run(Options options, PrintWriter out) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(out, "out");
    return new BenchRunner(options, out).run();
  }

  private Summary run() {
    Path work;
    boolean temporary = options.work().isEmpty();
    try {
      work = temporary ? Files.createTempDirectory("jishi-bench-") : options.work().get().toAbsolutePath();
      Files.createDirectories(work);
    } catch (IOException e) {
      throw new JishiException("cannot create benchmark work folder: " + e.getMessage(), e);
    }
    try {
      header(work);
      PipelineParts parts = new PipelineParts();
      NamePool names = new NamePool(PlaceGazetteer.load(), ProgramCatalog.load());
      CorpusGenerator.Corpus corpus = null;
      if (!(skipped("stages") && skipped("e2e") && skipped("threads2"))) {
        corpus = generate(work.resolve("pages"));
      }
      StageBenchmark stages = new StageBenchmark(parts);
      if (corpus != null && !skipped("stages")) {
        stagesOnCorpus(stages, corpus, work);
      }
      if (corpus != null && !skipped("e2e")) {
        endToEnd(corpus, work);
      }
      if (corpus != null && !skipped("threads2")) {
        twoThreads(corpus, work);
      }
      if (!skipped("manpages")) {
        manpages(stages, work, skipped("stages"));
      }
      if (!skipped("queries")) {
        queries(work, names, parts);
      }
      if (!skipped("cold")) {
        coldStart(work);
      }
    } finally {
      if (temporary) {
        try {
          QueryBenchmark.deleteTree(work);
        } catch (IOException e) {
          out.println("bench: could not delete " + work + ": " + e.getMessage());
        }
      }
    }
    Summary s = new Summary(e2e, smartcn, e2e / smartcn, threads2, p50, p99, cold, heap, dates);
    out.println(s.line());
    out.flush();
    return s;
  }

  private boolean skipped(String part) {
    return options.skip().contains(part);
  }

  private void header(Path work) {
    double[] load = loadAverage();
    out.printf(Locale.ROOT, "bench: java %s, %d cpus, load %.2f %.2f %.2f, seed %d, size %s, events %d, work %s%s%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), load[0], load[1], load[2], options.seed(),
        size(options.sizeBytes()), options.events(), work, options.work().isEmpty() ? " (deleted after)" : "");
    out.flush();
  }

  private CorpusGenerator.Corpus generate(Path dir) {
    long t0 = System.nanoTime();
    CorpusGenerator.Corpus c = CorpusGenerator.create(options.seed()).write(dir, options.sizeBytes());
    out.printf(Locale.ROOT, "corpus: %d files, %d pages, %s in %.1f s (seed %d)%n", c.files().size(), c.pages(), size(c.bytes()),
        (System.nanoTime() - t0) / 1e9, c.seed());
    out.flush();
    return c;
  }

  private void stagesOnCorpus(StageBenchmark stages, CorpusGenerator.Corpus corpus, Path work) {
    List<StageBenchmark.Input> inputs = new ArrayList<>(corpus.files().size());
    corpus.files().forEach(f -> inputs.add(StageBenchmark.Input.file(f)));
    int warm = Math.min(1500, Math.max(50, inputs.size() / 4));
    long t0 = System.nanoTime();
    stages.warmUp(inputs.subList(0, Math.min(warm, inputs.size())));
    out.printf(Locale.ROOT, "stages: warmed up on %d files in %.1f s (dictionaries, JIT)%n", warm, (System.nanoTime() - t0) / 1e9);
    out.flush();
    StageBenchmark.Result r = stages.run(inputs, fresh(work.resolve("stages-jishi")), fresh(work.resolve("stages-smartcn")));
    printStages("generated " + size(corpus.bytes()), r);
    smartcn = StageBenchmark.Result.perSecond(r.chars(), r.smartcnNanos());
    dates = r.datesRatio();
    StageBenchmark.SteadyDates steady = stages.steadyDates(STEADY_ROUNDS);
    out.printf(Locale.ROOT, "  dates, steady state (the same pages again, %d rounds, the last half): %.1f ms against %.1f ms per round"
        + " of %d sentences; dates/first %.2f; each page read twice in a row, the second time: %.1f ms against %.1f ms,"
        + " dates/first %.2f%n", STEADY_ROUNDS, steady.nanos() / 1e6, steady.baselineNanos() / 1e6,
        steady.sentences(), steady.ratio(), steady.againNanos() / 1e6, steady.againBaselineNanos() / 1e6, steady.againRatio());
    out.flush();
  }

  private void printStages(String what, StageBenchmark.Result r) {
    out.printf(Locale.ROOT, "stages (%s): %d files, %d pages, %s chars, %d sentences, %d events, %d skipped; %.1f s wall%n", what,
        r.files(), r.pages(), count(r.chars()), r.sentences(), r.events(), r.skipped(), r.wallNanos() / 1e9);
    out.printf(Locale.ROOT, "  %-12s %9s %12s %6s%n", "stage", "cpu s", "chars/s", "share");
    long total = r.jishiNanos();
    for (Map.Entry<StageBenchmark.Stage, Long> e : r.nanos().entrySet()) {
      out.printf(Locale.ROOT, "  %-12s %9.2f %12s %5.1f%%%n", e.getKey().label, e.getValue() / 1e9,
          count(StageBenchmark.Result.perSecond(r.chars(), e.getValue())), total == 0 ? 0 : 100.0 * e.getValue() / total);
    }
    double jishiRate = StageBenchmark.Result.perSecond(r.chars(), total);
    double smartRate = StageBenchmark.Result.perSecond(r.chars(), r.smartcnNanos());
    out.printf(Locale.ROOT, "  %-12s %9.2f %12s%n", "jishi (all)", total / 1e9, count(jishiRate));
    out.printf(Locale.ROOT, "  %-12s %9.2f %12s   (Lucene + SmartChineseAnalyzer on the same cleaned pages; reading not counted)%n",
        "smartcn", r.smartcnNanos() / 1e9, count(smartRate));
    out.printf(Locale.ROOT, "  jishi/smartcn %.2f (same pass, same pages)%n", jishiRate / smartRate);
    StageBenchmark.DatesBaseline b = r.baseline();
    out.printf(Locale.ROOT, "  dates, first release's reader on the same sentences: %.2f cpu s, %s chars/s; dates/first %.2f;"
        + " expressions found %d against %d%n", b.nanos() / 1e9, count(StageBenchmark.Result.perSecond(r.chars(), b.nanos())),
        r.datesRatio(), b.found(), b.baselineFound());
    out.flush();
  }

  private record Probe(boolean passed, Map<String, Double> values, String problem) {}

  private void endToEnd(CorpusGenerator.Corpus corpus, Path work) {
    Probe p = probe(corpus.files(), 1, options.heapMb(), work, "e2e");
    if (p.values().isEmpty()) {
      out.println("e2e: failed: " + p.problem());
      if (p.problem().contains("OutOfMemory") || p.problem().contains("exit code 3")) {
        out.printf(Locale.ROOT, "heap: ingest of %s did NOT pass within -Xmx%dm%n", size(corpus.bytes()), options.heapMb());
      }
      return;
    }
    Map<String, Double> v = p.values();
    double chars = v.get("chars");
    e2e = chars / v.get("cpu");
    e2eWall = chars / v.get("wall");
    out.printf(Locale.ROOT, "e2e: Jishi.index, 1 thread, fresh JVM -Xmx%dm: %.0f pages, %.0f events, %s chars in %.1f s wall, %.1f s cpu"
        + " -> %s chars/s wall, %s chars/cpu-s (after %.1f s warm-up)%n", options.heapMb(), v.get("pages"), v.get("events"),
        count(chars), v.get("wall"), v.get("cpu"), count(e2eWall), count(e2e), v.get("warm"));
    heap = v.get("live") / MB;
    out.printf(Locale.ROOT, "heap: ingest of %s within -Xmx%dm %s: heap grew to %.0f MB; at most %.0f MB live after a %s collection"
        + " (%.0f MB after any)%n", size(corpus.bytes()), options.heapMb(), p.passed() ? "passed" : "FAILED", v.get("peak") / MB,
        v.get("live") / MB, v.getOrDefault("full", 0.0) > 0 ? "full" : "young", v.getOrDefault("afterany", v.get("live")) / MB);
    out.flush();
  }

  private void twoThreads(CorpusGenerator.Corpus corpus, Path work) {
    List<Path> files = corpus.prefix(THREADS2_BYTES);
    double oneWall;
    if (files.size() == corpus.files().size() && !Double.isNaN(e2eWall)) {
      oneWall = e2eWall;
    } else {
      Probe one = probe(files, 1, Math.max(options.heapMb(), 1024), work, "threads1");
      if (one.values().isEmpty()) {
        out.println("threads2: one-thread run failed: " + one.problem());
        return;
      }
      oneWall = one.values().get("chars") / one.values().get("wall");
    }
    Probe two = probe(files, 2, Math.max(options.heapMb(), 1024), work, "threads2");
    if (two.values().isEmpty()) {
      out.println("threads2: two-thread run failed: " + two.problem());
      return;
    }
    double twoWall = two.values().get("chars") / two.values().get("wall");
    threads2 = twoWall / oneWall;
    double[] load = loadAverage();
    out.printf(Locale.ROOT, "threads2: %d files, 2 threads %s chars/s wall vs 1 thread %s -> x%.2f; the 2-thread JVM used %.2f cores"
        + " on average (load now %.2f on %d cpus)%n", files.size(), count(twoWall), count(oneWall), threads2,
        two.values().get("cpu") / two.values().get("wall"), load[0], Runtime.getRuntime().availableProcessors());
    out.flush();
  }

  /** Runs {@link IngestProbe} in a fresh JVM over {@code files}. */
  private Probe probe(List<Path> files, int threads, int heapMb, Path work, String name) {
    try {
      Path list = work.resolve(name + "-files.txt");
      List<String> lines = new ArrayList<>(files.size());
      files.forEach(f -> lines.add(f.toAbsolutePath().toString()));
      Files.write(list, lines, StandardCharsets.UTF_8);
      Path index = fresh(work.resolve(name + "-index"));
      Path log = work.resolve(name + ".out");
      Path gcLog = work.resolve(name + "-gc.log");
      List<String> cmd = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + heapMb + "m", "-XX:+UseParallelGC",
          "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog, "-cp", classPath(), IngestProbe.class.getName(),
          index.toString(), Integer.toString(threads), list.toString(), Integer.toString(Math.min(1500, Math.max(50, files.size() / 4)))));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      boolean done = p.waitFor(6, TimeUnit.HOURS);
      if (!done) {
        p.destroyForcibly();
        return new Probe(false, Map.of(), "took over 6 hours");
      }
      List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
      for (String line : output) {
        Map<String, Double> v = IngestProbe.parse(line);
        if (!v.isEmpty()) {
          return new Probe(p.exitValue() == 0, v, "");
        }
      }
      String last = output.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output");
      return new Probe(false, Map.of(), "exit code " + p.exitValue() + ": " + last.strip());
    } catch (IOException e) {
      return new Probe(false, Map.of(), e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Probe(false, Map.of(), "interrupted");
    }
  }

  private void manpages(StageBenchmark stages, Path work, boolean warm) {
    ManpageFetcher.Outcome o = ManpageFetcher.fetch(work.resolve("manpages"));
    if (o.problem().isPresent()) {
      out.println("manpages: skipped: " + o.problem().get());
      out.flush();
      return;
    }
    boolean warmedUp = !warm;
    for (Map.Entry<String, List<ManpageFetcher.Page>> e : o.pages().entrySet()) {
      List<StageBenchmark.Input> inputs = new ArrayList<>();
      for (ManpageFetcher.Page page : e.getValue()) {
        inputs.add(StageBenchmark.Input.page(page.name(), page.content()));
      }
      if (inputs.isEmpty()) {
        out.println("manpages: no " + e.getKey() + " pages in " + ManpageFetcher.PACKAGE);
        continue;
      }
      if (!warmedUp) {
        stages.warmUp(inputs);
        warmedUp = true;
      }
      StageBenchmark.Result r = stages.run(inputs, fresh(work.resolve("man-" + e.getKey() + "-jishi")),
          fresh(work.resolve("man-" + e.getKey() + "-smartcn")));
      printStages(ManpageFetcher.PACKAGE + " " + e.getKey(), r);
    }
  }

  private void queries(Path work, NamePool names, PipelineParts parts) {
    Path dir = work.resolve("query-index-" + options.events());
    double built = QueryBenchmark.build(dir, options.events(), options.seed(), 2, names, parts);
    out.printf(Locale.ROOT, "queries: index of %d synthetic events %s%n", options.events(),
        built == 0 ? "reused from an earlier run" : String.format(Locale.ROOT, "built in %.1f s (2 writer threads)", built));
    out.flush();
    Map<String, QueryBenchmark.Latency> m = QueryBenchmark.measure(dir, options.queries(), Math.max(50, options.queries() / 3),
        options.seed(), names);
    out.printf(Locale.ROOT, "  %-11s %7s %9s %9s %9s %9s %11s %11s%n", "query", "n", "p50 ms", "p99 ms", "mean ms", "returned", "count p50",
        "count p99");
    for (QueryBenchmark.Latency l : m.values()) {
      out.printf(Locale.ROOT, "  %-11s %7d %9.3f %9.3f %9.3f %9.1f %11.3f %11.3f%n", l.kind(), l.queries(), l.p50(), l.p99(), l.mean(),
          l.returnedPerQuery(), l.countP50(), l.countP99());
    }
    out.println("  (search = match, sort by date, read and merge the first page of " + QueryBenchmark.PAGE + " events; returned = events on that page;"
        + " count = match only)");
    QueryBenchmark.Latency all = m.get("all");
    p50 = all.p50();
    p99 = all.p99();
    out.flush();
  }

  private void coldStart(Path work) {
    Optional<Path> launcher = ColdStartBenchmark.launcher(options.home());
    Path corpus = options.home().resolve("corpus");
    if (launcher.isEmpty() || !Files.isDirectory(corpus)) {
      out.println("cold: skipped: no jishi launcher and corpus/ in " + options.home());
      return;
    }
    try {
      Path index = fresh(work.resolve("cold-index"));
      Jishi.builder().index(index).threads(1).build().index(List.of(corpus), false, IndexListener.NONE);
      int runs = 5;
      ColdStartBenchmark.Timing search = ColdStartBenchmark.search(launcher.get(), index, runs);
      ColdStartBenchmark.Timing java = ColdStartBenchmark.javaVersion(runs);
      cold = search.median();
      out.printf(Locale.ROOT, "cold: jishi search --city 杭州 (launcher, fresh JVM, bundled corpus index): median %.2f s, min %.2f s;"
          + " java -version: median %.2f s; %d runs each%n", search.median(), search.min(), java.median(), runs);
    } catch (IOException | JishiException e) {
      out.println("cold: failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
    out.flush();
  }

  private static Path fresh(Path dir) {
    try {
      QueryBenchmark.deleteTree(dir);
      Files.createDirectories(dir);
      return dir;
    } catch (IOException e) {
      throw new JishiException("cannot prepare " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String javaExecutable() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  private static String classPath() {
    List<String> out = new ArrayList<>();
    for (String p : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (!p.isBlank()) {
        out.add(Path.of(p).toAbsolutePath().toString());
      }
    }
    return String.join(java.io.File.pathSeparator, out);
  }

  private static double[] loadAverage() {
    double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
    } catch (IOException | RuntimeException e) {
      return new double[] {one, Double.NaN, Double.NaN};
    }
  }

  static String size(long bytes) {
    if (bytes >= 1024 * MB && bytes % (1024 * MB) == 0) {
      return bytes / (1024 * MB) + "GB";
    }
    if (bytes >= MB) {
      return String.format(Locale.ROOT, "%.1fMB", bytes / (double) MB).replace(".0MB", "MB");
    }
    return String.format(Locale.ROOT, "%.1fKB", bytes / 1024.0);
  }

  static String count(double n) {
    if (Double.isNaN(n)) {
      return "n/a";
    }
    if (n >= 1e6) {
      return String.format(Locale.ROOT, "%.2fM", n / 1e6);
    }
    if (n >= 1e3) {
      return String.format(Locale.ROOT, "%.1fK", n / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f", n);
  }

  /**
   * Parses a size such as {@code 100MB}, {@code 1GB}, {@code 10mb} or {@code 500KB} (binary
   * units), or a plain number of bytes.
   */
  public static long parseSize(String s) {
    Objects.requireNonNull(s, "size");
    String t = s.trim().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (t.endsWith("GB") || t.endsWith("G")) {
      unit = 1024 * MB;
    } else if (t.endsWith("MB") || t.endsWith("M")) {
      unit = MB;
    } else if (t.endsWith("KB") || t.endsWith("K")) {
      unit = 1024;
    }
    String number = t.replaceAll("[KMG]?B?$", "");
    try {
      double v = Double.parseDouble(number);
      if (v <= 0 || Double.isNaN(v) || Double.isInfinite(v)) {
        throw new NumberFormatException();
      }
      return (long) (v * unit);
    } catch (NumberFormatException e) {
      throw new JishiException("bad size '" + s + "' (expected e.g. 10MB, 100MB, 1GB)");
    }
  }
}
