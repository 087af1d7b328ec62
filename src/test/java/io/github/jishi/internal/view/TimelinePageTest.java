package io.github.jishi.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The page as a file: its embedded data, read back with jsoup, holds every event, escaped. */
class TimelinePageTest {
  static final ObjectMapper JSON = new ObjectMapper();
  final List<PolicyEvent> events = ViewEvents.sample();
  final String html = TimelinePage.render(events, ViewEvents.pages(events),
      EventQuery.builder().city("杭州").program("先导区").from("2019").to("2025").text("先导区").build(), false);
  final Document doc = Jsoup.parse(html);

  JsonNode data() throws Exception {
    return JSON.readTree(doc.expectFirst("script#jishi-data").data());
  }

  @Test
  void data_holdsEverySelectedEventOnce() throws Exception {
    JsonNode data = data();
    Set<String> ids = new HashSet<>();
    data.get("events").forEach(e -> ids.add(e.get("id").asText()));
    assertEquals(Set.of("e1", "e2", "e3", "e4", "e5", "e6"), ids);
    assertEquals(events.size(), data.get("events").size());
    for (int i = 0; i < events.size(); i++) {
      JsonNode e = data.get("events").get(i);
      assertEquals(events.get(i).evidence(), e.get("evidence").asText(), "evidence round-trips exactly");
      for (String key : List.of("date", "date_end", "month_day", "precision", "places", "program", "action", "orgs", "src",
          "date_label", "precision_label", "marks")) {
        assertTrue(e.has(key), "missing " + key + " in " + e);
      }
    }
  }

  @Test
  void data_hostileEvidence_cannotCloseTheBlockOrOpenATag() throws Exception {
    assertFalse(html.contains("</script><script>window.pwned"), "the evidence's </script> is escaped in the page source");
    assertFalse(html.contains("<img src=x"), "the evidence's tag is escaped in the page source");
    assertEquals(3, doc.select("script").size(), "the data block, the map block and the page's own script");
    assertTrue(doc.select("img").isEmpty(), "no element comes from event text");
    JsonNode hostile = data().get("events").get(4);
    assertEquals(ViewEvents.HOSTILE, hostile.get("evidence").asText(), "the text itself is kept, as data");
  }

  @Test
  void data_keepsFiltersUrlsAndDates() throws Exception {
    JsonNode data = data();
    JsonNode f = data.get("filters");
    assertEquals("杭州", f.get("cities").get(0).asText());
    assertEquals("先导区", f.get("program").asText());
    assertEquals("2019-01-01", f.get("from").asText());
    assertEquals("2025-12-31", f.get("to").asText());
    assertFalse(data.get("live").asBoolean());
    JsonNode e1 = data.get("events").get(0);
    JsonNode page = data.get("pages").get(e1.get("src").get(0).asInt());
    assertEquals("e1.html", page.get("source").asText());
    assertEquals("https://www.miit.gov.cn/xwdt/art/2021/art_1.html", page.get("url").asText());
    assertEquals("标题 e1.html", page.get("title").asText());
    assertEquals("2021-02-19", page.get("published").asText());
    assertEquals(events.size(), data.get("pages").size(), "each cited page once");
    assertEquals("2021年2月19日", e1.get("date_label").asText());
    assertEquals("2020年", data.get("events").get(3).get("date_label").asText());
    assertEquals("11月14日（年份不详）", data.get("events").get(5).get("date_label").asText());
    assertTrue(data.get("events").get(5).get("date").isNull());
    assertEquals("11-14", data.get("events").get(5).get("month_day").asText());
  }

  @Test
  void data_marksTheEventsWordsInItsEvidence() throws Exception {
    JsonNode e1 = data().get("events").get(0);
    String evidence = e1.get("evidence").asText();
    Set<String> marked = new HashSet<>();
    e1.get("marks").forEach(m -> marked.add(evidence.substring(m.get(0).asInt(), m.get(1).asInt())));
    assertEquals(Set.of("杭州", "国家人工智能创新应用先导区", "工业和信息化部"), marked, "支持创建 is not written as one word");
  }

  @Test
  void data_marksTheSearchedWords_foldedToSimplified() throws Exception {
    String page = TimelinePage.render(events, ViewEvents.pages(events), EventQuery.builder().text("醫療領域").build(), false);
    JsonNode e2 = JSON.readTree(Jsoup.parse(page).expectFirst("script#jishi-data").data()).get("events").get(1);
    String evidence = e2.get("evidence").asText();
    Set<String> marked = new HashSet<>();
    e2.get("marks").forEach(m -> marked.add(evidence.substring(m.get(0).asInt(), m.get(1).asInt())));
    assertTrue(marked.contains("医疗领域"), marked.toString());
  }

  @Test
  void page_isSelfContained() {
    for (Element e : doc.select("[src], link[href]")) {
      throw new AssertionError("the page loads " + e.outerHtml());
    }
    assertFalse(html.contains("http://www.w3.org/2000/svg\" src"), "no remote SVG");
    assertTrue(doc.expectFirst("script#jishi-map").data().contains("\"provinces\""));
    assertEquals("zh-CN", doc.expectFirst("html").attr("lang"));
    assertTrue(doc.expectFirst("meta[name=viewport]").attr("content").contains("width=device-width"));
  }

  @Test
  void scriptSafe_escapesWhatCouldEndTheBlock() {
    assertEquals("{\"a\":\"\\u003c/script\\u003e \\u0026 \\u2028\"}", TimelinePage.scriptSafe("{\"a\":\"</script> & \u2028\"}"));
  }
}
