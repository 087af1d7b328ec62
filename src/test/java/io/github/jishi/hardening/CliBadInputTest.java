package io.github.jishi.hardening;

import static io.github.jishi.hardening.Checks.isLineBreak;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.IndexListener;
import io.github.jishi.Jishi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI, run as its own process, answers bad input with an exit code and one line on stderr
 * that says what was wrong and how to go on, never a stack trace.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CliBadInputTest {
  @TempDir static Path tmp;
  private static Path index;

  @BeforeAll
  static void smallIndex() throws IOException {
    index = tmp.resolve("index");
    Jishi.builder().index(index).threads(2).build()
        .index(GeneratedPages.write(tmp.resolve("pages"), 0, 3), false, IndexListener.NONE);
  }

  @Test
  void unknownCity_suggestsTheNearest() throws IOException {
    ChildJvm.Result r = cli("search", "--index", index.toString(), "--city", "杭洲");
    String line = oneErrorLine(r, 1);
    assertTrue(line.contains("杭洲") && line.contains("did you mean") && line.contains("杭州"), line);
  }

  @Test
  void impossibleMonthInFrom_namesTheValue() throws IOException {
    ChildJvm.Result r = cli("search", "--index", index.toString(), "--from", "2021-13-01");
    String line = oneErrorLine(r, 1);
    assertTrue(line.contains("2021-13-01"), line);
  }

  @Test
  void missingIndex_hintsHowToCreateIt() throws IOException {
    Path missing = tmp.resolve("no-such-index");
    ChildJvm.Result r = cli("search", "--index", missing.toString(), "--city", "杭州");
    String line = oneErrorLine(r, 1);
    assertTrue(line.contains(missing.toString()) && line.contains("jishi index"), line);
  }

  @Test
  void folderWithoutIndex_hintsHowToCreateIt() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty-folder"));
    ChildJvm.Result r = cli("search", "--index", empty.toString());
    String line = oneErrorLine(r, 1);
    assertTrue(line.contains(empty.toString()) && line.contains("jishi index"), line);
  }

  @Test
  void indexMissingPath_namesIt() throws IOException {
    Path missing = tmp.resolve("no-such-pages");
    ChildJvm.Result r = cli("index", "--index", tmp.resolve("index-2").toString(), missing.toString());
    String line = oneErrorLine(r, 1);
    assertTrue(line.contains(missing.toString()), line);
  }

  @Test
  void extractBinaryFile_namesIt() throws IOException {
    Path binary = tmp.resolve("scan.txt");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
    ChildJvm.Result r = cli("extract", binary.toString());
    String line = oneErrorLine(r, 1);
    assertTrue(line.contains(binary.toString()) && line.contains("binary"), line);
  }

  @Test
  void badLimit_usageErrorOnOneLine() throws IOException {
    ChildJvm.Result r = cli("search", "--index", index.toString(), "--limit", "many");
    String line = oneErrorLine(r, 2);
    assertTrue(line.contains("many") && line.contains("--help"), line);
  }

  /** Runs the CLI in a child JVM with {@code args}. */
  private static ChildJvm.Result cli(String... args) throws IOException {
    Path file = Files.createTempFile(tmp, "args", ".txt");
    Files.write(file, List.of(args), StandardCharsets.UTF_8);
    return ChildJvm.run(CliChild.class, Duration.ofSeconds(100), new ArrayList<>(List.of(file.toString())));
  }

  /** Checks the exit code and that stderr is one {@code jishi:} line without a stack trace; returns it. */
  private static String oneErrorLine(ChildJvm.Result r, int exit) {
    assertEquals(exit, r.exit(), r::toString);
    assertFalse(r.stderr().contains("\tat ") || r.stderr().contains("Exception in thread"), r::toString);
    assertEquals(1, r.errorLines().size(), r::toString);
    String line = r.errorLines().get(0);
    assertTrue(line.startsWith("jishi: "), r::toString);
    assertFalse(line.chars().anyMatch(c -> isLineBreak(c)), line);
    assertEquals("", r.stdout().strip(), r::toString);
    return line;
  }
}
