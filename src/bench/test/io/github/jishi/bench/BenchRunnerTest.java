package io.github.jishi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jishi.JishiException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The benchmark's options and the fixed form of its summary line. */
class BenchRunnerTest {
  @Test
  void parseSize_binaryUnitsInAnyCase() {
    assertEquals(10L << 20, BenchRunner.parseSize("10MB"));
    assertEquals(100L << 20, BenchRunner.parseSize("100mb"));
    assertEquals(1L << 30, BenchRunner.parseSize("1GB"));
    assertEquals(512L << 10, BenchRunner.parseSize("512K"));
    assertEquals(12345L, BenchRunner.parseSize("12345"));
  }

  @Test
  void parseSize_badValueNamed() {
    JishiException e = assertThrows(JishiException.class, () -> BenchRunner.parseSize("lots"));
    assertEquals("bad size 'lots' (expected e.g. 10MB, 100MB, 1GB)", e.getMessage());
  }

  @Test
  void summary_lineHasTheFixedFormWithMissingFiguresAsNa() {
    BenchRunner.Summary s = new BenchRunner.Summary(812345.4, 402000, 2.0207, 1.7, 0.8123, 9.5, 1.234, Double.NaN, 1.456);
    assertEquals("bench: e2e=812345 smartcn=402000 ratio=2.02 threads2=1.70 p50=0.812 p99=9.500 cold=1.23 heap=n/a dates=1.46", s.line());
  }

  @Test
  void options_unknownPartNamed() {
    JishiException e = assertThrows(JishiException.class,
        () -> new BenchRunner.Options(1 << 20, 1, Optional.empty(), 1000, 10, Set.of("nap"), 512, Path.of(".")));
    assertEquals("unknown benchmark part 'nap' (parts: stages, e2e, threads2, manpages, queries, cold)", e.getMessage());
  }

  @Test
  void probeLine_parsesBackToItsFigures() {
    Map<String, Double> v = IngestProbe.parse("probe: files=3 chars=1200 wall=1.500 peak=1048576");
    assertEquals(Map.of("files", 3.0, "chars", 1200.0, "wall", 1.5, "peak", 1048576.0), v);
    assertEquals(Map.of(), IngestProbe.parse("skipped a.txt: broken"));
  }

  @Test
  void percentile_nearestRank() {
    long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertEquals(5, QueryBenchmark.percentile(sorted, 0.50));
    assertEquals(10, QueryBenchmark.percentile(sorted, 0.99));
    assertEquals(1, QueryBenchmark.percentile(sorted, 0.0));
  }
}
