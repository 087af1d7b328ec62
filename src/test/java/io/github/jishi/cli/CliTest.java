package io.github.jishi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: commands, options, JSON keys, and one-line errors. */
class CliTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static Path index;
  static Path pages;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void indexPages() throws Exception {
    pages = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(pages.resolve("a.txt"), """
        杭州先导区获批
        发布时间：2021-02-20 09:30
        2月19日，工业和信息化部印发通知，支持杭州创建国家人工智能创新应用先导区。
        """, StandardCharsets.UTF_8);
    Files.writeString(pages.resolve("b.md"), """
        ---
        title: 中试基地在广州启动
        date: Sat, 20 Sep 2025 08:00:00 GMT
        ---
        9月19日，国家人工智能应用中试基地（医疗领域）在广州正式启动。
        """, StandardCharsets.UTF_8);
    Files.write(pages.resolve("c.txt"), """
        世界人工智能大會開幕
        2023年07月07日 10:15  來源：本網
        2023世界人工智能大會7月6日在上海開幕。
        """.getBytes("Big5"));
    index = tmp.resolve("index");
    Result r = run("index", "--index", index.toString(), pages.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("indexed 3 pages"), r.err());
  }

  @Test
  void searchJson_printsOneArrayWithTheContractKeys() throws Exception {
    Result r = run("search", "--index", index.toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode events = JSON.readTree(r.out());
    assertTrue(events.isArray());
    assertEquals(3, events.size(), r.out());
    for (JsonNode e : events) {
      for (String key : List.of("id", "date", "date_end", "month_day", "precision", "cities", "places", "program", "programs",
          "action", "orgs", "evidence", "source", "title", "published")) {
        assertTrue(e.has(key), "missing " + key + " in " + e);
      }
    }
    assertEquals("2021-02-19", events.get(0).get("date").asText());
    assertEquals("2023-07-06", events.get(1).get("date").asText());
    assertEquals("上海市", events.get(1).get("cities").get(0).asText());
    assertEquals("2025-09-19", events.get(2).get("date").asText());
    JsonNode place = events.get(2).get("places").get(0);
    assertEquals("广州市", place.get("name").asText());
    assertEquals("440100", place.get("code").asText());
    assertEquals("广东省", place.get("province").asText());
  }

  @Test
  void search_traditionalCityAndProvince() throws Exception {
    assertEquals(Set.of("2025-09-19"), dates(run("search", "--index", index.toString(), "--city", "廣州", "--format", "json")));
    assertEquals(Set.of("2021-02-19"), dates(run("search", "--index", index.toString(), "--city", "浙江", "--format", "json")));
    assertEquals(Set.of("2023-07-06"), dates(run("search", "--index", index.toString(), "--program", "世界人工智能大會", "--format", "json")));
  }

  @Test
  void search_cityInPinyinOrEnglish() throws Exception {
    for (String city : List.of("hangzhou", "Hangzhou", "Háng zhōu", "zhejiang")) {
      assertEquals(Set.of("2021-02-19"), dates(run("search", "--index", index.toString(), "--city", city, "--format", "json")), city);
    }
    assertEquals(Set.of("2025-09-19"), dates(run("search", "--index", index.toString(), "--city", "Guangzhou", "--format", "json")));
    assertEquals(Set.of("2023-07-06"), dates(run("search", "--index", index.toString(), "--city", "Shanghai", "--format", "json")));
    Result hk = run("search", "--index", index.toString(), "--city", "Hong Kong", "--format", "json");
    assertEquals(0, hk.code(), hk.err());
    assertEquals(0, JSON.readTree(hk.out()).size(), hk.out());
    Result xian = run("search", "--index", index.toString(), "--city", "Xi'an", "--format", "json");
    assertEquals(0, xian.code(), xian.err());
  }

  @Test
  void cities_jsonCarriesPinyinAndEnglish() throws Exception {
    Result r = run("cities", "--index", index.toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode cities = JSON.readTree(r.out());
    assertTrue(cities.size() > 0, r.out());
    boolean sawHangzhou = false;
    for (JsonNode c : cities) {
      assertTrue(c.has("pinyin"), c.toString());
      if (c.get("name").asText().equals("杭州市")) {
        sawHangzhou = true;
        assertEquals("Hángzhōu", c.get("pinyin").asText());
        assertTrue(c.has("latitude") && c.has("longitude"), c.toString());
      }
    }
    assertTrue(sawHangzhou, r.out());
  }

  @Test
  void search_fullTextInEitherScript() throws Exception {
    assertEquals(Set.of("2021-02-19"), dates(run("search", "--index", index.toString(), "--format", "json", "印發")));
  }

  @Test
  void search_unknownCity_suggestsTheNearestName() {
    Result r = run("search", "--index", index.toString(), "--city", "杭洲");
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertEquals("jishi: unknown city '杭洲' (did you mean 杭州?)", r.err().strip());
    assertEquals("", r.out());
  }

  @Test
  void search_badDate_isOneLine() {
    Result r = run("search", "--index", index.toString(), "--from", "2021-13-01");
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("2021-13-01"), r.err());
  }

  @Test
  void search_missingIndex_givesAHint() {
    Result r = run("search", "--index", tmp.resolve("nowhere").toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.err().startsWith("jishi: no index at"), r.err());
    assertTrue(r.err().contains("jishi index"), r.err());
  }

  @Test
  void search_table_showsDatePlaceProgrammeAndEvidence() {
    Result r = run("search", "--index", index.toString(), "--city", "杭州");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("2021-02-19"), r.out());
    assertTrue(r.out().contains("国家人工智能创新应用先导区"), r.out());
    assertTrue(r.out().contains("1 event"), r.out());
  }

  @Test
  void reindexingTheSameFolder_addsNothing() throws Exception {
    Result r = run("index", "--index", index.toString(), pages.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("(3 unchanged, 0 skipped)"), r.err());
    assertEquals(3, JSON.readTree(run("search", "--index", index.toString(), "--format", "json").out()).size());
  }

  @Test
  void programsJson_listsNamesAliasesCountsAndSources() throws Exception {
    Result r = run("programs", "--index", index.toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode programs = JSON.readTree(r.out());
    JsonNode zone = null;
    for (JsonNode p : programs) {
      if (p.get("name").asText().equals("国家人工智能创新应用先导区")) {
        zone = p;
      }
    }
    assertTrue(zone != null, r.out());
    assertEquals(1, zone.get("events").asInt());
    assertTrue(zone.get("aliases").isArray());
    assertTrue(zone.get("sources").get(0).asText().endsWith("a.txt"), zone.toString());
  }

  @Test
  void extractJson_hasTextMentionsWithOffsetsAndEvents() throws Exception {
    Result r = run("extract", pages.resolve("c.txt").toString(), "--format", "json", "--show-removed");
    assertEquals(0, r.code(), r.err());
    JsonNode page = JSON.readTree(r.out());
    assertEquals("2023-07-07", page.get("published").asText());
    String text = page.get("text").asText();
    assertTrue(text.contains("2023世界人工智能大会7月6日在上海开幕"), text);
    for (JsonNode m : page.get("mentions")) {
      assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()), m.toString());
    }
    assertEquals(1, page.get("events").size());
    assertTrue(page.has("removed"));
  }

  @Test
  void datesJson_resolvesAgainstTheBase() throws Exception {
    Result r = run("dates", "2022世界人工智能大会将于今年9月1日—3日举办", "--base", "2025-07-07", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode dates = JSON.readTree(r.out());
    JsonNode range = null;
    for (JsonNode d : dates) {
      if (d.get("text").asText().startsWith("今年")) {
        range = d;
      }
    }
    assertTrue(range != null, r.out());
    assertEquals("2022-09-01", range.get("date").asText());
    assertEquals("2022-09-03", range.get("date_end").asText());
    assertEquals("day", range.get("precision").asText());
  }

  @Test
  void show_printsOneEventWithItsSources() throws Exception {
    JsonNode events = JSON.readTree(run("search", "--index", index.toString(), "--format", "json").out());
    String id = events.get(0).get("id").asText();
    Result r = run("show", "--index", index.toString(), id);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains(id), r.out());
    assertTrue(r.out().contains("a.txt"), r.out());
    Result missing = run("show", "--index", index.toString(), "nope");
    assertEquals(ExitCodes.BAD_INPUT, missing.code());
  }

  @Test
  void unknownOption_isAUsageError() {
    Result r = run("search", "--bogus");
    assertEquals(ExitCodes.USAGE, r.code());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  static Set<String> dates(Result r) throws Exception {
    assertEquals(0, r.code(), r.err());
    Set<String> out = new HashSet<>();
    for (JsonNode e : JSON.readTree(r.out())) {
      out.add(e.get("date").asText());
    }
    return out;
  }
}
