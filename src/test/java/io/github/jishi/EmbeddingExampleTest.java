package io.github.jishi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.SearchPage;
import io.github.jishi.index.TimelineIndex;
import io.github.jishi.source.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example README.md quotes under "Embedding", compiled and run: index a folder and a page held in
 * memory, search them by city and year. The consumer project in tools/consumer runs the same code
 * against the installed artifact.
 */
class EmbeddingExampleTest {
  @TempDir Path tmp;

  @Test
  void readmeExample_indexesFilesAndMemoryAndSearchesByCityAndYear() throws Exception {
    Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(tmp.resolve("pages").resolve("hangzhou.txt"), """
        杭州获批创建先导区
        发布时间：2021-02-20 09:30
        2月19日，工业和信息化部印发通知，支持杭州创建国家人工智能创新应用先导区。
        """, StandardCharsets.UTF_8);

    // --- the README's example, but for the two folders ---
    Path index = tmp.resolve("index");
    Path pages = tmp.resolve("pages");
    Jishi jishi = Jishi.builder().index(index).build();

    // new and changed files are (re)indexed, unchanged ones skipped; prune drops files that are gone
    IndexReport report = jishi.index(List.of(pages), IndexSettings.builder().prune(true).build());
    System.out.println(report.summary());

    // pages held in memory: clean text as it is (DocumentReader.readString reads a raw HTML page)
    jishi.indexDocuments(List.of(SourceDocument.of("https://example.org/chengdu", "成都先导区获批",
        "2021年2月19日，工业和信息化部印发通知，支持成都创建国家人工智能创新应用先导区。", LocalDate.of(2021, 2, 20))));

    try (TimelineIndex timeline = jishi.openIndex()) {
      EventQuery query = EventQuery.builder().city("杭州").from("2021").to("2021").limit(20).build();
      SearchPage page = timeline.searchPage(query);
      System.out.println(page.total() + " events");
      for (PolicyEvent e : page.events()) {
        System.out.println(e.date().orElse(null) + " " + e.cities() + " " + e.program().orElse("-") + " " + e.evidence());
      }
      // the next page, while page.hasMore(): timeline.searchPage(query.toBuilder().offset(page.nextOffset()).build())
    // --- end of the README's example ---

      assertEquals(1, report.pages());
      assertEquals(1, page.total());
      assertTrue(page.totalExact());
      assertFalse(page.hasMore());
      assertEquals(LocalDate.of(2021, 2, 19), page.events().get(0).date().orElseThrow());
      assertTrue(page.events().get(0).source().endsWith("hangzhou.txt"), page.events().get(0).source());
      List<PolicyEvent> both = timeline.search(EventQuery.builder().program("先导区").build());
      assertEquals(2, both.size(), both.toString());
      assertTrue(both.stream().anyMatch(e -> e.source().equals("https://example.org/chengdu")), both.toString());
    }
  }

  /** README.md's example is this test's: every line of it but the two folders stands here and in the consumer project. */
  @Test
  void readmeExample_isTheCodeTheTestsRun() throws Exception {
    List<String> example = readmeExample();
    assertTrue(example.size() > 10, "README.md has no java block under ## Embedding");
    for (Path twin : List.of(Path.of("src/test/java/io/github/jishi/EmbeddingExampleTest.java"),
        Path.of("tools/consumer/src/main/java/example/Example.java"))) {
      List<String> lines = Files.readAllLines(twin, StandardCharsets.UTF_8).stream().map(String::strip).toList();
      for (String line : example) {
        if (!line.startsWith("Path index =") && !line.startsWith("Path pages =")) {
          assertTrue(lines.contains(line), twin + " lacks README.md's line: " + line);
        }
      }
    }
  }

  private static List<String> readmeExample() throws Exception {
    List<String> out = new ArrayList<>();
    boolean section = false;
    boolean code = false;
    for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        if (section && !out.isEmpty()) {
          break;
        }
        section = line.equals("## Embedding");
      } else if (section && line.startsWith("```")) {
        if (code) {
          break;
        }
        code = line.equals("```java");
      } else if (section && code && !line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }
}
