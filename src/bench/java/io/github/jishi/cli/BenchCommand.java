package io.github.jishi.cli;

import io.github.jishi.bench.BenchRunner;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jishi bench}: ingest throughput, baseline, query latency, cold start and heap, printed as figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmark ingest (per stage and end to end, against Lucene's SmartCN), query latency, cold start and heap.",
        "The last line sums it up: bench: e2e=<chars/s> smartcn=<chars/s> ratio=<x> threads2=<x> p50=<ms> p99=<ms> cold=<s> heap=<MB> dates=<x>"})
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--size", paramLabel = "SIZE", description = "generated corpus size, e.g. 10MB, 100MB, 1GB (default: ${DEFAULT-VALUE})")
  String size = "100MB";

  @Option(names = "--quick", description = "a quick try: 10MB corpus, 100000 events, fewer queries")
  boolean quick;

  @Option(names = "--seed", paramLabel = "N", description = "generator seed; the same seed gives the same pages (default: ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--work", paramLabel = "DIR", description = "where pages and indexes go, kept and reused (default: a temporary folder, deleted after)")
  Path work;

  @Option(names = "--events", paramLabel = "N", description = "events in the query-latency index (default: 1000000, 100000 with --quick)")
  Integer events;

  @Option(names = "--queries", paramLabel = "N", description = "timed queries per kind (default: 1000, 300 with --quick)")
  Integer queries;

  @Option(names = "--heap", paramLabel = "MB", description = "heap of the end-to-end ingest JVM, in MB (default: ${DEFAULT-VALUE})")
  int heapMb = 512;

  @Option(names = "--skip", paramLabel = "PART", split = ",",
      description = "parts to leave out: stages, e2e, threads2, manpages, queries, cold")
  List<String> skip = List.of();

  @Override
  public Integer call() {
    long bytes = BenchRunner.parseSize(quick && spec.commandLine().getParseResult().matchedOption("--size") == null ? "10MB" : size);
    Set<String> parts = new LinkedHashSet<>(skip);
    BenchRunner.Options options = new BenchRunner.Options(bytes, seed, Optional.ofNullable(work),
        events != null ? events : quick ? 100_000 : 1_000_000, queries != null ? queries : quick ? 300 : 1000, parts, heapMb,
        IndexOptions.home());
    BenchRunner.run(options, spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
