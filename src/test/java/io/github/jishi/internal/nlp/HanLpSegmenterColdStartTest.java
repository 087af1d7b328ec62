package io.github.jishi.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** HanLP's configuration is global to a JVM, so a cold start is checked in a JVM of its own. */
class HanLpSegmenterColdStartTest {
  private static final String TEXT = "天津(滨海新区)国家人工智能创新应用先导区获批。";

  @TempDir Path tmp;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void coldStart_freshCacheDirectory_segmentsFromTheBundledData() throws Exception {
    List<String> lines = probe(tmp.resolve("cache"));

    assertTrue(lines.contains("滨海新区/nz@3"), lines::toString);
    assertTrue(lines.contains("国家人工智能创新应用先导区/nz@8"), lines::toString);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void coldStart_cacheDirectoryThatCannotBeCreated_stillSegments() throws Exception {
    Path blocker = Files.writeString(tmp.resolve("not-a-directory"), "x");

    List<String> lines = probe(blocker.resolve("cache"));

    assertEquals(probe(tmp.resolve("cache")), lines);
  }

  private static List<String> probe(Path cacheRoot) throws IOException, InterruptedException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8", "-Djishi.cache=" + cacheRoot,
        "-cp", System.getProperty("java.class.path"), HanLpSegmenterProbe.class.getName(), TEXT, "滨海新区",
        "国家人工智能创新应用先导区")
        .redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out.lines().toList();
  }
}
