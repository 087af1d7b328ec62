package io.github.jishi.internal.time;

import static io.github.jishi.internal.time.TimeAssertions.assertAt;
import static io.github.jishi.internal.time.TimeAssertions.assertSpan;
import static io.github.jishi.internal.time.TimeAssertions.only;
import static io.github.jishi.internal.time.TimeAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jishi.time.Precision;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.time.YearSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parts of a year or month, resolved to the spans documented on {@link TimeParser}. */
class FuzzyPeriodTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "年初，省里出台了促进机器人产业的扶持办法。|年初|2025-01-01|2025-02-28|SEASON",
    "年底前，所有试点项目要完成中期评估。|年底前|2025-07-07|2025-12-31|SEASON",
    "到年末，全市将建成智能工厂三十家。|到年末|2025-07-07|2025-12-31|SEASON",
    "该中心力争年内建成投用。|年内|2025-01-01|2025-12-31|YEAR",
    "上半年，全市软件业务收入增长一成。|上半年|2025-01-01|2025-06-30|HALF",
    "下半年，平台将向全省医疗机构开放。|下半年|2025-07-01|2025-12-31|HALF",
    "一季度，全省新增上市企业六家。|一季度|2025-01-01|2025-03-31|QUARTER",
    "第一季度，全省新增上市企业六家。|第一季度|2025-01-01|2025-03-31|QUARTER",
    "三季度，订单量环比回升。|三季度|2025-07-01|2025-09-30|QUARTER",
    "公司Q1营收同比增长两成。|Q1|2025-01-01|2025-03-31|QUARTER",
    "前三季度，全市引进重大项目四十个。|前三季度|2025-01-01|2025-09-30|QUARTER",
    "三季度末，全省存款余额突破十万亿元。|三季度末|2025-09-01|2025-09-30|MONTH",
    "二季度初，首批订单已交付。|二季度初|2025-04-01|2025-04-30|MONTH",
    "春季，各地陆续举办人才招聘活动。|春季|2025-03-01|2025-05-31|SEASON",
    "今年春天，园区迎来了首批入驻企业。|今年春天|2025-03-01|2025-05-31|SEASON",
    "9月上旬，评审结果将在官网公示。|9月上旬|2025-09-01|2025-09-10|WEEK",
    "9月中旬，专家组将赴现场核查。|9月中旬|2025-09-11|2025-09-20|WEEK",
    "9月下旬，第二批名单将对外发布。|9月下旬|2025-09-21|2025-09-30|WEEK",
    "截至6月底，全市已建成5G基站一万余个。|6月底|2025-06-21|2025-06-30|WEEK",
    "7月初，首批设备已运抵现场。|7月初|2025-07-01|2025-07-10|WEEK",
    "寒假期间，科技馆每天延长开放两小时。|寒假|2025-01-01|2025-02-28|SEASON",
    "月底前，各区要报送自评报告。|月底|2025-07-21|2025-07-31|WEEK",
    "今年年中，新馆将向公众开放。|今年年中|2025-06-01|2025-07-31|SEASON",
    "9月中，第二批名单将对外公布。|9月中|2025-09-11|2025-09-20|WEEK",
    "今年暑假，全市中小学生可免费参观博物馆。|今年暑假|2025-07-01|2025-08-31|SEASON",
    "9月上半月，新馆进行布展。|9月上半月|2025-09-01|2025-09-15|MONTH",
    "9月份上旬，专家组将赴现场核查。|9月份上旬|2025-09-01|2025-09-10|WEEK",
    "9月第二周，新生陆续报到。|9月第二周|2025-09-08|2025-09-14|WEEK",
    "今年首季度，全市新增市场主体三万户。|今年首季度|2025-01-01|2025-03-31|QUARTER",
    "上半年末，全省存款余额突破十万亿元。|上半年末|2025-06-01|2025-06-30|MONTH",
    "上季度末，全市贷款余额同比增长一成。|上季度末|2025-06-01|2025-06-30|MONTH",
    "本季度初，新一批补贴已发放到位。|本季度初|2025-07-01|2025-07-31|MONTH",
    "9月下半月，新馆试运行。|9月下半月|2025-09-16|2025-09-30|MONTH",
    "上半月，全市共受理申请两百余件。|上半月|2025-07-01|2025-07-15|MONTH",
    "本月下半月，第二批补贴将发放到位。|本月下半月|2025-07-16|2025-07-31|MONTH",
  })
  void period_yearFromReference(String sentence, String expected, String first, String last, Precision precision) {
    TimeExpression e = only(parse(sentence, "2025-07-07"));
    assertAt(e, sentence, expected);
    assertSpan(e, first, last, precision, YearSource.REFERENCE);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "2021年上半年，全省软件业务收入增长一成。|2021年上半年|2021-01-01|2021-06-30|HALF",
    "2021年第二季度，订单量环比回升。|2021年第二季度|2021-04-01|2021-06-30|QUARTER",
    "公司2021Q3营收同比增长两成。|2021Q3|2021-07-01|2021-09-30|QUARTER",
    "2021年底，全市已建成各类算力中心12个。|2021年底|2021-11-01|2021-12-31|SEASON",
    "2021年冬季，园区供暖改造全部完成。|2021年冬季|2021-12-01|2022-02-28|SEASON",
    "2024年2月下旬，试点方案通过论证。|2024年2月下旬|2024-02-21|2024-02-29|WEEK",
    "2021年前两个季度，全省外贸进出口增长两成。|2021年前两个季度|2021-01-01|2021-06-30|QUARTER",
    "2023年下半年末，新线完成全部联调。|2023年下半年末|2023-12-01|2023-12-31|MONTH",
  })
  void period_statedYear(String sentence, String expected, String first, String last, Precision precision) {
    TimeExpression e = only(parse(sentence, "2025-07-07"));
    assertAt(e, sentence, expected);
    assertSpan(e, first, last, precision, YearSource.STATED);
  }

  @Test
  void period_afterStatedYear_takesContextYear() {
    String text = "2021年，该市被列为试点城市。年底，首批项目全部落地。";
    List<TimeExpression> found = parse(text, "2025-07-07");
    assertEquals(2, found.size(), found::toString);
    assertAt(found.get(1), text, "年底");
    assertSpan(found.get(1), "2021-11-01", "2021-12-31", Precision.SEASON, YearSource.CONTEXT);
  }

  @Test
  void spring_figureOfSpeech_notATime() {
    assertEquals(List.of(), parse("人工智能产业迎来了发展的春天。", "2025-07-07"));
  }

  @Test
  void bareMonthEnd_takesTheMonthTheSentenceNamed() {
    String sentence = "3月召开动员会，月底完成全部验收。";
    List<TimeExpression> found = parse(sentence, "2025-07-07");
    assertEquals(2, found.size());
    assertAt(found.get(1), sentence, "月底");
    assertSpan(found.get(1), "2025-03-21", "2025-03-31", Precision.WEEK, YearSource.REFERENCE);
  }

  @Test
  void monthEndAfterEvery_isNoDate() {
    assertEquals(List.of(), parse("各区每月底报送一次进展。", "2025-07-07"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "“十四五”时期，全省将建成十个国家级园区。|十四五|2021-01-01|2025-12-31|MULTI_YEAR|STATED",
    "十三五期间，全市高新技术企业数量翻了一番。|十三五|2016-01-01|2020-12-31|MULTI_YEAR|STATED",
    "到“十四五”末，园区产值力争突破千亿元。|十四五”末|2025-01-01|2025-12-31|YEAR|STATED",
    "九五期间，这里建起了第一座集装箱码头。|九五|1996-01-01|2000-12-31|MULTI_YEAR|STATED",
    "本月最后一天，申报系统将关闭。|本月最后一天|2025-07-31|2025-07-31|DAY|REFERENCE",
    "下个月的第一天，新规正式实施。|下个月的第一天|2025-08-01|2025-08-01|DAY|REFERENCE",
    "今年最后一天，跨年灯光秀在江边上演。|今年最后一天|2025-12-31|2025-12-31|DAY|REFERENCE",
    "三季度最后一天，全市存款余额再创新高。|三季度最后一天|2025-09-30|2025-09-30|DAY|REFERENCE",
  })
  void planPeriodOrEdgeDay_isRead(String sentence, String expected, String first, String last, Precision precision,
      YearSource source) {
    // a five-year plan's years are written in its name; the first or last day is that of the period named
    TimeExpression e = only(parse(sentence, "2025-07-07"));
    assertAt(e, sentence, expected);
    assertSpan(e, first, last, precision, source);
  }

  @Test
  void firstDayOfAnEvent_isNoDate() {
    assertEquals(List.of(), parse("大会第一天，代表们分组讨论。", "2025-07-07"));
  }
}
