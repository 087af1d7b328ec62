package io.github.jishi.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jishi.IndexListener;
import io.github.jishi.Jishi;
import io.github.jishi.index.TimelineIndex;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} over a real index: started on a free port of 127.0.0.1, queried, stopped. */
class TimelineServerTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path tmp;
  static TimelineIndex index;
  static TimelineServer server;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(pages.resolve("a.html"), """
        <html><head><title>杭州先导区获批</title>
        <link rel="canonical" href="https://www.example.gov.cn/art/2021/2/20/art_1.html"></head>
        <body><article><h1>杭州先导区获批</h1><p>发布时间：2021-02-20</p>
        <p>2月19日，工业和信息化部印发通知，支持杭州创建国家人工智能创新应用先导区。</p></article></body></html>
        """, StandardCharsets.UTF_8);
    Files.writeString(pages.resolve("b.jsonl"), """
        {"title":"中试基地在广州启动","url":"https://news.example.cn/2025-09/20/c_1.htm","date":"2025-09-20","content":"9月19日，国家人工智能应用中试基地（医疗领域）在广州正式启动。"}
        """, StandardCharsets.UTF_8);
    Jishi jishi = Jishi.builder().index(tmp.resolve("index")).build();
    jishi.index(List.of(pages), false, IndexListener.NONE);
    index = jishi.openIndex();
    server = TimelineServer.start(index, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    index.close();
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    URI uri = server.uri().resolve(pathAndQuery);
    assertEquals("127.0.0.1", uri.getHost(), "test traffic stays on this machine");
    return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void search_givesTheEventsWithTheirPagesUrls() throws Exception {
    HttpResponse<String> r = get("/api/search");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode events = JSON.readTree(r.body());
    assertEquals(2, events.size(), r.body());
    JsonNode first = events.get(0);
    assertEquals("2021-02-19", first.get("date").asText());
    assertEquals("https://www.example.gov.cn/art/2021/2/20/art_1.html", first.get("url").asText());
    JsonNode source = first.get("sources").get(0);
    assertTrue(source.get("source").asText().endsWith("a.html"), source.toString());
    assertEquals("https://www.example.gov.cn/art/2021/2/20/art_1.html", source.get("url").asText());
    assertEquals("2021-02-20", source.get("published").asText());
    assertEquals("https://news.example.cn/2025-09/20/c_1.htm", events.get(1).get("url").asText());
  }

  @Test
  void search_takesTheCliFilters() throws Exception {
    JsonNode guangzhou = JSON.readTree(get("/api/search?city=" + q("廣州")).body());
    assertEquals(1, guangzhou.size());
    assertEquals("2025-09-19", guangzhou.get(0).get("date").asText());
    JsonNode range = JSON.readTree(get("/api/search?from=2021&to=2021-12").body());
    assertEquals(1, range.size());
    JsonNode text = JSON.readTree(get("/api/search?text=" + q("先导区") + "&limit=5").body());
    assertEquals(1, text.size());
    JsonNode program = JSON.readTree(get("/api/search?program=" + q("中試基地")).body());
    assertEquals(1, program.size());
  }

  @Test
  void search_badInput_is400WithOneLine() throws Exception {
    for (String query : List.of("from=2021-13-01", "city=" + q("杭洲"), "limit=0", "limit=x", "sort=up", "colour=red",
        "from=2025&to=2021")) {
      HttpResponse<String> r = get("/api/search?" + query);
      assertEquals(400, r.statusCode(), query + ": " + r.body());
      String message = JSON.readTree(r.body()).get("error").asText();
      assertFalse(message.isBlank() || message.contains("\n"), message);
    }
    assertEquals("bad date '2021-13-01': no such day (expected YYYY, YYYY-MM or YYYY-MM-DD)",
        JSON.readTree(get("/api/search?from=2021-13-01").body()).get("error").asText());
    assertEquals("unknown city '杭洲' (did you mean 杭州?)",
        JSON.readTree(get("/api/search?city=" + q("杭洲")).body()).get("error").asText());
  }

  @Test
  void event_byId_200_or404() throws Exception {
    String id = JSON.readTree(get("/api/search").body()).get(0).get("id").asText();
    HttpResponse<String> r = get("/api/event/" + id);
    assertEquals(200, r.statusCode());
    assertEquals(id, JSON.readTree(r.body()).get("id").asText());
    HttpResponse<String> missing = get("/api/event/nosuchevent");
    assertEquals(404, missing.statusCode());
    assertEquals("no event with id 'nosuchevent'", JSON.readTree(missing.body()).get("error").asText());
  }

  @Test
  void page_isTheTimelineLive_withItsFilters() throws Exception {
    HttpResponse<String> r = get("/?city=" + q("杭州"));
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    JsonNode data = JSON.readTree(Jsoup.parse(r.body()).expectFirst("script#jishi-data").data());
    assertTrue(data.get("live").asBoolean());
    assertEquals("杭州", data.get("filters").get("cities").get(0).asText());
    assertEquals(1, data.get("events").size());
    assertEquals(400, get("/?from=2021-02-30").statusCode());
    assertEquals(404, get("/nothing-here").statusCode());
  }

  @Test
  void timelinejs_and_methods() throws Exception {
    JsonNode doc = JSON.readTree(get("/api/timelinejs").body());
    assertEquals(2, doc.get("events").size());
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/api/search"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
  }
}
