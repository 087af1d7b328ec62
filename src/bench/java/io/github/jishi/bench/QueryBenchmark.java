package io.github.jishi.bench;

import io.github.jishi.Jishi;
import io.github.jishi.JishiException;
import io.github.jishi.internal.entity.Place;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.JishiAnalyzer;
import io.github.jishi.index.TimelineIndex;
import io.github.jishi.internal.index.TimelineWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Query latency over a large timeline: an index of synthetic events written straight through
 * {@link TimelineWriter}, then {@link TimelineIndex#search} timed for city, city with a date
 * range, programme and full-text queries after a warm-up.
 */
final class QueryBenchmark {
  /** The kinds of query timed, in report order. */
  static final List<String> KINDS = List.of("city", "city+dates", "program", "text");

  private static final List<String> PROGRAM_QUERIES = List.of(
      "先导区", "试验区", "中试基地", "世界人工智能大会", "揭榜挂帅", "開放創新平台", "国家人工智能创新应用先导区", "东数西算",
      "示范基地", "博览会", "数字中国建设峰会", "行动计划", "制造业创新中心");

  private static final List<String> TEXT_QUERIES = List.of(
      "医疗", "算力", "自动驾驶", "工业和信息化部", "先导区", "中试基地 医疗", "低空经济", "企业参与", "數字孿生", "机器人 应用",
      "大模型", "智慧港口", "揭牌");

  /**
   * Latencies of one kind of query, in milliseconds: of {@code search} (matching, sorting, reading
   * and merging the first page of events) and of {@code count} (matching alone).
   */
  record Latency(String kind, int queries, double p50, double p99, double mean, double returnedPerQuery, double countP50,
      double countP99) {}

  private QueryBenchmark() {}

  /**
   * Writes {@code events} synthetic events into {@code dir} with {@code threads} writers, unless
   * an earlier run left the same index there; returns the seconds spent (0 when reused).
   */
  static double build(Path dir, int events, long seed, int threads, NamePool names, PipelineParts parts) {
    Path manifest = dir.resolveSibling(dir.getFileName() + ".properties");
    String key = seed + "/" + events + "/" + CorpusGenerator.VERSION;
    try {
      if (Files.isRegularFile(manifest) && TimelineIndex.exists(dir)) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
          p.load(r);
        }
        if (key.equals(p.getProperty("key"))) {
          return 0;
        }
      }
      Files.deleteIfExists(manifest);
      deleteTree(dir);
    } catch (IOException e) {
      throw new JishiException("cannot prepare query index " + dir + ": " + e.getMessage(), e);
    }
    long t0 = System.nanoTime();
    EventSynthesizer synth = new EventSynthesizer(seed, names, parts);
    int batches = (events + EventSynthesizer.EVENTS_PER_FILE - 1) / EventSynthesizer.EVENTS_PER_FILE;
    JishiAnalyzer analyzer = new JishiAnalyzer(parts.normalizer::normalize, new ClauseCachingSegmenter(parts.segmenter));
    try (TimelineWriter writer = TimelineWriter.open(dir, analyzer, parts.aliases())) {
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          work.add(pool.submit(() -> {
            for (int i = next.getAndIncrement(); i < batches; i = next.getAndIncrement()) {
              EventSynthesizer.Batch b = synth.batch(i);
              writer.replaceFile(b.file(), b.hash(), b.pages(), b.events());
            }
          }));
        }
        for (Future<?> f : work) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new JishiException("building the query index was interrupted");
      } catch (java.util.concurrent.ExecutionException e) {
        throw new JishiException("building the query index failed: " + e.getCause(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
      writer.commit();
    } catch (IOException e) {
      throw new JishiException("cannot close query index " + dir + ": " + e.getMessage(), e);
    }
    Properties p = new Properties();
    p.setProperty("key", key);
    try (Writer w = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
      p.store(w, "jishi bench query index");
    } catch (IOException e) {
      throw new JishiException("cannot write " + manifest + ": " + e.getMessage(), e);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Events a query asks for: one screenful, as a person or a page of an application would. */
  static final int PAGE = 20;

  /** The queries of one kind, drawn like users would: popular cities and programmes more often. */
  static List<EventQuery> queries(String kind, int count, long seed, NamePool names) {
    SplittableRandom r = new SplittableRandom(seed * 7 + kind.hashCode());
    List<EventQuery> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      EventQuery.Builder b = EventQuery.builder().limit(PAGE);
      switch (kind) {
        case "city" -> b.city(cityName(r, names));
        case "city+dates" -> {
          int from = 2015 + r.nextInt(10);
          b.city(cityName(r, names)).from(Integer.toString(from)).to(Integer.toString(Math.min(2025, from + r.nextInt(3))));
        }
        case "program" -> b.program(NamePool.pick(PROGRAM_QUERIES, r));
        case "text" -> b.text(NamePool.pick(TEXT_QUERIES, r));
        default -> throw new IllegalArgumentException("unknown query kind: " + kind);
      }
      out.add(b.build());
    }
    return out;
  }

  private static String cityName(SplittableRandom r, NamePool names) {
    Place c = names.city(r);
    int k = r.nextInt(10);
    if (k == 0) {
      return NamePool.shortName(names.province(c));
    }
    return k == 1 ? c.name() : k == 2 ? TraditionalScript.toTraditional(NamePool.shortName(c)) : NamePool.shortName(c);
  }

  /**
   * Times every kind of query: {@code warmUp} untimed rounds over all kinds, then {@code count}
   * timed queries per kind, interleaved so that no kind profits from a warmer cache.
   */
  static Map<String, Latency> measure(Path dir, int count, int warmUp, long seed, NamePool names) {
    Jishi jishi = Jishi.builder().index(dir).build();
    Map<String, List<EventQuery>> byKind = new LinkedHashMap<>();
    for (String kind : KINDS) {
      byKind.put(kind, queries(kind, count, seed, names));
    }
    Map<String, long[]> nanos = new LinkedHashMap<>();
    Map<String, long[]> countNanos = new LinkedHashMap<>();
    Map<String, Long> hits = new LinkedHashMap<>();
    try (TimelineIndex index = jishi.openIndex()) {
      for (int i = 0; i < warmUp; i++) {
        for (String kind : KINDS) {
          List<EventQuery> qs = byKind.get(kind);
          index.search(qs.get((i * 7919) % qs.size()));
        }
      }
      for (String kind : KINDS) {
        nanos.put(kind, new long[count]);
        countNanos.put(kind, new long[count]);
        hits.put(kind, 0L);
      }
      for (int i = 0; i < count; i++) {
        for (String kind : KINDS) {
          long t0 = System.nanoTime();
          int n = index.search(byKind.get(kind).get(i)).size();
          long t1 = System.nanoTime();
          index.count(byKind.get(kind).get(i));
          nanos.get(kind)[i] = t1 - t0;
          countNanos.get(kind)[i] = System.nanoTime() - t1;
          hits.merge(kind, (long) n, Long::sum);
        }
      }
    } catch (IOException e) {
      throw new JishiException("cannot close query index: " + e.getMessage(), e);
    }
    Map<String, Latency> out = new LinkedHashMap<>();
    long[] all = new long[count * KINDS.size()];
    long[] allCounts = new long[count * KINDS.size()];
    int at = 0;
    for (String kind : KINDS) {
      long[] ns = nanos.get(kind);
      System.arraycopy(ns, 0, all, at, ns.length);
      System.arraycopy(countNanos.get(kind), 0, allCounts, at, ns.length);
      at += ns.length;
      out.put(kind, latency(kind, ns, countNanos.get(kind), hits.get(kind) / (double) count));
    }
    double allHits = hits.values().stream().mapToLong(Long::longValue).sum() / (double) all.length;
    out.put("all", latency("all", all, allCounts, allHits));
    return out;
  }

  private static Latency latency(String kind, long[] nanos, long[] countNanos, double hits) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    long[] counts = countNanos.clone();
    Arrays.sort(counts);
    double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
    return new Latency(kind, sorted.length, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, mean, hits,
        percentile(counts, 0.50) / 1e6, percentile(counts, 0.99) / 1e6);
  }

  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
