package io.github.jishi.internal.time;

import static io.github.jishi.internal.time.TimeAssertions.assertAt;
import static io.github.jishi.internal.time.TimeAssertions.assertSpan;
import static io.github.jishi.internal.time.TimeAssertions.only;
import static io.github.jishi.internal.time.TimeAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jishi.time.Precision;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.time.YearSource;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two points joined by —, -, 至 or 到 make one expression. */
class TimeRangeTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "大会于9月1日—3日在世博中心举行。|9月1日—3日|2025-09-01|2025-09-03|DAY|REFERENCE",
    "大会于9月1日-3日在世博中心举行。|9月1日-3日|2025-09-01|2025-09-03|DAY|REFERENCE",
    "大会于9月1日至3日在世博中心举行。|9月1日至3日|2025-09-01|2025-09-03|DAY|REFERENCE",
    "展览于9月1—3日对公众开放。|9月1—3日|2025-09-01|2025-09-03|DAY|REFERENCE",
    "公示期为8月11日至22日，公示期内可提出异议。|8月11日至22日|2025-08-11|2025-08-22|DAY|REFERENCE",
    "培训定于8月30日至9月2日在西湖区举办。|8月30日至9月2日|2025-08-30|2025-09-02|DAY|REFERENCE",
    "集训安排在7月4日-6日，地点另行通知。|7月4日-6日|2025-07-04|2025-07-06|DAY|REFERENCE",
    "各地要在2024年12月30日至2025年1月10日期间完成申报。|2024年12月30日至2025年1月10日|2024-12-30|2025-01-10|DAY|STATED",
    "《数字经济发展三年行动方案（2025—2027年）》正式印发。|2025—2027年|2025-01-01|2027-12-31|MULTI_YEAR|STATED",
    "《数字经济发展三年行动方案(2025-2027年)》正式印发。|2025-2027年|2025-01-01|2027-12-31|MULTI_YEAR|STATED",
    "2021年至2023年，全市累计建成5G基站三万余个。|2021年至2023年|2021-01-01|2023-12-31|MULTI_YEAR|STATED",
    "今年1-6月，全市规上工业增加值同比增长6%。|今年1-6月|2025-01-01|2025-06-30|MONTH|REFERENCE",
    "3月至5月，各区将集中开展专项检查。|3月至5月|2025-03-01|2025-05-31|MONTH|REFERENCE",
    "2023年下半年至2024年上半年，园区新增企业两百家。|2023年下半年至2024年上半年|2023-07-01|2024-06-30|HALF|STATED",
    "6月下旬至7月上旬，各地进入主汛期。|6月下旬至7月上旬|2025-06-21|2025-07-10|WEEK|REFERENCE",
    "今年一季度至三季度，全省外贸进出口稳中有升。|今年一季度至三季度|2025-01-01|2025-09-30|QUARTER|REFERENCE",
    "申报时间为即日起至9月30日，逾期不予受理。|即日起至9月30日|2025-07-07|2025-09-30|DAY|REFERENCE",
    "今天到月底，各办事窗口延长服务时间。|今天到月底|2025-07-07|2025-07-31|WEEK|REFERENCE",
    "本办法自2025年3月1日起至2027年2月28日止有效。|2025年3月1日起至2027年2月28日|2025-03-01|2027-02-28|DAY|STATED",
    "征集活动于8月1日起至8日举行。|8月1日起至8日|2025-08-01|2025-08-08|DAY|REFERENCE",
    "从2019年起至今，该县累计引进项目六十个。|2019年起至今|2019-01-01|2025-07-07|YEAR|STATED",
    "活动时间：2025.7.18-2025.7.20，地点为会展中心。|2025.7.18-2025.7.20|2025-07-18|2025-07-20|DAY|STATED",
    "展期为2025.9.3—9.6，共四天。|2025.9.3—9.6|2025-09-03|2025-09-06|DAY|STATED",
    "集中整治于2025/8/1~8/15开展。|2025/8/1~8/15|2025-08-01|2025-08-15|DAY|STATED",
    "报名截止时间为2025.8.1-3日。|2025.8.1-3日|2025-08-01|2025-08-03|DAY|STATED",
    "集中供热期为12月至明年3月，供热单位须提前调试。|12月至明年3月|2025-12-01|2026-03-31|MONTH|REFERENCE",
    "供暖季从11月到2026年3月。|11月到2026年3月|2025-11-01|2026-03-31|MONTH|STATED",
    "5、6月份，全市降雨明显偏多。|5、6月份|2025-05-01|2025-06-30|MONTH|REFERENCE",
    "候鸟保护区在11月至次年2月实行封闭管理。|11月至次年2月|2024-11-01|2025-02-28|MONTH|REFERENCE",
    "2023—2024学年，全校新建实验室三个。|2023—2024学年|2023-09-01|2024-08-31|MONTH|STATED",
    "2024-2025学年第一学期的课程安排已公布。|2024-2025学年|2024-09-01|2025-08-31|MONTH|STATED",
    "2023年10月至翌年4月，全县完成造林五千亩。|2023年10月至翌年4月|2023-10-01|2024-04-30|MONTH|STATED",
    "论坛于2025年10月17日(星期五)至19日(星期日)举行。|2025年10月17日(星期五)至19日(星期日)|2025-10-17|2025-10-19|DAY|STATED",
    "展会将于10月17日（周五）至11月2日（周日）开放。|10月17日（周五）至11月2日（周日）|2025-10-17|2025-11-02|DAY|REFERENCE",
    "活动时间为8月1日至3日（周日）。|8月1日至3日（周日）|2025-08-01|2025-08-03|DAY|REFERENCE",
    "展会将于10月17—11月2日举办。|10月17—11月2日|2025-10-17|2025-11-02|DAY|REFERENCE",
    "本月17日—19日，全市开展消防演练。|本月17日—19日|2025-07-17|2025-07-19|DAY|REFERENCE",
    "3日至5日，全市开展安全生产大检查。|3日至5日|2025-07-03|2025-07-05|DAY|REFERENCE",
    "前天到昨天，全市出现强降雨。|前天到昨天|2025-07-05|2025-07-06|DAY|REFERENCE",
    "上周五至本周二，展会累计接待观众十万人次。|上周五至本周二|2025-07-04|2025-07-08|DAY|REFERENCE",
    "昨天至今天，多地发布暴雨预警。|昨天至今天|2025-07-06|2025-07-07|DAY|REFERENCE",
    "今天到明天，全市有分散性阵雨。|今天到明天|2025-07-07|2025-07-08|DAY|REFERENCE",
    "春节至元宵节期间，景区游客量明显增加。|春节至元宵节|2025-01-29|2025-02-12|DAY|REFERENCE",
    "2019年至今天，园区累计引进项目六十个。|2019年至今天|2019-01-01|2025-07-07|YEAR|STATED",
    "5月1日到今天，全市新增注册企业八百家。|5月1日到今天|2025-05-01|2025-07-07|DAY|REFERENCE",
  })
  void range_oneExpression(String sentence, String expected, String first, String last, Precision precision,
      YearSource source) {
    TimeExpression e = only(parse(sentence, "2025-07-07"));
    assertAt(e, sentence, expected);
    assertSpan(e, first, last, precision, source);
  }

  @Test
  void numericDate_beforeACountOfDays_isOneDay() {
    // 至10个工作日: a count, not the range's last day
    String sentence = "材料须于2025.3.8至10个工作日内补齐。";
    TimeExpression e = only(parse(sentence, "2025-07-07"));
    assertAt(e, sentence, "2025.3.8");
    assertSpan(e, "2025-03-08", "2025-03-08", Precision.DAY, YearSource.STATED);
  }

  @Test
  void range_acrossNewYear_endInNextYear() {
    String sentence = "冬训安排在12月30日至1月2日，共四天。";
    TimeExpression e = only(parse(sentence, "2025-12-01"));
    assertAt(e, sentence, "12月30日至1月2日");
    assertSpan(e, "2025-12-30", "2026-01-02", Precision.DAY, YearSource.REFERENCE);
  }

  @Test
  void range_monthDayOfStart() {
    String sentence = "大会于9月1日—3日在世博中心举行。";
    assertEquals(Optional.of(MonthDay.of(9, 1)), only(parse(sentence, "2025-07-07")).monthDay());
  }

  @Test
  void range_toNow_runsFromTheStartToTheReference() {
    String sentence = "9月1日至今，平台已受理申请四百余件。";
    TimeExpression e = only(parse(sentence, "2025-10-01"));
    assertAt(e, sentence, "9月1日至今");
    assertEquals(java.util.Optional.of(java.time.LocalDate.parse("2025-09-01")), e.date());
    assertEquals(java.util.Optional.of(java.time.LocalDate.parse("2025-10-01")), e.dateEnd());
  }

  @Test
  void since_runsFromTheYearToTheReference() {
    String sentence = "2018年以来，全省共建成数字乡村示范县12个。";
    TimeExpression e = only(parse(sentence, "2025-07-07"));
    assertAt(e, sentence, "2018年以来");
    assertEquals(java.util.Optional.of(java.time.LocalDate.parse("2018-01-01")), e.date());
    assertEquals(java.util.Optional.of(java.time.LocalDate.parse("2025-07-07")), e.dateEnd());
  }

  @Test
  void by_runsFromTheReferenceToTheYearsEnd_inEitherScript() {
    for (String sentence : new String[] {"2030年前，全市建成三个算力枢纽。", "2030年前，全市建成三個算力樞紐。"}) {
      TimeExpression e = only(parse(sentence, "2025-07-07"));
      assertAt(e, sentence, "2030年前");
      assertEquals(java.util.Optional.of(java.time.LocalDate.parse("2025-07-07")), e.date());
      assertEquals(java.util.Optional.of(java.time.LocalDate.parse("2030-12-31")), e.dateEnd());
    }
  }

  @Test
  void around_isNoPeriod() {
    String sentence = "2030年前后，城市群将基本形成。";
    TimeExpression e = only(parse(sentence, "2025-07-07"));
    assertAt(e, sentence, "2030年");
  }

  @Test
  void range_endBeforeStart_fallsBackToStart() {
    String sentence = "会期为9月5日至9月3日，系笔误。";
    TimeExpression e = only(parse(sentence, "2025-10-01"));
    assertAt(e, sentence, "9月5日");
    assertSpan(e, "2025-09-05", "2025-09-05", Precision.DAY, YearSource.REFERENCE);
  }

  @Test
  void range_dayRangeEndsASentenceMonth_forLaterBareDay() {
    String sentence = "大会于9月1日—3日举行，5日起开放参观。";
    List<TimeExpression> found = parse(sentence, "2025-07-07");
    assertEquals(2, found.size(), found::toString);
    assertSpan(found.get(1), "2025-09-05", "2025-09-05", Precision.DAY, YearSource.REFERENCE);
  }
}
