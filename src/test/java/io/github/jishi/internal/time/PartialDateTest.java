package io.github.jishi.internal.time;

import static io.github.jishi.internal.time.TimeAssertions.assertAt;
import static io.github.jishi.internal.time.TimeAssertions.assertSpan;
import static io.github.jishi.internal.time.TimeAssertions.assertUnresolved;
import static io.github.jishi.internal.time.TimeAssertions.only;
import static io.github.jishi.internal.time.TimeAssertions.parse;
import static io.github.jishi.internal.time.TimeAssertions.parseWithoutReference;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jishi.time.Precision;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.time.YearSource;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Month-days and months without a year, and bare days. */
class PartialDateTest {

  @Test
  void monthDay_beforeReference_takesReferenceYear() {
    String sentence = "2月19日，省里公布了首批数字化车间名单。";
    TimeExpression e = only(parse(sentence, "2021-02-20"));
    assertAt(e, sentence, "2月19日");
    assertSpan(e, "2021-02-19", "2021-02-19", Precision.DAY, YearSource.REFERENCE);
    assertEquals(Optional.of(MonthDay.of(2, 19)), e.monthDay());
  }

  @Test
  void monthDay_withHao() {
    String sentence = "报名将在2月19号截止，逾期不再受理。";
    TimeExpression e = only(parse(sentence, "2021-02-10"));
    assertAt(e, sentence, "2月19号");
    assertSpan(e, "2021-02-19", "2021-02-19", Precision.DAY, YearSource.REFERENCE);
  }

  @Test
  void monthDay_withHalfDay() {
    String sentence = "8月26日上午，区科技局组织专家开展项目评审。";
    TimeExpression e = only(parse(sentence, "2022-08-27"));
    assertAt(e, sentence, "8月26日上午");
    assertSpan(e, "2022-08-26", "2022-08-26", Precision.DAY, YearSource.REFERENCE);
  }

  @Test
  void month_alone() {
    String sentence = "9月，首批十五个示范场景对外发布。";
    TimeExpression e = only(parse(sentence, "2025-10-10"));
    assertAt(e, sentence, "9月");
    assertSpan(e, "2025-09-01", "2025-09-30", Precision.MONTH, YearSource.REFERENCE);
  }

  @Test
  void month_withFen_sinceRunsToTheReference() {
    String sentence = "当月出口额创下去年7月份以来的单月新高。";
    TimeExpression e = only(parse(sentence, "2021-03-01"));
    assertAt(e, sentence, "去年7月份以来");
    assertSpan(e, "2020-07-01", "2021-03-01", Precision.MONTH, YearSource.REFERENCE);
  }

  @Test
  void monthDay_wellAfterReference_takesPreviousYear() {
    String sentence = "12月5日，该基地通过了专家验收。";
    TimeExpression e = only(parse(sentence, "2025-07-07"));
    assertSpan(e, "2024-12-05", "2024-12-05", Precision.DAY, YearSource.REFERENCE);
  }

  @Test
  void monthDay_shortlyAfterReference_keepsReferenceYear() {
    String sentence = "8月26日，组委会公布了参展企业名单。";
    TimeExpression e = only(parse(sentence, "2025-07-07"));
    assertSpan(e, "2025-08-26", "2025-08-26", Precision.DAY, YearSource.REFERENCE);
  }

  @Test
  void monthDay_announced_keepsReferenceYear() {
    String sentence = "第四届博览会将于12月5日在杭州开幕。";
    TimeExpression e = only(parse(sentence, "2025-07-07"));
    assertAt(e, sentence, "12月5日");
    assertSpan(e, "2025-12-05", "2025-12-05", Precision.DAY, YearSource.REFERENCE);
  }

  @Test
  void monthDay_withoutReference_onlyMonthDay() {
    String sentence = "9月19日，一场医疗人工智能论坛在广州召开。";
    TimeExpression e = only(parseWithoutReference(sentence));
    assertAt(e, sentence, "9月19日");
    assertUnresolved(e, Precision.DAY, Optional.of(MonthDay.of(9, 19)));
  }

  @Test
  void month_withoutReference_monthPrecision() {
    String sentence = "9月，多地相继出台支持政策。";
    TimeExpression e = only(parseWithoutReference(sentence));
    assertUnresolved(e, Precision.MONTH, Optional.of(MonthDay.of(9, 1)));
  }

  @Test
  void monthDay_chineseNumerals() {
    String sentence = "三月五日，调研组赴园区实地考察。";
    TimeExpression e = only(parse(sentence, "2021-04-01"));
    assertAt(e, sentence, "三月五日");
    assertSpan(e, "2021-03-05", "2021-03-05", Precision.DAY, YearSource.REFERENCE);
  }

  @Test
  void bareDay_monthEarlierInSentence_takesThatMonth() {
    String sentence = "论坛于9月1日开幕，3日闭幕。";
    List<TimeExpression> found = parse(sentence, "2025-09-10");
    assertEquals(2, found.size(), found::toString);
    assertAt(found.get(1), sentence, "3日");
    assertSpan(found.get(1), "2025-09-03", "2025-09-03", Precision.DAY, YearSource.REFERENCE);
    assertEquals(Optional.of(MonthDay.of(9, 3)), found.get(1).monthDay());
  }

  @Test
  void bareDay_noMonthInSentence_takesTheReferenceMonth() {
    String sentence = "19日，园区举行了揭牌仪式。";
    TimeExpression e = only(parse(sentence, "2025-09-20"));
    assertAt(e, sentence, "19日");
    assertSpan(e, "2025-09-19", "2025-09-19", Precision.DAY, YearSource.REFERENCE);
    assertEquals(Optional.of(MonthDay.of(9, 19)), e.monthDay());
  }

  @Test
  void bareDay_afterTheReferenceDay_isTheMonthBefore_unlessAnnounced() {
    TimeExpression past = only(parse("28日，园区举行了揭牌仪式。", "2025-03-03"));
    assertSpan(past, "2025-02-28", "2025-02-28", Precision.DAY, YearSource.REFERENCE);
    String announced = "园区将于28日举行揭牌仪式。";
    TimeExpression ahead = only(parse(announced, "2025-03-03"));
    assertAt(ahead, announced, "28日");
    assertSpan(ahead, "2025-03-28", "2025-03-28", Precision.DAY, YearSource.REFERENCE);
    // 31日 in a month of 30 days is the month before's
    assertSpan(only(parse("31日，方案正式发布。", "2025-04-30")), "2025-03-31", "2025-03-31", Precision.DAY,
        YearSource.REFERENCE);
  }

  @Test
  void bareDay_monthOnlyInPreviousSentence_takesTheReferenceMonth() {
    String text = "论坛于9月1日开幕。19日，园区举行了揭牌仪式。";
    List<TimeExpression> found = parse(text, "2025-09-20");
    assertEquals(2, found.size(), found::toString);
    assertAt(found.get(0), text, "9月1日");
    assertAt(found.get(1), text, "19日");
    assertSpan(found.get(1), "2025-09-19", "2025-09-19", Precision.DAY, YearSource.REFERENCE);
  }

  @Test
  void bareDay_everyMonthOrCountingDays_isNoDate() {
    assertEquals(List.of(), parse("每月15日发放补贴。", "2025-09-20"));
    assertEquals(List.of(), parse("申请人须在30日前提交材料。", "2025-09-20"));
    assertEquals(List.of(), parse("每15日清点一次库存。", "2025-09-20"));
    assertEquals(List.of(), parseWithoutReference("19日，园区举行了揭牌仪式。"));
  }

  @Test
  void bareDay_monthWithoutYear_onlyMonthDay() {
    String sentence = "论坛于9月1日开幕，3日闭幕。";
    List<TimeExpression> found = parseWithoutReference(sentence);
    assertEquals(2, found.size(), found::toString);
    assertUnresolved(found.get(1), Precision.DAY, Optional.of(MonthDay.of(9, 3)));
  }

  @Test
  void bareDay_beyondMonthLength_skipped() {
    String sentence = "论坛于9月1日开幕，31日闭幕。";
    assertEquals(1, parse(sentence, "2025-09-20").size());
  }

  @Test
  void bareDay_withinDays_notADay() {
    String sentence = "办法自9月1日起施行，申请人应在30日内补齐材料。";
    List<TimeExpression> found = parse(sentence, "2025-09-20");
    assertEquals(1, found.size(), found::toString);
  }
}
