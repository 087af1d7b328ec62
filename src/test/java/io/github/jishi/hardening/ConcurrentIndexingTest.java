package io.github.jishi.hardening;

import static io.github.jishi.hardening.Checks.isLineBreak;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.IndexListener;
import io.github.jishi.IndexReport;
import io.github.jishi.Jishi;
import io.github.jishi.JishiException;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.TimelineIndex;
import io.github.jishi.internal.index.TimelineWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches run while an index is written and see it only grow; a second writer on the same index
 * fails at once with one clear line, through the library and through the CLI.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ConcurrentIndexingTest {
  private static final EventQuery EVERY_EVENT = EventQuery.all();

  @TempDir Path tmp;
  private Path index;
  private Jishi jishi;

  @BeforeEach
  void firstBatch() throws IOException {
    index = tmp.resolve("index");
    jishi = Jishi.builder().index(index).threads(2).build();
    jishi.index(GeneratedPages.write(tmp.resolve("batch-0"), 0, 10), false, IndexListener.NONE);
  }

  @Test
  void searchesWhileIndexing_noErrorAndResultsOnlyGrow() throws Exception {
    List<Path> batches = new ArrayList<>();
    for (int b = 1; b <= 4; b++) {
      batches.add(tmp.resolve("batch-" + b));
      GeneratedPages.write(batches.get(b - 1), b * 100, 25);
    }
    AtomicBoolean indexing = new AtomicBoolean(true);
    AtomicReference<Throwable> searchError = new AtomicReference<>();
    List<Integer> seen = new ArrayList<>();
    Thread searcher = new Thread(() -> {
      try (TimelineIndex timeline = jishi.openIndex()) {
        int previous = 0;
        boolean last = false;
        while (!last) {
          last = !indexing.get(); // one more round after the writer is done
          timeline.refresh();
          int all = timeline.search(EVERY_EVENT).size();
          int counted = timeline.count(EVERY_EVENT);
          int hangzhou = timeline.search(EventQuery.builder().city("杭州").limit(100_000).build()).size();
          assertTrue(all >= previous, "results shrank from " + previous + " to " + all);
          assertTrue(counted >= all && hangzhou <= all, all + " " + counted + " " + hangzhou);
          if (seen.isEmpty() || seen.get(seen.size() - 1) != all) {
            seen.add(all);
          }
          previous = all;
        }
      } catch (Throwable t) {
        searchError.set(t);
      }
    }, "searcher");
    searcher.start();
    try {
      for (Path batch : batches) {
        IndexReport r = jishi.index(List.of(batch), false, IndexListener.NONE);
        assertEquals(List.of(), r.skipped());
      }
    } finally {
      indexing.set(false);
      searcher.join(60_000);
    }
    assertFalse(searcher.isAlive(), "searcher hung");
    if (searchError.get() != null) {
      throw new AssertionError("search failed while indexing: " + searchError.get(), searchError.get());
    }
    assertEquals(110, seen.get(seen.size() - 1), "the last search sees every batch: " + seen);
    System.out.println("event counts seen while indexing: " + seen);
  }

  @Test
  void secondWriter_failsWithOneLineNamingAnotherProcess() throws IOException {
    Path more = tmp.resolve("more");
    GeneratedPages.write(more, 50, 5);
    int before;
    try (TimelineIndex timeline = jishi.openIndex()) {
      before = timeline.count(EventQuery.all());
    }
    try (TimelineWriter held = TimelineWriter.open(index, new StandardAnalyzer(), name -> List.of())) {
      JishiException e = assertThrows(JishiException.class,
          () -> Jishi.builder().index(index).threads(2).build().index(List.of(more), false, IndexListener.NONE));
      assertAnotherWriterMessage(e.getMessage());
      // readers keep working on the last commit meanwhile
      try (TimelineIndex timeline = jishi.openIndex()) {
        assertEquals(before, timeline.count(EventQuery.all()));
      }
    }
    IndexReport after = jishi.index(List.of(more), false, IndexListener.NONE);
    assertEquals(5, after.events(), "the lock is free again once the writer closed: " + after.summary());
  }

  @Test
  void twoRunsAtOnce_secondFailsFirstCompletes() throws Exception {
    Path more = tmp.resolve("more");
    GeneratedPages.write(more, 50, 5);
    CountDownLatch firstHoldsTheWriter = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);
    CompletableFuture<IndexReport> firstRun = CompletableFuture.supplyAsync(() -> jishi.index(List.of(more), false,
        (done, total, file) -> {
          firstHoldsTheWriter.countDown();
          await(secondDone);
        }));
    assertTrue(firstHoldsTheWriter.await(120, TimeUnit.SECONDS), "first run never reached its first file");
    try {
      Jishi other = Jishi.builder().index(index).threads(1).build();
      JishiException e = assertThrows(JishiException.class, () -> other.index(List.of(more), false, IndexListener.NONE));
      assertAnotherWriterMessage(e.getMessage());
    } finally {
      secondDone.countDown();
    }
    IndexReport first = firstRun.get(120, TimeUnit.SECONDS);
    assertEquals(5, first.events(), first.summary());
  }

  @Test
  void cliIndexWhileWriterHeld_exitsNonZeroWithOneJishiLine() throws IOException {
    Path more = tmp.resolve("more");
    GeneratedPages.write(more, 50, 5);
    Path args = tmp.resolve("args.txt");
    Files.write(args, List.of("index", "--index", index.toString(), more.toString()), StandardCharsets.UTF_8);
    ChildJvm.Result result;
    try (TimelineWriter held = TimelineWriter.open(index, new StandardAnalyzer(), name -> List.of())) {
      result = ChildJvm.run(CliChild.class, Duration.ofSeconds(120), List.of(args.toString()));
    }
    assertNotEquals(0, result.exit(), result::toString);
    assertEquals(1, result.errorLines().size(), result::toString);
    String line = result.errorLines().get(0);
    assertTrue(line.startsWith("jishi: "), result::toString);
    assertAnotherWriterMessage(line);
    assertEquals("", result.stdout().strip(), result::toString);
  }

  private void assertAnotherWriterMessage(String message) {
    assertTrue(message.contains("another jishi process"), message);
    assertTrue(message.contains(index.toString()), "does not name the index: " + message);
    assertFalse(message.chars().anyMatch(c -> isLineBreak(c)), message);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(120, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
