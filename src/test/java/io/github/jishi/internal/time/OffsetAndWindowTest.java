package io.github.jishi.internal.time;

import static io.github.jishi.internal.time.TimeAssertions.assertAt;
import static io.github.jishi.internal.time.TimeAssertions.assertSpan;
import static io.github.jishi.internal.time.TimeAssertions.only;
import static io.github.jishi.internal.time.TimeAssertions.parse;

import io.github.jishi.time.Precision;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.time.YearSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts of units before or after the reference (a Monday, 2025-07-07), and windows around it. */
class OffsetAndWindowTest {
  private static final String REFERENCE = "2025-07-07";

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "五天后，评审组将公布结果。|五天后|2025-07-08|2025-07-12|WEEK",
    "两周前，首批设备运抵现场。|两周前|2025-06-23|2025-07-06|MONTH",
    "三个半月后，新园区投入使用。|三个半月后|2025-07-08|2025-10-22|HALF",
    "一年半前，该项目完成立项。|一年半前|2024-01-07|2025-07-06|MULTI_YEAR",
    "二十分钟后，现场恢复通行。|二十分钟后|2025-07-07|2025-07-07|DAY",
    "十几天前，专家组到访园区。|十几天前|2025-06-18|2025-07-06|MONTH",
    "两个月之前，试点工作已经启动。|两个月之前|2025-05-01|2025-06-30|QUARTER",
    "三年后，新城将基本建成。|三年后|2026-01-01|2028-12-31|MULTI_YEAR",
  })
  void offset_coversTheUnitsBetweenItAndTheReference(String sentence, String text, String first, String last, Precision p) {
    TimeExpression e = only(parse(sentence, REFERENCE));
    assertAt(e, sentence, text);
    assertSpan(e, first, last, p, YearSource.REFERENCE);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "近两周，全市新增注册企业八百家。|近两周|2025-06-24|2025-07-07|MONTH",
    "未来三年内，全省将建成十个示范区。|未来三年内|2025-07-07|2028-07-06|MULTI_YEAR",
    "今后五年，开发区每年新增一批专精特新企业。|今后五年|2025-07-07|2030-07-06|MULTI_YEAR",
    "过去六个月，平台交易额稳步增长。|过去六个月|2025-01-08|2025-07-07|HALF",
    "上两天，调研组走访了五家企业。|上两天|2025-07-05|2025-07-06|WEEK",
    "下三个月，园区将分批开放。|下三个月|2025-08-01|2025-10-31|QUARTER",
    "前两年，该市引进人才三千名。|前两年|2023-01-01|2024-12-31|MULTI_YEAR",
    "前两个季度，订单量连续下滑。|前两个季度|2025-01-01|2025-06-30|HALF",
    "后三小时内将有强降雨。|后三小时|2025-07-07|2025-07-07|DAY",
    "十年来，产业规模翻了一番。|十年来|2015-07-08|2025-07-07|MULTI_YEAR",
    "整改须在三天内完成。|三天内|2025-07-07|2025-07-09|WEEK",
    "项目力争两年内建成投产。|两年内|2025-07-07|2027-07-06|MULTI_YEAR",
    "窗口承诺30分钟之内办结。|30分钟之内|2025-07-07|2025-07-07|DAY",
  })
  void window_endsOrStartsAtTheReference(String sentence, String text, String first, String last, Precision p) {
    TimeExpression e = only(parse(sentence, REFERENCE));
    assertAt(e, sentence, text);
    assertSpan(e, first, last, p, YearSource.REFERENCE);
  }
}
