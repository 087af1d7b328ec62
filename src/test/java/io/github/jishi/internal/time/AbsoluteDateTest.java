package io.github.jishi.internal.time;

import static io.github.jishi.internal.time.TimeAssertions.assertAt;
import static io.github.jishi.internal.time.TimeAssertions.assertSpan;
import static io.github.jishi.internal.time.TimeAssertions.only;
import static io.github.jishi.internal.time.TimeAssertions.parse;
import static io.github.jishi.internal.time.TimeAssertions.parseWithoutReference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.time.Precision;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.time.YearSource;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates that state their year: the reference date plays no part. */
class AbsoluteDateTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "2021年2月19日，工业和信息化部公布第二批先导区名单。|2021年2月19日|2021-02-19|2021-02-19|DAY",
    "该通知的发布日期为2021-02-20，自发布之日起施行。|2021-02-20|2021-02-20|2021-02-20|DAY",
    "会议纪要落款日期是2021/2/19，共印发20份。|2021/2/19|2021-02-19|2021-02-19|DAY",
    "文件的成文时间为2021.2.19，由办公厅负责解释。|2021.2.19|2021-02-19|2021-02-19|DAY",
    "2021年2月，五个城市获批建设先导区。|2021年2月|2021-02-01|2021-02-28|MONTH",
    "2024年2月，试点城市名单正式公布。|2024年2月|2024-02-01|2024-02-29|MONTH",
    "2021年，全国人工智能核心产业规模继续扩大。|2021年|2021-01-01|2021-12-31|YEAR",
    "二〇二一年，该市共新增高新技术企业百余家。|二〇二一年|2021-01-01|2021-12-31|YEAR",
    "本办法自二零二一年三月五日起施行。|二零二一年三月五日|2021-03-05|2021-03-05|DAY",
    "二〇二一年十二月三十一日前完成验收。|二〇二一年十二月三十一日|2021-12-31|2021-12-31|DAY",
    "2022年10月08日08:43，记者从市经信委获悉该项目已开工。|2022年10月08日08:43|2022-10-08|2022-10-08|DAY",
    "2021年2月19日上午，专家组对试点工作进行了评估。|2021年2月19日上午|2021-02-19|2021-02-19|DAY",
    "2023年5月6日10时30分，第一批设备运抵现场。|2023年5月6日10时30分|2023-05-06|2023-05-06|DAY",
    "2021年度，全市数字经济增加值同比增长12%。|2021年度|2021-01-01|2021-12-31|YEAR",
    "2023年元月，新港区正式开港。|2023年元月|2023-01-01|2023-01-31|MONTH",
    "2023年5、6月，两条新线相继开通。|2023年5、6月|2023-05-01|2023-06-30|MONTH",
    "2023年元月6日，首趟中欧班列从新港区发车。|2023年元月6日|2023-01-06|2023-01-06|DAY",
    "2024年5月8日（星期三）上午9时，论坛在会展中心开幕。|2024年5月8日（星期三）上午9时|2024-05-08|2024-05-08|DAY",
    "报名截止时间为2024年5月8日(周三)。|2024年5月8日(周三)|2024-05-08|2024-05-08|DAY",
    "2024年11月16日星期六上午9时，马拉松鸣枪开跑。|2024年11月16日星期六上午9时|2024-11-16|2024-11-16|DAY",
    "2024年5月20日晚8点，烟花表演准时开始。|2024年5月20日晚8点|2024-05-20|2024-05-20|DAY",
  })
  void absolute_statedYear(String sentence, String expected, String first, String last, Precision precision) {
    TimeExpression e = only(parse(sentence, "2025-07-07"));
    assertAt(e, sentence, expected);
    assertSpan(e, first, last, precision, YearSource.STATED);
  }

  @Test
  void absolute_isoDateWithClockTime() {
    String line = "发布时间：2021-02-20 09:15  来源：本网";
    TimeExpression e = only(parse(line, "2025-07-07"));
    assertAt(e, line, "2021-02-20 09:15");
    assertSpan(e, "2021-02-20", "2021-02-20", Precision.DAY, YearSource.STATED);
  }

  @Test
  void absolute_withoutReference_stillResolved() {
    String sentence = "2021年2月19日，工业和信息化部公布第二批先导区名单。";
    TimeExpression e = only(parseWithoutReference(sentence));
    assertSpan(e, "2021-02-19", "2021-02-19", Precision.DAY, YearSource.STATED);
    assertEquals(Optional.of(MonthDay.of(2, 19)), e.monthDay());
  }

  @Test
  void absolute_twoDatesInOneSentence_inOrder() {
    String sentence = "项目于2021年3月1日立项，2022年6月30日通过验收。";
    List<TimeExpression> found = parse(sentence, "2025-07-07");
    assertEquals(2, found.size(), found::toString);
    assertAt(found.get(0), sentence, "2021年3月1日");
    assertAt(found.get(1), sentence, "2022年6月30日");
  }

  @Test
  void absolute_leapDayInCommonYear_notADate() {
    assertEquals(List.of(), parse("系统显示的签发日期为2023年2月29日，明显有误。", "2025-07-07"));
  }

  @Test
  void absolute_leapDayInLeapYear_isADate() {
    String sentence = "2024年2月29日，平台完成了首次升级。";
    TimeExpression e = only(parse(sentence, "2025-07-07"));
    assertSpan(e, "2024-02-29", "2024-02-29", Precision.DAY, YearSource.STATED);
  }

  @Test
  void bracketAfterADay_thatIsNoWeekday_isLeftOut() {
    String sentence = "2024年5月8日（暂定），论坛在会展中心开幕。";
    TimeExpression e = only(parse(sentence, "2025-07-07"));
    assertAt(e, sentence, "2024年5月8日");
  }

  @Test
  void monthsListedWithAGap_areNoSpan() {
    // 3、6、9月 are three months, not March to September
    String sentence = "2023年3、6、9月，园区分三批交付。";
    assertTrue(parse(sentence, "2025-07-07").stream().noneMatch(e -> e.text().contains("3、6")));
  }
}
