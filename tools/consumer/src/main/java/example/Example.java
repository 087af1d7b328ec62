package example;

import io.github.jishi.IndexReport;
import io.github.jishi.IndexSettings;
import io.github.jishi.Jishi;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.SearchPage;
import io.github.jishi.index.TimelineIndex;
import io.github.jishi.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** README.md's embedding example, line for line: indexes ./pages into ./index and searches it. */
public final class Example {
  private Example() {}

  public static void main(String[] args) throws IOException {
    Path index = Path.of("index");   // where the timeline is kept
    Path pages = Path.of("pages");   // files and folders of pages
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
    }
  }
}
