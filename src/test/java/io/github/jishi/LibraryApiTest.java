package io.github.jishi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** What an embedder uses besides the README example: pages from memory, settings, paging with totals. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryApiTest {
  private static final List<String> CITIES = List.of("杭州", "成都", "广州", "武汉", "长沙");

  private Path tmp;
  private Jishi jishi;

  @BeforeAll
  void indexFiveCitiesFromMemory(@TempDir Path dir) {
    tmp = dir;
    jishi = Jishi.builder().index(tmp.resolve("index")).threads(2).build();
    List<String> heard = new CopyOnWriteArrayList<>();
    IndexReport report = jishi.indexDocuments(docs("支持"), IndexSettings.builder()
        .listener((done, total, file) -> heard.add(done + "/" + total + " " + file)).threads(1).build());
    assertEquals(5, report.files());
    assertEquals(5, report.pages());
    assertEquals(5, report.events(), report.summary());
    assertEquals(5, heard.size(), heard.toString());
    for (String city : CITIES) {
      assertTrue(heard.stream().anyMatch(h -> h.endsWith("/5 memory:https://example.org/" + city)), heard.toString());
    }
    assertTrue(heard.contains("5/5 memory:https://example.org/" + CITIES.get(4)), "one thread: in order " + heard);
  }

  private static List<SourceDocument> docs(String verb) {
    List<SourceDocument> out = new ArrayList<>();
    for (int i = 0; i < CITIES.size(); i++) {
      String city = CITIES.get(i);
      out.add(SourceDocument.of("https://example.org/" + city, city + "先导区获批",
          "2021年3月" + (i + 1) + "日，工业和信息化部印发通知，" + verb + city + "创建国家人工智能创新应用先导区。",
          LocalDate.of(2021, 3, 10)));
    }
    return out;
  }

  @Test
  void searchPage_pagesThroughEveryEventWithTheTotal() {
    try (TimelineIndex timeline = jishi.openIndex()) {
      EventQuery query = EventQuery.builder().program("先导区").limit(2).build();
      List<PolicyEvent> seen = new ArrayList<>();
      List<Boolean> more = new ArrayList<>();
      SearchPage page = timeline.searchPage(query);
      while (true) {
        assertEquals(5, page.total());
        assertTrue(page.totalExact());
        seen.addAll(page.events());
        more.add(page.hasMore());
        if (!page.hasMore()) {
          break;
        }
        page = timeline.searchPage(query.toBuilder().offset(page.nextOffset()).build());
      }
      assertEquals(List.of(true, true, false), more);
      assertEquals(timeline.search(EventQuery.builder().program("先导区").build()), seen);
      assertEquals(LocalDate.of(2021, 3, 1), seen.get(0).date().orElseThrow());
      assertEquals(LocalDate.of(2021, 3, 5), seen.get(4).date().orElseThrow());
      // search gives the same page as searchPage
      EventQuery second = query.toBuilder().offset(2).build();
      assertEquals(timeline.searchPage(second).events(), timeline.search(second));

      SearchPage past = timeline.searchPage(query.toBuilder().offset(10).build());
      assertEquals(List.of(), past.events());
      assertEquals(5, past.total());
      assertFalse(past.hasMore());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void indexDocuments_sameContentIsSkippedAndChangedContentReplaced_pruneKeepsThem() throws Exception {
    Path other = Files.createDirectories(tmp.resolve("other"));
    Jishi second = Jishi.builder().index(tmp.resolve("index2")).build();
    assertEquals(5, second.indexDocuments(docs("支持")).events());
    IndexReport again = second.indexDocuments(docs("支持"));
    assertEquals(5, again.unchanged());
    assertEquals(0, again.events());

    IndexReport changed = second.indexDocuments(docs("同意"));
    assertEquals(0, changed.unchanged());
    Files.writeString(other.resolve("empty.txt"), "无关的页面\n今天天气很好。\n", StandardCharsets.UTF_8);
    IndexReport pruning = second.index(List.of(other), IndexSettings.builder().prune(true).build());
    assertEquals(0, pruning.pruned(), pruning.summary());
    try (TimelineIndex timeline = second.openIndex()) {
      List<PolicyEvent> events = timeline.search(EventQuery.builder().program("先导区").build());
      assertEquals(5, events.size(), events.toString());
      assertTrue(events.stream().allMatch(e -> e.evidence().contains("同意")), events.toString());
      assertEquals("https://example.org/杭州", events.get(0).source());
    }
  }

  @Test
  void badArgumentsAreNamed() {
    JishiException dup = assertThrows(JishiException.class, () -> jishi.indexDocuments(List.of(
        SourceDocument.of("a", "", "x", null), SourceDocument.of("a", "", "y", null))));
    assertEquals("two documents have the same source: a", dup.getMessage());
    assertEquals("threads must be at least 1, got 0",
        assertThrows(JishiException.class, () -> IndexSettings.builder().threads(0)).getMessage());
    assertEquals("offset must be at least 0, got -1",
        assertThrows(JishiException.class, () -> EventQuery.builder().offset(-1).build()).getMessage());
    assertEquals("source must not be blank",
        assertThrows(JishiException.class, () -> SourceDocument.of(" ", "", "x", null)).getMessage());
    EventQuery q = EventQuery.builder().city("杭州").program("先导区").from("2021").to("2022").overlap(true).text("先导区")
        .limit(7).offset(3).sort(EventQuery.Sort.DATE_DESC).build();
    assertEquals(q, q.toBuilder().build());
    assertEquals(IndexSettings.DEFAULTS, IndexSettings.builder().build());
    assertFalse(IndexSettings.DEFAULTS.prune());
  }
}
