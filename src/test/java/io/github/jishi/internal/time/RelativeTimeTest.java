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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words relative to the reference date (a Monday, 2025-07-07, in these cases). */
class RelativeTimeTest {
  private static final String REFERENCE = "2025-07-07";

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "今年，全省将新建5G基站两万个。|今年|2025-01-01|2025-12-31|YEAR",
    "去年，该市数字经济核心产业增加值突破千亿元。|去年|2024-01-01|2024-12-31|YEAR",
    "前年，园区只有不到十家入驻企业。|前年|2023-01-01|2023-12-31|YEAR",
    "大前年，这条地铁线刚刚动工。|大前年|2022-01-01|2022-12-31|YEAR",
    "大后年，新机场有望通航。|大后年|2028-01-01|2028-12-31|YEAR",
    "明年，第二期工程有望全面投用。|明年|2026-01-01|2026-12-31|YEAR",
    "本月，首批试点医院将接入该平台。|本月|2025-07-01|2025-07-31|MONTH",
    "上月，全市共办理相关业务三千余件。|上月|2025-06-01|2025-06-30|MONTH",
    "上个月，平台注册用户突破十万。|上个月|2025-06-01|2025-06-30|MONTH",
    "下月，组委会将公布参展名单。|下月|2025-08-01|2025-08-31|MONTH",
    "这个月，新版系统将上线试运行。|这个月|2025-07-01|2025-07-31|MONTH",
    "这个季度，全市将新开工重大项目二十个。|这个季度|2025-07-01|2025-09-30|QUARTER",
    "今天，记者来到位于滨江区的创新中心。|今天|2025-07-07|2025-07-07|DAY",
    "今日，市卫生健康委发布了实施方案。|今日|2025-07-07|2025-07-07|DAY",
    "昨天，专家组对项目进行了现场评审。|昨天|2025-07-06|2025-07-06|DAY",
    "昨日，两家企业签署了战略合作协议。|昨日|2025-07-06|2025-07-06|DAY",
    "前天，首台设备完成安装调试。|前天|2025-07-05|2025-07-05|DAY",
    "明天，第二批志愿者将抵达会场。|明天|2025-07-08|2025-07-08|DAY",
    "今明两天，全市有中到大雨。|今明两天|2025-07-07|2025-07-08|WEEK",
    "明后两天，气温将回升到三十度以上。|明后两天|2025-07-08|2025-07-09|WEEK",
    "明后天，部分路段将临时封闭。|明后天|2025-07-08|2025-07-09|WEEK",
    "今明后三天，展馆延长开放时间。|今明后三天|2025-07-07|2025-07-09|WEEK",
    "今明两年，全市将新建保障性住房两万套。|今明两年|2025-01-01|2026-12-31|MULTI_YEAR",
    "一年前的今天，新馆破土动工。|一年前的今天|2024-07-07|2024-07-07|DAY",
    "去年今日，首批入驻企业正式投产。|去年今日|2024-07-07|2024-07-07|DAY",
    "省工信厅近日下发文件，部署先导区建设工作。|近日|2025-06-23|2025-07-07|WEEK",
    "记者日前从省发展改革委获悉，该项目已获批复。|日前|2025-06-23|2025-07-07|WEEK",
    "近期，多地出台了支持人工智能发展的措施。|近期|2025-06-23|2025-07-07|WEEK",
    "本周，调研组将赴三地开展实地调研。|本周|2025-07-07|2025-07-13|WEEK",
    "上周五，示范区建设推进会在成都召开。|上周五|2025-07-04|2025-07-04|DAY",
    "下周一上午，评审结果将在官网公示。|下周一上午|2025-07-14|2025-07-14|DAY",
    "今年9月1日，新版管理办法正式施行。|今年9月1日|2025-09-01|2025-09-01|DAY",
    "去年底，全市已建成各类算力中心12个。|去年底|2024-11-01|2024-12-31|SEASON",
    "今年上半年，全省软件业务收入同比增长一成。|今年上半年|2025-01-01|2025-06-30|HALF",
    "明年初，配套的实施细则将陆续出台。|明年初|2026-01-01|2026-02-28|SEASON",
    "今年年底前，各试点城市要完成评估。|今年年底前|2025-07-07|2025-12-31|SEASON",
    "本月19日，项目签约仪式在杭州举行。|本月19日|2025-07-19|2025-07-19|DAY",
    "上月底，首批订单已交付使用。|上月底|2025-06-21|2025-06-30|WEEK",
    "前晚8点，暴雨导致部分路段积水。|前晚8点|2025-07-05|2025-07-05|DAY",
    "本通知自即日起施行。|即日|2025-07-07|2025-07-07|DAY",
  })
  void relative_toReference(String sentence, String expected, String first, String last, Precision precision) {
    TimeExpression e = only(parse(sentence, REFERENCE));
    assertAt(e, sentence, expected);
    assertSpan(e, first, last, precision, YearSource.REFERENCE);
  }

  @Test
  void relative_withoutReference_unresolved() {
    String sentence = "昨天，专家组对项目进行了现场评审。";
    TimeExpression e = only(parseWithoutReference(sentence));
    assertAt(e, sentence, "昨天");
    assertUnresolved(e, Precision.DAY, Optional.empty());
  }

  @Test
  void relativeYearWithMonthDay_withoutReference_onlyMonthDay() {
    String sentence = "今年9月1日，新版管理办法正式施行。";
    TimeExpression e = only(parseWithoutReference(sentence));
    assertUnresolved(e, Precision.DAY, Optional.of(MonthDay.of(9, 1)));
  }

  @Test
  void relativeYear_afterStatedYear_countsFromStatedYear() {
    String text = "2022年，该市启动了智慧医疗试点。去年，试点医院仅有三家。";
    List<TimeExpression> found = parse(text, REFERENCE);
    assertEquals(2, found.size(), found::toString);
    assertAt(found.get(1), text, "去年");
    assertSpan(found.get(1), "2021-01-01", "2021-12-31", Precision.YEAR, YearSource.CONTEXT);
  }

  @Test
  void relativeDay_afterStatedYear_stillCountsFromReference() {
    String text = "2022年，该市启动了智慧医疗试点。昨天，第二批试点医院名单公布。";
    List<TimeExpression> found = parse(text, REFERENCE);
    assertSpan(found.get(1), "2025-07-06", "2025-07-06", Precision.DAY, YearSource.REFERENCE);
  }

  @Test
  void sameYear_takesStatedYear() {
    String text = "2019年，该园区正式挂牌。同年9月，首批企业入驻。";
    List<TimeExpression> found = parse(text, REFERENCE);
    assertEquals(2, found.size(), found::toString);
    assertAt(found.get(1), text, "同年9月");
    assertSpan(found.get(1), "2019-09-01", "2019-09-30", Precision.MONTH, YearSource.CONTEXT);
  }

  @Test
  void explainBeforeTheDayAfterTomorrow_isNotTomorrowAndTheDayAfter() {
    // 说明 is a word: 明后天 does not start inside it
    String sentence = "请说明后天的安排。";
    TimeExpression e = only(parse(sentence, REFERENCE));
    assertAt(e, sentence, "后天");
    assertSpan(e, "2025-07-09", "2025-07-09", Precision.DAY, YearSource.REFERENCE);
  }
}
