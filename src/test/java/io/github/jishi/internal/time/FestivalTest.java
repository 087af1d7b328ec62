package io.github.jishi.internal.time;

import static io.github.jishi.internal.time.TimeAssertions.assertAt;
import static io.github.jishi.internal.time.TimeAssertions.assertSpan;
import static io.github.jishi.internal.time.TimeAssertions.only;
import static io.github.jishi.internal.time.TimeAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.time.Precision;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.time.YearSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Festivals, lunar dates and solar terms: the year a page gives them, else its own (2023-06-15 here). */
class FestivalTest {
  private static final String REFERENCE = "2023-06-15";

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "春节期间，景区接待游客百万人次。|春节|2023-01-22|REFERENCE",
    "今年中秋，月饼销量同比上升。|今年中秋|2023-09-29|REFERENCE",
    "2020年端午节，龙舟赛如期举行。|2020年端午节|2020-06-25|STATED",
    "国庆节前后，商圈客流明显增加。|国庆节|2023-10-01|REFERENCE",
    "元宵节当晚，灯会吸引大批市民。|元宵节|2023-02-05|REFERENCE",
    "七夕当天，婚姻登记处排起长队。|七夕|2023-08-22|REFERENCE",
    "七一建党节前夕，社区组织党员重温入党誓词。|七一建党节|2023-07-01|REFERENCE",
    "“五一”假期，全市接待游客三百万人次。|五一|2023-05-01|REFERENCE",
    "十一黄金周，各大景区实行预约入园。|十一|2023-10-01|REFERENCE",
    "圣诞夜，商场延长营业至午夜。|圣诞夜|2023-12-24|REFERENCE",
    "重阳节，社区为老人送去慰问。|重阳节|2023-10-23|REFERENCE",
    "五一假期，全市旅游收入创新高。|五一|2023-05-01|REFERENCE",
    "元旦，新规正式施行。|元旦|2023-01-01|REFERENCE",
    "农历八月十五，全家团聚赏月。|农历八月十五|2023-09-29|REFERENCE",
    "正月初六，企业陆续复工。|正月初六|2023-01-27|REFERENCE",
    "2020年闰四月初八，寺院举行法会。|2020年闰四月初八|2020-05-30|STATED",
    "清明节，市民错峰祭扫。|清明节|2023-04-05|REFERENCE",
    "冬至，各地吃饺子迎节。|冬至|2023-12-22|REFERENCE",
    "2021年冬至，气温骤降。|2021年冬至|2021-12-21|STATED",
    "五月第二个星期日是母亲节。|五月第二个星期日|2023-05-14|REFERENCE",
    "双十一期间，快递业务量创下新高。|双十一|2023-11-11|REFERENCE",
    "2022年双11当天，平台成交额再创纪录。|2022年双11|2022-11-11|STATED",
    "黑色星期五，海外商场人头攒动。|黑色星期五|2023-11-24|REFERENCE",
  })
  void festival_isPlacedInItsYear(String sentence, String text, String day, YearSource source) {
    TimeExpression e = parse(sentence, REFERENCE).get(0);
    assertAt(e, sentence, text);
    assertSpan(e, day, day, Precision.DAY, source);
  }

  @Test
  void lunarMonth_coversItsDays() {
    String sentence = "腊月里，年货市场格外热闹。";
    TimeExpression e = only(parse(sentence, REFERENCE));
    assertAt(e, sentence, "腊月");
    assertSpan(e, "2022-12-23", "2023-01-21", Precision.MONTH, YearSource.REFERENCE);
  }

  @Test
  void rainwaterAsWeather_isNotASolarTerm() {
    assertTrue(parse("连日雨水偏多，农田积水严重。", REFERENCE).isEmpty());
  }

  @Test
  void heavySnow_isNotASolarTerm() {
    assertTrue(parse("受大雪影响，部分航班取消。", REFERENCE).isEmpty());
  }

  @Test
  void missingLeapMonth_givesNothing() {
    assertTrue(parse("2023年闰四月初八", REFERENCE).isEmpty());
  }
}
