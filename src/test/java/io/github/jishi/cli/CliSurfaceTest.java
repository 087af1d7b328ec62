package io.github.jishi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI that hides nothing: suggestions, exit codes, counts, formats, CSV, tables, version, completion. */
class CliSurfaceTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static Path index;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void indexPages() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(pages.resolve("a.txt"), """
        杭州先导区获批
        发布时间：2021-02-20 09:30
        2月19日，工业和信息化部印发通知，支持杭州创建国家人工智能创新应用先导区。
        """, StandardCharsets.UTF_8);
    Files.writeString(pages.resolve("b.txt"), """
        中试基地在广州启动
        发布时间：2025-09-20 08:00
        9月19日，国家人工智能应用中试基地（医疗领域）在广州正式启动，\u001b]0;owned\u0007现场\u001b[31m红字\u001b[0m。
        """, StandardCharsets.UTF_8);
    Files.writeString(pages.resolve("c.txt"), """
        世界人工智能大会开幕
        发布时间：2023-07-07 10:15
        2023世界人工智能大会7月6日在上海开幕。
        """, StandardCharsets.UTF_8);
    index = tmp.resolve("index");
    Result r = run("index", "--index", index.toString(), pages.toString());
    assertEquals(0, r.code(), r.err());
  }

  @AfterEach
  void noWidth() {
    System.clearProperty(Render.WIDTH_PROPERTY);
  }

  // --- picocli behaviour and exit codes

  @Test
  void misspelledCommand_suggestsItAndExits2() {
    Result r = run("serch", "--city", "杭州");
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("Did you mean: search"), r.err());
    assertFalse(r.err().contains("jishi jishi"), r.err());
    assertTrue(r.err().contains("(see: jishi --help)"), r.err());
  }

  @Test
  void unknownOption_listsTheCloseOnes() {
    Result r = run("search", "--index", index.toString(), "--citty", "杭州");
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("--citty") && r.err().contains("Did you mean: --city"), r.err());
    assertTrue(r.err().contains("(see: jishi search --help)"), r.err());
  }

  @Test
  void enumValues_inAnyCase() throws Exception {
    Result lower = run("search", "--index", index.toString(), "--sort", "date_desc", "--format", "JSON");
    assertEquals(0, lower.code(), lower.err());
    JsonNode events = JSON.readTree(lower.out());
    assertEquals("2025-09-19", events.get(0).get("date").asText());
    assertEquals(0, run("search", "--index", index.toString(), "--sort", "DATE_DESC", "--format", "json").code());
  }

  @Test
  void badOptionValues_exit2AndNameTheValue() {
    for (String[] args : List.of(
        new String[] {"--limit", "many"}, new String[] {"--limit", "0"}, new String[] {"--offset", "-1"},
        new String[] {"--format", "xml"}, new String[] {"--sort", "sideways"})) {
      List<String> all = new ArrayList<>(List.of("search", "--index", index.toString()));
      all.addAll(List.of(args));
      Result r = run(all.toArray(String[]::new));
      assertEquals(ExitCodes.USAGE, r.code(), String.join(" ", args) + ": " + r.err());
      assertTrue(r.err().contains(args[1]), r.err());
    }
  }

  @Test
  void runtimeErrors_exit1() {
    assertEquals(1, run("search", "--index", tmp.resolve("none").toString()).code());
    assertEquals(1, run("show", "--index", index.toString(), "no-such-id").code());
  }

  @Test
  void failedOutput_exitsNonZero() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new OutputStreamWriter(full, StandardCharsets.UTF_8), true), new PrintWriter(err, true),
        "search", "--index", index.toString(), "--format", "json");
    assertNotEquals(0, code);
    assertTrue(err.toString().contains("cannot write the output"), err.toString());
  }

  @Test
  void version_namesTheLibraries() {
    Result r = run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("jishi "), r.out());
    assertTrue(r.out().contains("Lucene 9."), r.out());
    assertTrue(r.out().contains("HanLP portable-1."), r.out());
    assertTrue(r.out().contains("OpenCC (opencc4j) 1."), r.out());
  }

  @Test
  void completion_bashAndZsh() {
    Result bash = run("completion", "bash");
    assertEquals(0, bash.code(), bash.err());
    assertTrue(bash.out().contains("complete -F") && bash.out().contains("search"), bash.out());
    Result zsh = run("completion", "zsh");
    assertTrue(zsh.out().contains("bashcompinit") && zsh.out().contains("complete -F"));
    assertEquals(ExitCodes.USAGE, run("completion", "fish").code());
  }

  @Test
  void progress_barOnRequest_noneIsQuiet() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("progress-pages"));
    for (int i = 0; i < 3; i++) {
      Files.writeString(pages.resolve("p" + i + ".txt"), "第" + i + "页\n2021年2月19日，工业和信息化部印发通知。\n", StandardCharsets.UTF_8);
    }
    // a JSON Lines file of five records counts five pages, read one by one
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      records.append("{\"title\":\"第").append(i).append("条\",\"content\":\"2021年2月19日，工业和信息化部印发通知。\"}\n");
    }
    Files.writeString(pages.resolve("flashes.jsonl"), records, StandardCharsets.UTF_8);
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream bar = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(bar, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, run("index", "--index", tmp.resolve("progress-index").toString(), "--progress=bar", pages.toString()).code());
      String drawn = bar.toString(StandardCharsets.UTF_8);
      assertTrue(drawn.contains("indexing") && drawn.contains("4/4 files, 8 pages") && drawn.contains("KB/s"), drawn);
      bar.reset();
      assertEquals(0, run("index", "--index", tmp.resolve("progress-index-2").toString(), "--progress=none", pages.toString()).code());
      assertEquals("", bar.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
    assertEquals(ExitCodes.USAGE, run("index", "--progress=sometimes", pages.toString()).code());
  }

  // --- counts and paging

  @Test
  void limitThatCuts_saysHowManyOnStderr_jsonStaysOneArray() throws Exception {
    Result r = run("search", "--index", index.toString(), "--format", "json", "--limit", "1");
    assertEquals(0, r.code(), r.err());
    JsonNode page = JSON.readTree(r.out());
    assertTrue(page.isArray());
    assertEquals(1, page.size());
    assertTrue(r.err().contains("1 of 3 events (truncated; next: --offset 1)"), r.err());

    Result next = run("search", "--index", index.toString(), "--format", "json", "--limit", "1", "--offset", "1");
    JsonNode second = JSON.readTree(next.out());
    assertEquals(1, second.size());
    assertNotEquals(page.get(0).get("id"), second.get(0).get("id"));
    assertTrue(next.err().contains("2-2 of 3 events"), next.err());

    Result all = run("search", "--index", index.toString(), "--format", "json");
    assertEquals("", all.err());
    Result table = run("search", "--index", index.toString(), "--limit", "2");
    assertTrue(table.err().contains("2 of 3 events"), table.err());
  }

  // --- formats and CSV

  @Test
  void programsShow_takeJsonJsonlCsv() throws Exception {
    JsonNode programs = JSON.readTree(run("programs", "--index", index.toString(), "--format", "json").out());
    assertTrue(programs.size() >= 3, programs.toString());
    List<String> lines = run("programs", "--index", index.toString(), "--format", "jsonl").out().lines().toList();
    assertEquals(programs.size(), lines.size());
    assertEquals(programs.get(0), JSON.readTree(lines.get(0)));
    String csv = run("programs", "--index", index.toString(), "--format", "csv").out();
    assertTrue(csv.startsWith("name,aliases,events,sources\r\n"), csv);

    String id = programs.isEmpty() ? "" : JSON.readTree(run("search", "--index", index.toString(), "--format", "json").out()).get(0).get("id").asText();
    JsonNode one = JSON.readTree(run("show", "--index", index.toString(), id, "--format", "json").out());
    assertEquals(id, one.get("id").asText());
    assertEquals(one, JSON.readTree(run("show", "--index", index.toString(), id, "--format", "jsonl").out().strip()));
    String showCsv = run("show", "--index", index.toString(), id, "--format", "csv").out();
    assertTrue(showCsv.startsWith("id,date,date_end,"), showCsv);
  }

  @Test
  void cities_takeJsonJsonlCsv_withTheSameFields() throws Exception {
    JsonNode cities = JSON.readTree(run("cities", "--index", index.toString(), "--format", "json").out());
    assertTrue(cities.size() >= 3, cities.toString());
    List<String> lines = run("cities", "--index", index.toString(), "--format", "jsonl").out().lines().toList();
    assertEquals(cities.size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(cities.get(i), JSON.readTree(lines.get(i)));
    }
    String csv = run("cities", "--index", index.toString(), "--format", "csv").out();
    List<String> rows = List.of(csv.split("\r\n"));
    assertEquals("name,events,code,pinyin,english,latitude,longitude", rows.get(0));
    assertEquals(cities.size() + 1, rows.size(), csv);
    JsonNode hangzhou = null;
    for (JsonNode c : cities) {
      hangzhou = c.get("name").asText().equals("杭州市") ? c : hangzhou;
    }
    assertTrue(hangzhou != null, cities.toString());
    String expected = "杭州市," + hangzhou.get("events").asInt() + "," + hangzhou.get("code").asText() + ",Hángzhōu,"
        + (hangzhou.has("english") ? hangzhou.get("english").asText() : "") + "," + hangzhou.get("latitude").asText() + ","
        + hangzhou.get("longitude").asText();
    assertTrue(rows.contains(expected), expected + " in " + csv);
    assertTrue(run("cities", "--index", index.toString(), "--format", "csv", "--bom").out().startsWith("\uFEFFname,"));
    assertEquals(ExitCodes.USAGE, run("cities", "--index", index.toString(), "--format", "xml").code());
  }

  @Test
  void timeline_takesJsonJsonlCsv_oneRowPerEventAndGroup() throws Exception {
    JsonNode events = JSON.readTree(run("search", "--index", index.toString(), "--format", "json").out());
    Result json = run("timeline", "--index", index.toString(), "--by", "year", "--format", "json");
    assertEquals(0, json.code(), json.err());
    JsonNode rows = JSON.readTree(json.out());
    assertEquals(events.size(), rows.size(), rows.toString());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = rows.get(i);
      assertEquals(events.get(i).get("date").asText().substring(0, 4), row.get("group").asText());
      com.fasterxml.jackson.databind.node.ObjectNode event = row.deepCopy();
      event.remove("group");
      assertEquals(events.get(i), event, "a timeline row is the search JSON with its group");
    }
    List<String> lines = run("timeline", "--index", index.toString(), "--by", "year", "--format", "jsonl").out().lines().toList();
    assertEquals(rows.size(), lines.size());
    assertEquals(rows.get(0), JSON.readTree(lines.get(0)));
    String csv = run("timeline", "--index", index.toString(), "--by", "year", "--format", "csv", "--bom").out();
    String header = csv.substring(0, csv.indexOf("\r\n"));
    List<String> keys = new ArrayList<>();
    rows.get(0).fieldNames().forEachRemaining(keys::add);
    assertEquals("\uFEFF" + String.join(",", keys), header);
    assertEquals(rows.size() + 1, csv.split("\r\n").length);

    Result cut = run("timeline", "--index", index.toString(), "--format", "json", "--limit", "1");
    assertEquals(1, JSON.readTree(cut.out()).size());
    assertTrue(cut.err().contains("1 of 3 events (truncated"), cut.err());
    Result zero = run("timeline", "--index", index.toString(), "--limit", "0");
    assertEquals(ExitCodes.USAGE, zero.code(), zero.err());
    assertEquals(ExitCodes.USAGE, run("timeline", "--index", index.toString(), "--format", "xml").code());
  }

  @Test
  void emptyResults_csvStillHasTheWholeHeader() {
    String csv = run("search", "--index", index.toString(), "--format", "csv", "--from", "1990", "--to", "1990").out();
    assertTrue(csv.startsWith("id,date,date_end,month_day,precision,") && csv.contains(",evidence,") && csv.endsWith("url\r\n"), csv);
  }

  @Test
  void csv_hasEveryJsonField_quotesBreaks_neutralizesFormulas_bom() throws Exception {
    JsonNode events = JSON.readTree(run("search", "--index", index.toString(), "--format", "json").out());
    String csv = run("search", "--index", index.toString(), "--format", "csv").out();
    String header = csv.substring(0, csv.indexOf("\r\n"));
    List<String> keys = new ArrayList<>();
    events.get(0).fieldNames().forEachRemaining(keys::add);
    assertEquals(String.join(",", keys), header);
    assertTrue(csv.contains("杭州市"), csv);

    assertEquals("'=SUM(A1)", Csv.cellOf(JSON.readTree("\"=SUM(A1)\"")));
    assertEquals("'+1", Csv.cellOf(JSON.readTree("\"+1\"")));
    assertEquals("'-2", Csv.cellOf(JSON.readTree("\"-2\"")));
    assertEquals("'@x", Csv.cellOf(JSON.readTree("\"@x\"")));
    assertEquals("-2", Csv.cellOf(JSON.readTree("-2")));
    assertEquals("a|b", Csv.cellOf(JSON.readTree("[\"a\",\"b\"]")));
    assertEquals("\"a\rb\"", Csv.cell("a\rb"));
    assertEquals("\"a\nb\"", Csv.cell("a\nb"));
    assertEquals("\"x,\"\"y\"\"\"", Csv.cell("x,\"y\""));

    String bom = run("search", "--index", index.toString(), "--format", "csv", "--bom").out();
    assertTrue(bom.startsWith("\uFEFFid,"), bom.substring(0, 10));
  }

  // --- table output

  @Test
  void table_notATerminal_cutsNothing_terminal_cutsToWidth() {
    Result piped = run("search", "--index", index.toString(), "--city", "杭州");
    assertTrue(piped.out().contains("支持杭州创建国家人工智能创新应用先导区。"), piped.out());
    System.setProperty(Render.WIDTH_PROPERTY, "100");
    Result narrow = run("search", "--index", index.toString(), "--city", "杭州");
    assertFalse(narrow.out().contains("创新应用先导区。"), narrow.out());
    for (String line : narrow.out().lines().toList()) {
      assertTrue(Render.displayWidth(line) <= 100, line);
    }
  }

  @Test
  void timelineText_notATerminal_cutsNothing_terminal_cutsToWidth_escapesControls() {
    Result piped = run("timeline", "--index", index.toString(), "--by", "city");
    assertTrue(piped.out().contains("支持杭州创建国家人工智能创新应用先导区。"), piped.out());
    assertFalse(piped.out().contains("\u001b"), piped.out());
    System.setProperty(Render.WIDTH_PROPERTY, "80");
    Result narrow = run("timeline", "--index", index.toString(), "--by", "city");
    assertFalse(narrow.out().contains("创新应用先导区。"), narrow.out());
    for (String line : narrow.out().lines().toList()) {
      assertTrue(Render.displayWidth(line) <= 80, line);
    }
  }

  @Test
  void showText_printsEachSourceUrlUnderItsSource() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("url-pages"));
    Path page = pages.resolve("a.json");
    Files.writeString(page, "{\"title\":\"杭州先导区获批\",\"date\":\"2021-02-20\",\"url\":\"https://example.org/hangzhou\","
        + "\"content\":\"2月19日，工业和信息化部印发通知，支持杭州创建国家人工智能创新应用先导区。\"}", StandardCharsets.UTF_8);
    Path urlIndex = tmp.resolve("url-index");
    assertEquals(0, run("index", "--index", urlIndex.toString(), pages.toString()).code());
    String id = JSON.readTree(run("search", "--index", urlIndex.toString(), "--format", "json").out()).get(0).get("id").asText();
    List<String> lines = run("show", "--index", urlIndex.toString(), id).out().lines().toList();
    assertTrue(lines.get(0).startsWith("id:"), lines.toString());
    int source = lines.indexOf(lines.stream().filter(l -> l.startsWith("  " + page)).findFirst().orElseThrow());
    assertEquals("    https://example.org/hangzhou", lines.get(source + 1), lines.toString());
  }

  @Test
  void table_wideAddsTheIdColumn() throws Exception {
    String id = JSON.readTree(run("search", "--index", index.toString(), "--format", "json").out()).get(0).get("id").asText();
    Result r = run("search", "--index", index.toString(), "--wide");
    assertTrue(r.out().startsWith("ID "), r.out());
    assertTrue(r.out().contains(id), r.out());
  }

  @Test
  void terminalEscapesInPageText_neverReachTheTerminalRaw() throws Exception {
    Result table = run("search", "--index", index.toString(), "--city", "广州");
    assertFalse(table.out().contains("\u001b") || table.out().contains("\u0007"), table.out());
    assertTrue(table.out().contains("\\x1B]0;"), table.out());
    String id = JSON.readTree(run("search", "--index", index.toString(), "--city", "广州", "--format", "json").out()).get(0).get("id").asText();
    Result show = run("show", "--index", index.toString(), id);
    assertFalse(show.out().contains("\u001b"), show.out());
    assertTrue(show.out().contains("\\x1B]0;"), show.out());
    assertEquals("a\\x1B[2Jb \\x9Bc", Render.safe("a\u001b[2Jb\n\u009bc", true));
  }

  @Test
  void table_matchedCityFirstInACutList() {
    var e = io.github.jishi.internal.event.EventJson.fromJson(JSON.createObjectNode()
        .put("id", "x").put("date", "2021-01-01").put("date_end", "2021-01-01").put("precision", "day")
        .put("year_source", "stated").put("action", "入选").put("evidence", "e").put("source", "s")
        .set("places", JSON.createArrayNode()
            .add(place("北京市", "110000", "北京市")).add(place("天津市", "120000", "天津市")).add(place("杭州市", "330100", "浙江省"))));
    assertTrue(Render.places(e, List.of("杭州")).startsWith("杭州市"), Render.places(e, List.of("杭州")));
    assertTrue(Render.places(e, List.of("浙江")).startsWith("杭州市"));
    assertTrue(Render.places(e, List.of()).startsWith("北京市"));
  }

  private static JsonNode place(String name, String code, String province) {
    return JSON.createObjectNode().put("name", name).put("code", code).put("level", "city").put("city", name).put("province", province);
  }

  // --- bounded queries

  @Test
  void hugeQueries_areBoundedAndExplained() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 1100; i++) {
      text.append("词").append(i).append(' ');
    }
    Result words = run("search", "--index", index.toString(), text.toString());
    assertEquals(1, words.code(), words.err());
    assertTrue(words.err().contains("too large"), words.err());
    assertFalse(words.err().contains("TooManyClauses"), words.err());

    List<String> args = new ArrayList<>(List.of("search", "--index", index.toString()));
    for (int i = 0; i < 300; i++) {
      args.add("--city");
      args.add("杭州");
    }
    Result cities = run(args.toArray(String[]::new));
    assertEquals(ExitCodes.USAGE, cities.code(), cities.err());
    assertTrue(cities.err().contains("too many --city (300)"), cities.err());
  }
}
