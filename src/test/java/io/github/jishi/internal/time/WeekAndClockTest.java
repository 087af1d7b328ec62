package io.github.jishi.internal.time;

import static io.github.jishi.internal.time.TimeAssertions.assertAt;
import static io.github.jishi.internal.time.TimeAssertions.assertSpan;
import static io.github.jishi.internal.time.TimeAssertions.only;
import static io.github.jishi.internal.time.TimeAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.time.Precision;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.time.YearSource;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Relative days, weeks, weekdays and clock times, read on Wednesday 2025-07-09. */
class WeekAndClockTest {
  private static final String REFERENCE = "2025-07-09";

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "后天，新馆将对公众开放。|后天|2025-07-11|2025-07-11",
    "大前天，两地签署了合作协议。|大前天|2025-07-06|2025-07-06",
    "大后天，展会正式开幕。|大后天|2025-07-12|2025-07-12",
    "星期五，评审会在省城举行。|星期五|2025-07-11|2025-07-11",
    "礼拜天，志愿者走进社区。|礼拜天|2025-07-13|2025-07-13",
    "周一，方案将提交审议。|周一|2025-07-14|2025-07-14",
    "上星期二，专家组完成验收。|上星期二|2025-07-01|2025-07-01",
    "下下周三，第二批项目签约。|下下周三|2025-07-23|2025-07-23",
    "今晚8点，发布会在线上举行。|今晚8点|2025-07-09|2025-07-09",
    "前天晚上9时20分，首列车驶出站台。|前天晚上9时20分|2025-07-07|2025-07-07",
    "下午3:15，代表们抵达会场。|下午3:15|2025-07-09|2025-07-09",
    "正午12点，开幕式正式开始。|正午12点|2025-07-09|2025-07-09",
    "首班车早6点准时发车。|6点|2025-07-09|2025-07-09",
    "明天午间12时30分，首班车从新站发出。|明天午间12时30分|2025-07-10|2025-07-10",
    "凌晨两点半，抢修队完成了管线更换。|凌晨两点半|2025-07-09|2025-07-09",
    "明天上午9点至11点，窗口暂停办理业务。|明天上午9点至11点|2025-07-10|2025-07-10",
    "今晚8点到10点，广场将举行灯光秀。|今晚8点到10点|2025-07-09|2025-07-09",
  })
  void day_isCountedFromTheReference(String sentence, String text, String first, String last) {
    TimeExpression e = only(parse(sentence, REFERENCE));
    assertAt(e, sentence, text);
    assertSpan(e, first, last, Precision.DAY, YearSource.REFERENCE);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "这周，各区将报送进展。|这周|2025-07-07|2025-07-13",
    "上上周，示范区召开推进会。|上上周|2025-06-23|2025-06-29",
    "这个周末，园区开放参观。|这个周末|2025-07-11|2025-07-13",
    "本周末，市民可免费参观科技馆。|本周末|2025-07-11|2025-07-13",
    "上周三到周五，调研组走访了六个区县。|上周三到周五|2025-07-02|2025-07-04",
    "本周一至周三，展馆闭馆检修。|本周一至周三|2025-07-07|2025-07-09",
    "下周二至四，培训班在党校举办。|下周二至四|2025-07-15|2025-07-17",
  })
  void week_orDaysOfIt_staysInThatWeek(String sentence, String text, String first, String last) {
    TimeExpression e = only(parse(sentence, REFERENCE));
    assertAt(e, sentence, text);
    assertSpan(e, first, last, Precision.WEEK, YearSource.REFERENCE);
  }

  @Test
  void weekdayRange_backwards_isTwoDays() {
    // 周五至周一 runs into the next week: each day is read on its own
    assertEquals(2, parse("上周五至周一，系统停机维护。", REFERENCE).size());
  }

  @Test
  void clockAfterRelativeMonthDay_keepsTheDay() {
    String sentence = "下月15号18:30，项目将集中开工。";
    TimeExpression e = only(parse(sentence, REFERENCE));
    assertAt(e, sentence, "下月15号18:30");
    assertSpan(e, "2025-08-15", "2025-08-15", Precision.DAY, YearSource.REFERENCE);
  }

  @Test
  void relativeMonthDayInNumerals_isRead() {
    String sentence = "下个月二十号，新规正式施行。";
    TimeExpression e = only(parse(sentence, REFERENCE));
    assertAt(e, sentence, "下个月二十号");
    assertSpan(e, "2025-08-20", "2025-08-20", Precision.DAY, YearSource.REFERENCE);
  }

  @Test
  void clockAlone_isTheReferenceDay() {
    String sentence = "会议15:30开始。";
    TimeExpression e = only(parse(sentence, REFERENCE));
    assertAt(e, sentence, "15:30");
    assertSpan(e, "2025-07-09", "2025-07-09", Precision.DAY, YearSource.REFERENCE);
  }

  @Test
  void hoursAfterALateReference_crossMidnight() {
    String sentence = "三小时后，列车抵达终点。";
    List<TimeExpression> found = TimeParser.create().parse(sentence, TimeContext.at(LocalDateTime.parse("2025-07-09T23:00")));
    assertSpan(only(found), "2025-07-09", "2025-07-10", Precision.WEEK, YearSource.REFERENCE);
  }

  @Test
  void listOfPoints_isNotAClockTime() {
    assertEquals(List.of(), parse("会议提出三点意见。", REFERENCE));
  }

  @Test
  void workingWeek_isNotADate() {
    assertTrue(parse("窗口周一至周五对外办公。", REFERENCE).isEmpty());
  }

  @Test
  void everyWeekday_isNotADate() {
    assertTrue(parse("每周五下午开展集中学习。", REFERENCE).isEmpty());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "2024年3月，新区挂牌，同月首批企业入驻。|同月|2024-03-01|2024-03-31|MONTH|STATED",
    "5月举办首届展会，当月签约项目30个。|当月|2025-05-01|2025-05-31|MONTH|REFERENCE",
    "2023年12月，方案获批，次月正式挂牌。|次月|2024-01-01|2024-01-31|MONTH|STATED",
    "2019年3月，园区开工建设，当年年底建成投用。|当年年底|2019-11-01|2019-12-31|SEASON|CONTEXT",
  })
  void secondExpression_countsFromTheMonthOrYearNamedBefore(String sentence, String text, String first, String last,
      Precision precision, YearSource source) {
    TimeExpression e = parse(sentence, REFERENCE).get(1);
    assertAt(e, sentence, text);
    assertSpan(e, first, last, precision, source);
  }

  @Test
  void thatYearOf_backThen_isNoDate() {
    assertTrue(parse("当年的小渔村，如今已是现代化新城。", REFERENCE).isEmpty());
  }
}
