package io.github.jishi.internal.time;

import static io.github.jishi.internal.time.TimeAssertions.PARSER;
import static io.github.jishi.internal.time.TimeAssertions.assertAt;
import static io.github.jishi.internal.time.TimeAssertions.assertSpan;
import static io.github.jishi.internal.time.TimeAssertions.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jishi.time.Precision;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.time.YearSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The year a document states carries to its later 今年 and year-less dates. */
class YearContextTest {
  private static final LocalDate REPOSTED = LocalDate.of(2025, 7, 7);

  @Test
  void editionYear_carriesToThisYearAndLaterMonthDay_inRepostedPage() {
    String text = "2022世界人工智能大会定于今年9月1日—3日在上海世博中心召开。8月26日上午，组委会介绍了筹备情况。";
    List<TimeExpression> found = PARSER.parse(text, REPOSTED);
    assertEquals(3, found.size(), found::toString);

    TimeExpression edition = found.get(0);
    assertEquals(0, edition.start());
    assertEquals(4, edition.end());
    assertSpan(edition, "2022-01-01", "2022-12-31", Precision.YEAR, YearSource.STATED);

    TimeExpression congress = found.get(1);
    assertEquals("今年9月1日—3日", congress.text());
    assertEquals(14, congress.start());
    assertEquals(23, congress.end());
    assertSpan(congress, "2022-09-01", "2022-09-03", Precision.DAY, YearSource.CONTEXT);

    TimeExpression briefing = found.get(2);
    assertAt(briefing, text, "8月26日上午");
    assertSpan(briefing, "2022-08-26", "2022-08-26", Precision.DAY, YearSource.CONTEXT);
  }

  @Test
  void statedYear_carriesToLaterSentence_withSameContext() {
    TimeContext context = TimeContext.of(REPOSTED);
    PARSER.parse("2021年，该市获批建设人工智能先导区。", context);
    assertEquals(Optional.of(2021), context.contextYear());

    String next = "2月19日，首批入驻企业名单对外公布。";
    TimeExpression e = only(PARSER.parse(next, context));
    assertAt(e, next, "2月19日");
    assertSpan(e, "2021-02-19", "2021-02-19", Precision.DAY, YearSource.CONTEXT);
  }

  @Test
  void statedYear_notCarried_withFreshContext() {
    PARSER.parse("2021年，该市获批建设人工智能先导区。", TimeContext.of(REPOSTED));
    TimeExpression e = only(PARSER.parse("2月19日，首批入驻企业名单对外公布。", REPOSTED));
    assertSpan(e, "2025-02-19", "2025-02-19", Precision.DAY, YearSource.REFERENCE);
  }

  @Test
  void thisYear_afterStatedYearInSameSentence_isStatedYear() {
    String sentence = "作为2022年的重点工作，今年全市将新建5G基站两万个。";
    List<TimeExpression> found = PARSER.parse(sentence, REPOSTED);
    assertEquals(2, found.size(), found::toString);
    assertAt(found.get(1), sentence, "今年");
    assertSpan(found.get(1), "2022-01-01", "2022-12-31", Precision.YEAR, YearSource.CONTEXT);
  }

  @Test
  void statedYear_withoutReference_resolvesLaterMonthDay() {
    TimeContext context = TimeContext.withoutReference();
    String text = "2022年，该市获批建设先导区。8月26日，建设方案通过评审。";
    List<TimeExpression> found = PARSER.parse(text, context);
    assertSpan(found.get(1), "2022-08-26", "2022-08-26", Precision.DAY, YearSource.CONTEXT);
    assertEquals(Optional.of(2022), context.contextYear());
  }

  @Test
  void laterStatedYear_replacesEarlier() {
    TimeContext context = TimeContext.of(REPOSTED);
    PARSER.parse("2019年，园区正式挂牌。2021年，二期工程开工。", context);
    assertEquals(Optional.of(2021), context.contextYear());
  }

  @Test
  void yearRange_doesNotSetContext() {
    TimeContext context = TimeContext.of(LocalDate.of(2025, 10, 10));
    String text = "市里出台了算力设施三年规划（2025—2027年）。今年，首个智算中心将投入运营。";
    List<TimeExpression> found = PARSER.parse(text, context);
    assertEquals(Optional.empty(), context.contextYear());
    assertSpan(found.get(1), "2025-01-01", "2025-12-31", Precision.YEAR, YearSource.REFERENCE);
  }

  @Test
  void targetYear_doesNotSetContext() {
    TimeContext context = TimeContext.of(REPOSTED);
    PARSER.parse("到2035年，基本建成智慧城市。", context);
    assertEquals(Optional.empty(), context.contextYear());
  }

  @Test
  void deadlineYear_doesNotSetContext() {
    TimeContext context = TimeContext.of(REPOSTED);
    PARSER.parse("力争2030年前实现碳达峰。", context);
    assertEquals(Optional.empty(), context.contextYear());
  }

  @Test
  void sinceYear_doesNotSetContext() {
    TimeContext context = TimeContext.of(REPOSTED);
    PARSER.parse("2019年以来，全市累计引进项目百余个。", context);
    assertEquals(Optional.empty(), context.contextYear());
  }

  @Test
  void yearAfterReference_doesNotSetContext() {
    TimeContext context = TimeContext.of(REPOSTED);
    String text = "2026年将举办第五届博览会。今年的筹备工作已经启动。";
    List<TimeExpression> found = PARSER.parse(text, context);
    assertEquals(Optional.empty(), context.contextYear());
    assertSpan(found.get(1), "2025-01-01", "2025-12-31", Precision.YEAR, YearSource.REFERENCE);
  }

  @Test
  void statedYear_overridesMonthsAheadRule() {
    String text = "2024年，该市启动智慧医疗试点。12月5日，首批医院接入平台。";
    List<TimeExpression> found = PARSER.parse(text, LocalDate.of(2025, 7, 7));
    assertSpan(found.get(1), "2024-12-05", "2024-12-05", Precision.DAY, YearSource.CONTEXT);
  }
}
