package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.Jishi;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.TimelineIndex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the README example against the installed jishi artifact, and checks that Lucene and
 * Jackson come from this project's own jars, not from inside jishi's.
 */
class ExampleTest {
  @Test
  void readmeExample_runsOnTheInstalledArtifact() throws Exception {
    Path pages = Path.of("pages");
    deleteTree(pages);
    deleteTree(Path.of("index"));
    Files.createDirectories(pages);
    Path corpus = Path.of(System.getProperty("corpus"));
    Files.copy(corpus.resolve("pilot-zones/2021-02-hangzhou-pilot-zone.txt"), pages.resolve("2021-02-hangzhou-pilot-zone.txt"));

    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Example.main(new String[0]);
    } finally {
      System.setOut(stdout);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    System.out.print(out);

    assertTrue(out.contains("indexed 1 pages from 1 files"), out);
    assertTrue(out.contains("2021-02-19 [杭州市"), out);
    try (TimelineIndex timeline = Jishi.builder().index(Path.of("index")).build().openIndex()) {
      assertEquals(1, timeline.search(EventQuery.builder().city("成都").build()).size(), "the page indexed from memory");
    }
  }

  @Test
  void luceneAndJackson_comeFromTheirOwnJars() {
    String jishi = jarOf(Jishi.class);
    String indexWriter = jarOf(org.apache.lucene.index.IndexWriter.class);
    String objectMapper = jarOf(com.fasterxml.jackson.databind.ObjectMapper.class);
    System.out.println("Jishi        from " + jishi);
    System.out.println("IndexWriter  from " + indexWriter);
    System.out.println("ObjectMapper from " + objectMapper);

    assertTrue(jishi.endsWith("jishi-" + System.getProperty("jishi.version") + ".jar"), jishi);
    assertTrue(indexWriter.endsWith("lucene-core-" + System.getProperty("lucene.version") + ".jar"), indexWriter);
    assertTrue(objectMapper.endsWith("jackson-databind-" + System.getProperty("jackson.version") + ".jar"), objectMapper);
    // the command line's library is optional: an embedder does not get it
    assertThrows(ClassNotFoundException.class, () -> Class.forName("picocli.CommandLine"));
    // the library jar is an automatic module named io.github.jishi, not a dependency's module
    assertEquals("io.github.jishi", java.lang.module.ModuleFinder.of(Path.of(jishi)).findAll().iterator().next()
        .descriptor().name());
    assertFalse(jishi.contains("-cli"), jishi);
  }

  private static String jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
