package io.github.jishi.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.jishi.time.Precision;
import io.github.jishi.internal.time.TimeContext;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.internal.time.TimeParser;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * For any text, the time parser's expressions lie inside it, in order and without overlap, and
 * never end before they start; impossible dates are never turned into real days.
 */
class TimeParserPropertyTest {
  private static final TimeParser PARSER = TimeParser.create();

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void randomUnicodeAcrossOnePage_expressionsValid() {
    long seed = 0x5EED0201L;
    RandomText random = new RandomText(seed);
    for (int page = 0; page < 400; page++) {
      // one context for several paragraphs, as a page carries its years from one to the next
      TimeContext context = random.random().nextBoolean()
          ? TimeContext.of(LocalDate.of(1995 + random.random().nextInt(40), 1 + random.random().nextInt(12),
              1 + random.random().nextInt(28)))
          : TimeContext.withoutReference();
      for (int paragraph = 0; paragraph < 10; paragraph++) {
        String text = random.unicode(random.random().nextInt(200));
        assertValid(text, PARSER.parse(text, context), "seed " + seed + " page " + page + " paragraph " + paragraph);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2月30日, 30日",
    "2021年2月29日, 29日",
    "2023年4月31日, 31日",
    "9月31日, 31日",
    "0月0日, 0日",
    "12月32日, 32日",
  })
  void impossibleDay_neverResolvedToADay(String date, String day) {
    String text = date + "，杭州宣布启动建设国家人工智能应用中试基地。";
    List<TimeExpression> found = PARSER.parse(text, LocalDate.of(2021, 6, 1));
    assertValid(text, found, text);
    int dayStart = date.indexOf(day);
    for (TimeExpression e : found) {
      boolean coversDay = e.start() <= dayStart && e.end() > dayStart;
      assertFalse(coversDay && e.precision() == Precision.DAY, () -> "impossible " + date + " became " + e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "13月, 13月",
    "2021年13月, 13月",
    "2021年0月, 0月",
    "0月0日, 0月",
    "2021年13月5日, 13月",
  })
  void impossibleMonth_neverResolvedToAMonth(String date, String month) {
    String text = "工业和信息化部于" + date + "发布通知。";
    List<TimeExpression> found = PARSER.parse(text, LocalDate.of(2021, 6, 1));
    assertValid(text, found, text);
    int monthStart = text.indexOf(month);
    for (TimeExpression e : found) {
      boolean coversMonth = e.start() <= monthStart && e.end() > monthStart;
      assertFalse(coversMonth && e.precision().compareTo(Precision.MONTH) >= 0 && e.date().isPresent(),
          () -> "impossible " + date + " became " + e);
    }
  }

  @Test
  void leapDay_resolvedOnlyInALeapYear() {
    List<TimeExpression> leap = PARSER.parse("2020年2月29日，成都获批。", LocalDate.of(2021, 6, 1));
    assertEquals(1, leap.size(), leap::toString);
    assertEquals(LocalDate.of(2020, 2, 29), leap.get(0).date().orElseThrow());
    List<TimeExpression> common = PARSER.parse("2021年2月29日，成都获批。", LocalDate.of(2021, 6, 1));
    assertTrue(common.stream().noneMatch(e -> e.precision() == Precision.DAY), common::toString);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenMegabyteUnpunctuatedLineWithDates_everyDateFound() {
    String unit = "2021年3月5日成都获批创建国家人工智能创新应用先导区人工智能产业发展";
    int copies = 10_000_000 / unit.length();
    String line = unit.repeat(copies);
    List<TimeExpression> found = PARSER.parse(line, LocalDate.of(2025, 7, 7));
    assertValid(line, found, "ten megabytes");
    assertEquals(copies, found.size());
    for (int i = 0; i < found.size(); i += 9973) {
      TimeExpression e = found.get(i);
      assertEquals(i * unit.length(), e.start());
      assertEquals(LocalDate.of(2021, 3, 5), e.date().orElseThrow());
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenMegabyteLineOfDateCharacters_finishes() {
    String line = "年月日号至第十二三".repeat(1_200_000);
    assertValid(line, PARSER.parse(line, LocalDate.of(2025, 7, 7)), "date characters");
  }

  private static void assertValid(String text, List<TimeExpression> found, String where) {
    int previousEnd = 0;
    for (TimeExpression e : found) {
      if (e.start() < previousEnd || e.start() >= e.end() || e.end() > text.length()) {
        fail(where + ": bad offsets " + e + " after " + previousEnd + " in text of length " + text.length());
      }
      assertEquals(text.substring(e.start(), e.end()), e.text(), where);
      if (e.date().isPresent()) {
        assertFalse(e.dateEnd().orElseThrow().isBefore(e.date().get()), where + ": " + e);
      }
      previousEnd = e.end();
    }
  }
}
