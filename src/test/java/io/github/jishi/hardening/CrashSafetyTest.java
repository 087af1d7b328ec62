package io.github.jishi.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.jishi.IndexListener;
import io.github.jishi.IndexReport;
import io.github.jishi.Jishi;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.TimelineIndex;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An indexing process killed with SIGKILL leaves the last commit readable, and the write lock
 * free: a re-run completes and the index ends as if the kill had never happened, without
 * duplicates.
 */
class CrashSafetyTest {
  private static final int FIRST = 20;
  private static final int MORE = 300;

  @TempDir static Path shared;
  private static Path first;
  private static Path more;
  /** every event id of an index that indexed {@link #first} and then {@link #more}, never killed */
  private static List<String> cleanIds;

  @TempDir Path tmp;

  @BeforeAll
  static void pagesAndCleanIndex() throws IOException {
    first = shared.resolve("first");
    more = shared.resolve("more");
    GeneratedPages.write(first, 0, FIRST);
    GeneratedPages.write(more, FIRST, MORE);
    Path clean = shared.resolve("clean-index");
    Jishi jishi = Jishi.builder().index(clean).threads(2).build();
    jishi.index(List.of(first), false, IndexListener.NONE);
    jishi.index(List.of(more), false, IndexListener.NONE);
    cleanIds = sorted(IndexContents.rawEventIds(clean));
    assertEquals(FIRST + MORE, cleanIds.size(), "every generated page yields one event");
  }

  /**
   * @param killAfter how many files of the second run are done when the child is killed: partway,
   *     or all of them (the kill then lands in the year inference or the commit, or just after it)
   */
  @ParameterizedTest(name = "killed after {0} of " + MORE + " files")
  @ValueSource(ints = {40, MORE})
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void killedIndexer_lastCommitReadable_rerunLikeClean(int killAfter) throws Exception {
    Path index = tmp.resolve("index");
    Jishi jishi = Jishi.builder().index(index).threads(2).build();
    jishi.index(List.of(first), false, IndexListener.NONE);
    List<String> firstIds = sorted(IndexContents.rawEventIds(index));
    assertEquals(FIRST, firstIds.size());

    killIndexerAfter(index, killAfter);

    // a commit is all or nothing: the index holds the first batch, or (killed just after its
    // commit) everything
    List<String> afterKill = sorted(IndexContents.rawEventIds(index));
    boolean committed = afterKill.equals(cleanIds);
    System.out.println("indexing child killed after " + killAfter + " files, "
        + (committed ? "after its commit" : "before its commit"));
    try (TimelineIndex timeline = jishi.openIndex()) {
      List<PolicyEvent> hangzhou = timeline.search(EventQuery.builder().city("杭州").build());
      assertFalse(hangzhou.isEmpty(), "the first batch's 杭州 events are still found");
      Set<String> searchable = new HashSet<>();
      timeline.search(EventQuery.all()).forEach(e -> searchable.add(e.id()));
      assertTrue(searchable.containsAll(firstIds), "first batch lost: " + searchable.size() + " events searchable");
      if (!committed) {
        assertEquals(firstIds, afterKill, "the killed run's uncommitted work shows, or the first batch lost some");
      }
    }

    // The lock file stays behind, but the OS released the native lock with the process: the re-run gets it
    assertTrue(Files.exists(index.resolve("write.lock")));
    IndexReport rerun = jishi.index(List.of(more), false, IndexListener.NONE);
    assertEquals(MORE, rerun.files(), rerun.summary());
    assertEquals(List.of(), rerun.skipped());
    assertEquals(committed ? MORE : 0, rerun.unchanged(), rerun.summary());

    List<String> ids = IndexContents.rawEventIds(index);
    assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate event ids after the re-run");
    assertEquals(cleanIds, sorted(ids), "the re-run index differs from a clean one");
    try (TimelineIndex timeline = jishi.openIndex()) {
      assertEquals(FIRST + MORE, timeline.count(EventQuery.all()));
    }
  }

  /** Starts the indexing child on {@link #more} and kills it with SIGKILL once it reports {@code killAfter} files done. */
  private static void killIndexerAfter(Path index, int killAfter) throws Exception {
    ProcessBuilder pb = ChildJvm.builder(IndexingChild.class, List.of(index.toString(), "20", more.toString()))
        .redirectInput(ProcessBuilder.Redirect.from(ChildJvm.nullDevice()));
    Process child = pb.start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (IOException ignored) {
        // the child was killed
      }
      lines.add("<eof>");
    }, "indexing-child-stdout");
    reader.setDaemon(true);
    reader.start();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    Thread errReader = new Thread(() -> {
      try {
        child.getErrorStream().transferTo(stderr);
      } catch (IOException ignored) {
        // the child was killed
      }
    }, "indexing-child-stderr");
    errReader.setDaemon(true);
    errReader.start();

    String target = "done " + killAfter + "/" + MORE;
    List<String> seen = new ArrayList<>();
    try {
      while (true) {
        String line = lines.poll(180, TimeUnit.SECONDS);
        if (line == null || line.equals("<eof>")) {
          fail("indexing child ended or went silent before '" + target + "': " + seen + " stderr: " + stderr.toString(StandardCharsets.UTF_8));
        }
        seen.add(line);
        if (line.equals(target)) {
          break;
        }
      }
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "killed child did not end");
    }
    assertTrue(seen.contains("started"), seen::toString);
  }

  private static List<String> sorted(List<String> ids) {
    List<String> copy = new ArrayList<>(ids);
    copy.sort(null);
    return copy;
  }
}
