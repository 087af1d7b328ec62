package io.github.jishi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.TimelineIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example README.md quotes, compiled and run: index a folder, search it by city and year. */
class EmbeddingExampleTest {
  @TempDir Path tmp;

  @Test
  void readmeExample_indexesAndSearchesByCityAndYear() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(pages.resolve("hangzhou.txt"), """
        杭州获批创建先导区
        发布时间：2021-02-20 09:30
        2月19日，工业和信息化部印发通知，支持杭州创建国家人工智能创新应用先导区。
        """, StandardCharsets.UTF_8);
    Files.writeString(pages.resolve("chengdu.html"), """
        <html><head><title>成都先导区获批</title>
        <meta property="article:published_time" content="2021-02-20T10:00:00+08:00"></head>
        <body><h1>成都先导区获批</h1><p>2月19日，工业和信息化部印发通知，支持成都创建国家人工智能创新应用先导区。</p></body></html>
        """, StandardCharsets.UTF_8);

    Jishi jishi = Jishi.builder().index(tmp.resolve("index")).build();
    IndexReport report = jishi.index(List.of(pages), false, IndexListener.NONE);
    try (TimelineIndex timeline = jishi.openIndex()) {
      List<PolicyEvent> events = timeline.search(
          EventQuery.builder().city("杭州").from("2021").to("2021").build());
      for (PolicyEvent e : events) {
        System.out.println(e.date().orElse(null) + " " + e.cities() + " " + e.program().orElse("-") + " " + e.evidence());
      }
      assertEquals(2, report.pages());
      assertEquals(1, events.size());
      assertEquals(LocalDate.of(2021, 2, 19), events.get(0).date().orElseThrow());
      assertTrue(events.get(0).source().endsWith("hangzhou.txt"), events.get(0).source());
      assertEquals(2, timeline.search(EventQuery.builder().program("先导区").build()).size());
    }
  }
}
