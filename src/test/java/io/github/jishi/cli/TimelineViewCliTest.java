package io.github.jishi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code timeline --html}, {@code timeline --format timelinejs}, {@code serve}'s options, and page URLs in {@code search}. */
class TimelineViewCliTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path tmp;
  static Path index;

  static CliTest.Result run(String... args) {
    return CliTest.run(args);
  }

  @BeforeAll
  static void indexPages() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(pages.resolve("a.md"), """
        ---
        title: 杭州先导区获批
        date: 2021-02-20
        url: https://www.example.gov.cn/art/2021/2/20/art_1.html
        ---
        2月19日，工业和信息化部印发通知，支持杭州创建国家人工智能创新应用先导区。
        """, StandardCharsets.UTF_8);
    Files.writeString(pages.resolve("b.html"), """
        <html><head><title>中试基地在广州启动</title>
        <meta property="og:url" content="https://news.example.cn/2025-09/20/c_1.htm"></head>
        <body><p>发布时间：2025-09-20</p><p>9月19日，国家人工智能应用中试基地（医疗领域）在广州正式启动。</p></body></html>
        """, StandardCharsets.UTF_8);
    Files.writeString(pages.resolve("c.txt"), """
        2019世界人工智能大会开幕
        2019年08月29日 10:15
        2019世界人工智能大会8月29日在上海开幕。
        """, StandardCharsets.UTF_8);
    index = tmp.resolve("index");
    CliTest.Result r = run("index", "--index", index.toString(), pages.toString());
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void searchJson_urlFromFrontMatterAndOgUrl_nullWithout() throws Exception {
    JsonNode events = JSON.readTree(run("search", "--index", index.toString(), "--format", "json").out());
    assertEquals(3, events.size(), events.toString());
    assertEquals("https://news.example.cn/2025-09/20/c_1.htm", events.get(2).get("url").asText());
    assertEquals("https://www.example.gov.cn/art/2021/2/20/art_1.html", events.get(1).get("url").asText());
    assertEquals("https://www.example.gov.cn/art/2021/2/20/art_1.html", events.get(1).get("sources").get(0).get("url").asText());
    assertTrue(events.get(0).get("url").isNull(), events.get(0).toString());
    assertTrue(events.get(0).get("sources").get(0).get("source").asText().endsWith("c.txt"));
    JsonNode line = JSON.readTree(run("search", "--index", index.toString(), "--format", "jsonl", "--city", "广州").out().strip());
    assertEquals("https://news.example.cn/2025-09/20/c_1.htm", line.get("url").asText());
  }

  @Test
  void extractAndShow_giveTheUrlToo() throws Exception {
    JsonNode page = JSON.readTree(run("extract", tmp.resolve("pages/b.html").toString(), "--format", "json").out());
    assertEquals("https://news.example.cn/2025-09/20/c_1.htm", page.get("url").asText());
    assertEquals("https://news.example.cn/2025-09/20/c_1.htm", page.get("events").get(0).get("url").asText());
    String id = JSON.readTree(run("search", "--index", index.toString(), "--format", "json", "--city", "广州").out()).get(0).get("id").asText();
    JsonNode shown = JSON.readTree(run("show", "--index", index.toString(), "--format", "json", id).out());
    assertEquals("https://news.example.cn/2025-09/20/c_1.htm", shown.get("sources").get(0).get("url").asText());
    assertTrue(run("show", "--index", index.toString(), id).out().contains("    https://news.example.cn/2025-09/20/c_1.htm\n"));
  }

  @Test
  void timelineHtml_writesTheFilteredEventsPage() throws Exception {
    Path out = tmp.resolve("out/timeline.html");
    CliTest.Result r = run("timeline", "--index", index.toString(), "--html", out.toString(), "--city", "杭州");
    assertEquals(0, r.code(), r.err());
    assertEquals("jishi: wrote 1 events to " + out, r.err().strip());
    JsonNode data = JSON.readTree(Jsoup.parse(out.toFile(), "UTF-8").expectFirst("script#jishi-data").data());
    assertEquals(1, data.get("events").size());
    assertEquals("杭州", data.get("filters").get("cities").get(0).asText());
  }

  @Test
  void timelineText_unchanged() {
    CliTest.Result r = run("timeline", "--index", index.toString(), "--by", "year");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("2019  (1)"), r.out());
  }

  @Test
  void timelineTimelinejs_printsOneDocument() throws Exception {
    CliTest.Result r = run("timeline", "--index", index.toString(), "--format", "timelinejs", "--by", "city");
    assertEquals(0, r.code(), r.err());
    JsonNode doc = JSON.readTree(r.out());
    assertEquals(3, doc.get("events").size());
    assertEquals("{\"year\":2019,\"month\":8,\"day\":29}", doc.get("events").get(0).get("start_date").toString());
    assertEquals("上海市", doc.get("events").get(0).get("group").asText());
  }

  @Test
  void badInput_oneLine() {
    CliTest.Result date = run("timeline", "--index", index.toString(), "--html", tmp.resolve("x.html").toString(), "--from", "2021-13-01");
    assertEquals(ExitCodes.BAD_INPUT, date.code());
    assertEquals("jishi: bad date '2021-13-01': no such day (expected YYYY, YYYY-MM or YYYY-MM-DD)", date.err().strip());
    CliTest.Result port = run("serve", "--index", index.toString(), "--port", "70000");
    assertEquals(ExitCodes.BAD_INPUT, port.code());
    assertEquals("jishi: bad port 70000 (expected 0 to 65535)", port.err().strip());
    CliTest.Result format = run("timeline", "--index", index.toString(), "--format", "svg");
    assertEquals(ExitCodes.USAGE, format.code());
    assertEquals(1, format.err().strip().lines().count(), format.err());
  }
}
