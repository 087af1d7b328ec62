package io.github.jishi.internal.time;

import static io.github.jishi.internal.time.TimeAssertions.PARSER;
import static io.github.jishi.internal.time.TimeAssertions.assertAt;
import static io.github.jishi.internal.time.TimeAssertions.assertSpan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jishi.time.Precision;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.time.YearSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * 次日, 翌日, 第二天, 当天, 前一天: a day counted from the day the paragraph named last, not from the
 * page's date (reference 2025-07-07 here).
 */
class AnchoredDayTest {
  private static final LocalDate REFERENCE = LocalDate.of(2025, 7, 7);

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "2024年11月5日，博览会在国家会展中心开幕，次日举行了签约仪式。|次日|2024-11-06|STATED",
    "2024年11月5日，博览会开幕，翌日，首批采购合同落地。|翌日|2024-11-06|STATED",
    "2024年11月5日开幕的博览会上，第二天就有三十个项目签约。|第二天|2024-11-06|STATED",
    "2024年11月5日，博览会开幕，当天入场观众超过五万人次。|当天|2024-11-05|STATED",
    "5月20日，新线开通运营，开通前一天进行了全线联调。|前一天|2025-05-19|REFERENCE",
    "5月20日，新线开通运营，次日上午8时客流达到高峰。|次日上午8时|2025-05-21|REFERENCE",
  })
  void dayAfterADayOfTheSentence(String sentence, String text, String day, YearSource source) {
    List<TimeExpression> found = PARSER.parse(sentence, REFERENCE);
    assertEquals(2, found.size(), () -> "the day and the day counted from it: " + found);
    TimeExpression e = found.get(1);
    assertAt(e, sentence, text);
    assertSpan(e, day, day, Precision.DAY, source);
  }

  @Test
  void countsFromTheLastDayOfTheParagraph_acrossSentences() {
    TimeContext context = TimeContext.of(REFERENCE);
    PARSER.parse("2024年12月28日，跨江大桥合龙。", context);
    String next = "当天下午，施工方举行了简短的仪式。";
    List<TimeExpression> found = PARSER.parse(next, context);
    assertEquals(1, found.size(), () -> found.toString());
    assertAt(found.get(0), next, "当天下午");
    assertSpan(found.get(0), "2024-12-28", "2024-12-28", Precision.DAY, YearSource.STATED);
  }

  @Test
  void inALaterParagraph_onlyWhereItOpensAClause() {
    TimeContext context = TimeContext.of(REFERENCE);
    PARSER.parse("2024年12月28日，跨江大桥合龙。", context);
    context.newParagraph();
    PARSER.parse("大桥全长三公里，双向六车道。", context);
    context.newParagraph();
    String next = "次日，大桥开始铺设桥面。";
    List<TimeExpression> found = PARSER.parse(next, context);
    assertEquals(1, found.size(), () -> found.toString());
    assertAt(found.get(0), next, "次日");
    assertSpan(found.get(0), "2024-12-29", "2024-12-29", Precision.DAY, YearSource.STATED);
    // inside a phrase, 当天 of a later paragraph is the day of something else
    context.newParagraph();
    assertEquals(List.of(), PARSER.parse("通车仪式当天，市民可免费参观。", context));
  }

  @Test
  void afterARangeOrAMonth_isNoDate() {
    // after several days or a whole month, which day 当天 means is not clear
    assertEquals(1, PARSER.parse("展会于2024年11月5日至8日举行，当天签约项目十个。", REFERENCE).size());
    assertEquals(1, PARSER.parse("2024年11月，展会开幕，次日签约项目十个。", REFERENCE).size());
  }

  @Test
  void chained_countsFromTheDayJustGiven() {
    String sentence = "2024年11月5日报到，次日开幕，次日又举行了分论坛。";
    List<TimeExpression> found = PARSER.parse(sentence, REFERENCE);
    assertEquals(3, found.size(), () -> found.toString());
    assertEquals(LocalDate.of(2024, 11, 6), found.get(1).date().orElseThrow());
    assertEquals(LocalDate.of(2024, 11, 7), found.get(2).date().orElseThrow());
  }

  @Test
  void rightAfterItsDay_addsNoSecondDate() {
    String sentence = "2024年11月5日当晚，博览会举行了欢迎晚会。";
    List<TimeExpression> found = PARSER.parse(sentence, REFERENCE);
    assertEquals(1, found.size(), () -> found.toString());
    assertAt(found.get(0), sentence, "2024年11月5日");
  }

  @Test
  void afterADayWithoutItsYear_isAMonthDayToo() {
    // a page without a date: 5月24日 has no year, and the day after it is 5月25日, no year either
    String sentence = "5月24日，峰会在福州开幕，次日举行了十个分论坛。";
    List<TimeExpression> found = TimeAssertions.parseWithoutReference(sentence);
    assertEquals(2, found.size(), () -> found.toString());
    assertAt(found.get(1), sentence, "次日");
    TimeAssertions.assertUnresolved(found.get(1), Precision.DAY, java.util.Optional.of(java.time.MonthDay.of(5, 25)));
  }
}
