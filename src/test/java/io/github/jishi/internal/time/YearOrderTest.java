package io.github.jishi.internal.time;

import static io.github.jishi.internal.time.TimeAssertions.PARSER;
import static io.github.jishi.internal.time.TimeAssertions.assertAt;
import static io.github.jishi.internal.time.TimeAssertions.assertSpan;
import static io.github.jishi.internal.time.TimeAssertions.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jishi.internal.text.TextNormalizer;
import io.github.jishi.time.Precision;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.time.YearSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where a month-day that writes no year takes it from, first that applies: its own sentence (before
 * it, else after it), its paragraph, the story's lead, the dateline, the notice's footer, the
 * publish date.
 */
class YearOrderTest {
  private static final Optional<LocalDate> NONE = Optional.empty();

  private static TimeContext page(String published, String dateline, String footer) {
    return TimeContext.forPage(day(published), day(dateline), day(footer));
  }

  private static Optional<LocalDate> day(String iso) {
    return iso == null ? NONE : Optional.of(LocalDate.parse(iso));
  }

  @Test
  void yearLaterInTheSentence_datesTheMonthDayBeforeIt() {
    String sentence = "4月10日，2023年度省级专精特新中小企业名单公布。";
    List<TimeExpression> found = PARSER.parse(sentence, LocalDate.of(2024, 6, 1));
    assertEquals(2, found.size(), found::toString);
    TimeExpression day = found.get(0);
    assertAt(day, sentence, "4月10日");
    assertEquals(0, day.start());
    assertEquals(5, day.end());
    assertSpan(day, "2023-04-10", "2023-04-10", Precision.DAY, YearSource.SENTENCE);
    assertAt(found.get(1), sentence, "2023年度");
    assertSpan(found.get(1), "2023-01-01", "2023-12-31", Precision.YEAR, YearSource.STATED);
  }

  @Test
  void yearLaterInTheSentence_traditionalScript() {
    String traditional = "4月10日，2023年度省級專精特新中小企業名單公布。";
    String simplified = TextNormalizer.create().normalize(traditional).text();
    TimeExpression day = PARSER.parse(simplified, LocalDate.of(2024, 6, 1)).get(0);
    assertEquals("4月10日", traditional.substring(day.start(), day.end()));
    assertSpan(day, "2023-04-10", "2023-04-10", Precision.DAY, YearSource.SENTENCE);
  }

  @Test
  void editionLaterInTheSentence_datesTheMonthDay() {
    String sentence = "8月28日，2019世界人工智能大会在上海开幕。";
    TimeExpression day = PARSER.parse(sentence, LocalDate.of(2025, 7, 7)).get(0);
    assertAt(day, sentence, "8月28日");
    assertSpan(day, "2019-08-28", "2019-08-28", Precision.DAY, YearSource.SENTENCE);
  }

  @Test
  void yearLaterInTheSentence_winsOverAYearOfAnEarlierSentence() {
    TimeContext context = TimeContext.of(LocalDate.of(2024, 6, 1));
    PARSER.parse("2021年，该市获批建设人工智能先导区。", context);
    String next = "2月19日，2022年度首批入驻企业名单对外公布。";
    TimeExpression day = PARSER.parse(next, context).get(0);
    assertAt(day, next, "2月19日");
    assertSpan(day, "2022-02-19", "2022-02-19", Precision.DAY, YearSource.SENTENCE);
  }

  @Test
  void yearEarlierInTheClause_winsOverALaterOne() {
    String sentence = "该区2019年获批，6月18日召开了2020年度建设推进会。";
    List<TimeExpression> found = PARSER.parse(sentence, LocalDate.of(2024, 6, 1));
    assertAt(found.get(1), sentence, "6月18日");
    assertSpan(found.get(1), "2019-06-18", "2019-06-18", Precision.DAY, YearSource.CONTEXT);
  }

  @Test
  void targetsStartingPointsRangesAndFutureYears_doNotDateAnEarlierMonthDay() {
    LocalDate ref = LocalDate.of(2025, 3, 10);
    String target = "3月2日，省政府提出到2027年建成一批先导区。";
    assertSpan(PARSER.parse(target, ref).get(0), "2025-03-02", "2025-03-02", Precision.DAY, YearSource.REFERENCE);
    String since = "3月2日，省里通报了2019年以来的建设情况。";
    assertSpan(PARSER.parse(since, ref).get(0), "2025-03-02", "2025-03-02", Precision.DAY, YearSource.REFERENCE);
    String range = "3月2日，《2024—2026年行动方案》印发。";
    assertSpan(PARSER.parse(range, ref).get(0), "2025-03-02", "2025-03-02", Precision.DAY, YearSource.REFERENCE);
    String ahead = "3月2日，全省部署2026年度重点工作。";
    assertSpan(PARSER.parse(ahead, ref).get(0), "2025-03-02", "2025-03-02", Precision.DAY, YearSource.REFERENCE);
  }

  @Test
  void yearInTheNextSentence_doesNotDateTheMonthDay() {
    String text = "3月2日，园区举行揭牌仪式。2023年度名单随后公布。";
    TimeExpression day = PARSER.parse(text, LocalDate.of(2025, 3, 10)).get(0);
    assertSpan(day, "2025-03-02", "2025-03-02", Precision.DAY, YearSource.REFERENCE);
  }

  @Test
  void leadYear_carriesToLaterParagraphs_asLead() {
    TimeContext context = TimeContext.of(LocalDate.of(2025, 7, 7));
    PARSER.parse("2022年，某市获批建设国家级新区。", context);
    String sameParagraph = "5月6日，新区挂牌。";
    assertSpan(only(PARSER.parse(sameParagraph, context)), "2022-05-06", "2022-05-06", Precision.DAY, YearSource.CONTEXT);
    context.newParagraph();
    String second = "6月1日，新区管委会成立。";
    assertSpan(only(PARSER.parse(second, context)), "2022-06-01", "2022-06-01", Precision.DAY, YearSource.LEAD);
    context.newParagraph();
    String later = "9月8日，首批项目签约。";
    TimeExpression e = only(PARSER.parse(later, context));
    assertAt(e, later, "9月8日");
    assertSpan(e, "2022-09-08", "2022-09-08", Precision.DAY, YearSource.LEAD);
  }

  @Test
  void datelineYear_datesMonthDaysOfARepost() {
    TimeContext context = page("2024-05-06", "2021-03-05", null);
    String sentence = "3月2日，工信部复函支持该市创建先导区。";
    TimeExpression e = only(PARSER.parse(sentence, context));
    assertAt(e, sentence, "3月2日");
    assertSpan(e, "2021-03-02", "2021-03-02", Precision.DAY, YearSource.DATELINE);
    // a month-day well after the dateline's day is the year before's
    assertSpan(only(PARSER.parse("12月28日，方案通过评审。", context)), "2020-12-28", "2020-12-28", Precision.DAY,
        YearSource.DATELINE);
    // and 今年 is the dateline's year
    assertSpan(only(PARSER.parse("今年，该市将新建基站两万个。", context)), "2021-01-01", "2021-12-31", Precision.YEAR,
        YearSource.DATELINE);
  }

  @Test
  void datelineWrittenInTheText_givesItsYearAsTheDateline_throughThePage() {
    TimeContext context = page("2024-05-06", "2021-03-05", null);
    String first = "新华社杭州2021年3月5日电 3月2日，工信部复函支持杭州创建先导区。";
    List<TimeExpression> found = PARSER.parse(first, context);
    assertEquals(2, found.size(), found::toString);
    assertSpan(found.get(0), "2021-03-05", "2021-03-05", Precision.DAY, YearSource.STATED);
    assertAt(found.get(1), first, "3月2日");
    assertSpan(found.get(1), "2021-03-02", "2021-03-02", Precision.DAY, YearSource.DATELINE);
    context.newParagraph();
    context.newParagraph();
    assertSpan(only(PARSER.parse("5月6日，先导区挂牌。", context)), "2021-05-06", "2021-05-06", Precision.DAY,
        YearSource.DATELINE);
  }

  @Test
  void datelineYear_yieldsToAYearTheTextStates() {
    TimeContext context = page("2024-05-06", "2021-03-05", null);
    PARSER.parse("2020年，该市获批建设先导区。", context);
    assertSpan(only(PARSER.parse("3月2日，先导区挂牌。", context)), "2020-03-02", "2020-03-02", Precision.DAY,
        YearSource.CONTEXT);
  }

  @Test
  void dayWords_stillCountFromThePublishDate() {
    TimeContext context = page("2024-05-06", "2021-03-05", null);
    assertSpan(only(PARSER.parse("昨天，方案印发。", context)), "2024-05-05", "2024-05-05", Precision.DAY,
        YearSource.REFERENCE);
  }

  @Test
  void noticeFooterYear_datesTheNoticeText() {
    TimeContext context = page("2024-01-10", null, "2023-05-08");
    String sentence = "经研究，5月6日起开展专项检查。";
    TimeExpression e = only(PARSER.parse(sentence, context));
    assertAt(e, sentence, "5月6日");
    assertSpan(e, "2023-05-06", "2023-05-06", Precision.DAY, YearSource.FOOTER);
    String bare = "请于20日前报送材料。";
    assertEquals(List.of(), PARSER.parse(bare, context));
  }

  @Test
  void datelineComesBeforeTheFooter() {
    TimeContext context = page("2024-01-10", "2021-03-05", "2023-05-08");
    assertSpan(only(PARSER.parse("3月2日，方案印发。", context)), "2021-03-02", "2021-03-02", Precision.DAY,
        YearSource.DATELINE);
  }

  @Test
  void footerWithoutPublishDate_stillDates() {
    TimeContext context = page(null, null, "2023-05-08");
    assertSpan(only(PARSER.parse("5月6日，方案印发。", context)), "2023-05-06", "2023-05-06", Precision.DAY,
        YearSource.FOOTER);
  }

  @Test
  void bareDay_takesTheDatelineMonth() {
    TimeContext context = page("2024-05-06", "2021-03-19", null);
    String sentence = "19日，国家人工智能创新应用先导区揭牌。";
    TimeExpression e = only(PARSER.parse(sentence, context));
    assertAt(e, sentence, "19日");
    assertSpan(e, "2021-03-19", "2021-03-19", Precision.DAY, YearSource.DATELINE);
  }

  @Test
  void nothingKnown_keepsTheMonthDayOnly() {
    TimeContext context = page(null, null, null);
    TimeExpression e = only(PARSER.parse("9月10日，方案印发。", context));
    assertEquals(Optional.empty(), e.date());
    assertEquals(YearSource.NONE, e.yearSource());
  }
}
