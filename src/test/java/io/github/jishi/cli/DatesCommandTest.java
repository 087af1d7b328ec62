package io.github.jishi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jishi dates}: one text or one per line, traditional script folded, a date or date-time base. */
class DatesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void lines_printOneArrayPerLineInOrder() throws Exception {
    Path file = tmp.resolve("texts.txt");
    Files.writeString(file, "三天後，新館開放。\n沒有日期的一行\n國慶節前後，客流增加。\n", StandardCharsets.UTF_8);
    CliTest.Result r = CliTest.run("dates", "--lines", file.toString(), "--base", "2025-07-07", "--format", "jsonl");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(3, lines.length, r.out());
    JsonNode first = JSON.readTree(lines[0]);
    assertEquals("2025-07-08", first.get(0).get("date").asText());
    assertEquals("2025-07-10", first.get(0).get("date_end").asText());
    assertEquals(0, JSON.readTree(lines[1]).size());
    assertEquals("2025-10-01", JSON.readTree(lines[2]).get(0).get("date").asText());
  }

  @Test
  void textAndOffsets_areThoseOfTheTextAsGiven() throws Exception {
    // traditional script, a pinyin note and full-width digits are read folded, but reported as written
    CliTest.Result r = CliTest.run("dates", "創(chuàng)新大會於下週三在２０２５年新館舉行", "--base", "2025-07-07", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode found = JSON.readTree(r.out());
    assertEquals("下週三", found.get(0).get("text").asText());
    assertEquals(13, found.get(0).get("start").asInt());
    assertEquals(16, found.get(0).get("end").asInt());
    assertEquals("2025-07-16", found.get(0).get("date").asText());
    assertEquals("２０２５年", found.get(1).get("text").asText());
    assertEquals(17, found.get(1).get("start").asInt());
  }

  @Test
  void spaceAfterADate_isNotPartOfIt() throws Exception {
    // the space between two Chinese characters goes in normalization; the date ends before it
    CliTest.Result r = CliTest.run("dates", "2025年7月1日 发布", "--base", "2025-07-07", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode found = JSON.readTree(r.out());
    assertEquals(1, found.size());
    assertEquals("2025年7月1日", found.get(0).get("text").asText());
    assertEquals(9, found.get(0).get("end").asInt());
  }

  @Test
  void lines_areResolvedEachOnItsOwn() throws Exception {
    Path file = tmp.resolve("texts.txt");
    Files.writeString(file, "2019年的报告\n8月26日开幕\n", StandardCharsets.UTF_8);
    CliTest.Result r = CliTest.run("dates", "--lines", file.toString(), "--base", "2025-07-07", "--format", "jsonl");
    JsonNode second = JSON.readTree(r.out().strip().split("\n")[1]);
    assertEquals("2025-08-26", second.get(0).get("date").asText(), r.out());
  }

  @Test
  void baseWithTime_letsHoursCrossMidnight() throws Exception {
    CliTest.Result r = CliTest.run("dates", "三小時後", "--base", "2025-07-07T23:30", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertEquals("2025-07-08", JSON.readTree(r.out()).get(0).get("date_end").asText());
  }

  @Test
  void badBase_isAOneLineError() {
    CliTest.Result r = CliTest.run("dates", "今天", "--base", "2025-13-40");
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.err().contains("bad --base"), r.err());
  }

  @Test
  void lines_notUtf8_isAOneLineErrorNamingTheLine_afterTheLinesBefore() throws Exception {
    Path file = tmp.resolve("gb.txt");
    byte[] good = "三天后开放\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "国庆节前后\n".getBytes(java.nio.charset.Charset.forName("GB18030"));
    byte[] all = new byte[good.length + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    Files.write(file, all);
    CliTest.Result r = CliTest.run("dates", "--lines", file.toString(), "--base", "2025-07-07", "--format", "jsonl");
    assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
    assertTrue(r.err().contains("line 2 is not UTF-8"), r.err());
    assertEquals(1, r.out().strip().split("\n").length, r.out());
  }

  @Test
  void help_namesLines() {
    assertTrue(CliTest.run("dates", "--help").out().contains("--lines"));
  }
}
