package io.github.jishi.internal.time;

import static io.github.jishi.internal.time.TimeAssertions.assertAt;
import static io.github.jishi.internal.time.TimeAssertions.assertSpan;
import static io.github.jishi.internal.time.TimeAssertions.only;
import static io.github.jishi.internal.time.TimeAssertions.parse;
import static io.github.jishi.internal.time.TimeAssertions.parseWithoutReference;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.time.Precision;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.time.YearSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short and written-out years, decades, dotted and slashed dates (reference 2025-07-07). */
class NumericAndShortYearTest {
  private static final String REFERENCE = "2025-07-07";

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "19年6月，新区挂牌成立。|19年6月|2019-06-01|2019-06-30|MONTH",
    "八五年，工厂建成投产。|八五年|1985-01-01|1985-12-31|YEAR",
    "发布于11.10.2014的旧文件已废止。|11.10.2014|2014-10-11|2014-10-11|DAY",
    "档案日期为10/31/1974。|10/31/1974|1974-10-31|1974-10-31|DAY",
    "90年代，这里还是一片农田。|90年代|1990-01-01|1999-12-31|MULTI_YEAR",
    "本世纪初，园区开始规划。|本世纪初|2001-01-01|2010-12-31|MULTI_YEAR",
    "民国113年5月15日，新制正式上路。|民国113年5月15日|2024-05-15|2024-05-15|DAY",
    "本办法自113年7月1日起施行。|113年7月1日|2024-07-01|2024-07-01|DAY",
    "民国三十八年，这座码头停止使用。|民国三十八年|1949-01-01|1949-12-31|YEAR",
    "八十年代，镇上办起了第一家乡镇企业。|八十年代|1980-01-01|1989-12-31|MULTI_YEAR",
    "上世纪九十年代末，港区开始填海。|上世纪九十年代末|1997-01-01|1999-12-31|MULTI_YEAR",
    "早在80年代中期，这里就有了夜校。|80年代中期|1984-01-01|1986-12-31|MULTI_YEAR",
    "二十年代初，新城的轨道交通将全部建成。|二十年代初|2020-01-01|2023-12-31|MULTI_YEAR",
    "1990年代初，这家船厂完成了第一次改制。|1990年代初|1990-01-01|1993-12-31|MULTI_YEAR",
    "2010年代，县里的电商产业从无到有。|2010年代|2010-01-01|2019-12-31|MULTI_YEAR",
    "发布时间：2025-06-30T09:30:00+08:00|2025-06-30T09:30:00+08:00|2025-06-30|2025-06-30|DAY",
    "数据更新于2025-06-30T18:05Z。|2025-06-30T18:05Z|2025-06-30|2025-06-30|DAY",
    "2022年第10周，全省新增病例明显回落。|2022年第10周|2022-03-07|2022-03-13|WEEK",
    "2020年第53周的客流为全年最低。|2020年第53周|2020-12-28|2021-01-03|WEEK",
  })
  void date_isRead(String sentence, String text, String first, String last, Precision p) {
    TimeExpression e = only(parse(sentence, REFERENCE));
    assertAt(e, sentence, text);
    assertSpan(e, first, last, p, e.yearSource());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "1980年代，这里是全省最大的纺织基地。|1980年代|1980-01-01|1989-12-31",
    "上世纪七十年代末，村里通了公路。|上世纪七十年代末|1977-01-01|1979-12-31",
  })
  void decadeWithItsCentury_needsNoReference(String sentence, String text, String first, String last) {
    // the century is written (1980年代) or fixed (上世纪): the years are stated, whatever the page's date
    TimeExpression e = only(parseWithoutReference(sentence));
    assertAt(e, sentence, text);
    assertSpan(e, first, last, Precision.MULTI_YEAR, YearSource.STATED);
  }

  @Test
  void dotDayName_isAMonthDay() {
    String sentence = "3·15晚会曝光了多家企业。";
    TimeExpression e = only(parse(sentence, REFERENCE));
    assertAt(e, sentence, "3·15");
    assertSpan(e, "2025-03-15", "2025-03-15", Precision.DAY, YearSource.REFERENCE);
  }

  @Test
  void ambiguousSlashDate_isNotRead() {
    assertTrue(parse("编号为3/4/2015的档案", REFERENCE).isEmpty());
  }

  @Test
  void yearsOfService_areNotAShortYear() {
    assertTrue(parse("他在基层工作了19年。", REFERENCE).isEmpty());
  }

  @Test
  void scoreWithColon_isNotAClockTime() {
    assertTrue(parse("主队以3:1获胜。", REFERENCE).isEmpty());
  }

  @Test
  void threeDigitYearWithoutItsDay_isNoRepublicYear() {
    // only a month and a day after it make 113年 a year of the Republic of China's calendar
    assertTrue(parse("建党100年5月，全市举办系列纪念活动。", REFERENCE).stream()
        .noneMatch(e -> e.date().map(d -> d.getYear() == 2011).orElse(false)));
  }
}
