package io.github.jishi.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Publish dates from metadata values and from the header lines of a page. */
class PublishDateParserTest {
  private final DocumentReader reader = DocumentReader.create();

  private static final String BODY =
      "嘉兴市发展改革委近日印发通知，明确今年将新建五个数字化改革应用场景，并纳入年度考核。";

  private static Optional<LocalDate> header(String line) {
    return PublishDateParser.headerDate(line).map(PublishDateParser.HeaderDate::date);
  }

  @Test
  void headerLine_labelledWithTimeAndAuthor() {
    assertEquals(Optional.of(LocalDate.of(2025, 7, 7)), header("发布时间:2025-07-07 03:24:12   作者:小编   我要评论"));
  }

  @Test
  void headerLine_dateFirstThenSource() {
    assertEquals(Optional.of(LocalDate.of(2021, 2, 20)), header("2021-02-20 06:19  来源:中国证券报"));
  }

  @Test
  void headerLine_chineseDateFusedWithTimeAndTraditionalSource() {
    assertEquals(Optional.of(LocalDate.of(2022, 10, 8)), header("2022年10月08日08:43 | 来源:人民网"));
  }

  @Test
  void headerLine_chineseDateThenEmptySource() {
    assertEquals(Optional.of(LocalDate.of(2025, 10, 10)), header("2025年10月10日 来源:"));
  }

  @Test
  void headerLine_fullWidthColonLabel() {
    assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), header("发布日期：2024-03-01"));
  }

  @Test
  void headerLine_slashDate() {
    assertEquals(Optional.of(LocalDate.of(2023, 5, 6)), header("时间：2023/05/06"));
  }

  @Test
  void headerLine_sourceBeforeDate() {
    assertEquals(Optional.of(LocalDate.of(2023, 5, 6)), header("来源：某某日报 2023-05-06 10:00"));
  }

  @Test
  void headerLine_dottedDayMonthYear() {
    assertEquals(Optional.of(LocalDate.of(2014, 10, 12)), header("12.10.2014  10:05"));
  }

  @Test
  void headerLine_dottedDayMonthYear_dayAboveTwelve() {
    assertEquals(Optional.of(LocalDate.of(2017, 10, 25)), header("25.10.2017"));
  }

  @Test
  void headerLine_slashedYearLast_dayFirstWhenUnambiguous() {
    assertEquals(Optional.of(LocalDate.of(2014, 10, 25)), header("25/10/2014 09:00"));
  }

  @Test
  void headerLine_slashedYearLast_ambiguousIsIgnored() {
    assertEquals(Optional.empty(), header("05/10/2014"));
  }

  @Test
  void headerLine_slashedYearFirst() {
    assertEquals(Optional.of(LocalDate.of(2024, 6, 18)), header("2024/06/18 08:15:00"));
  }

  @Test
  void headerLine_agencyBylineWithDottedDate() {
    Optional<PublishDateParser.HeaderDate> d = PublishDateParser.headerDate("某某社/ 2019.05.06 08:00");

    assertEquals(Optional.of(LocalDate.of(2019, 5, 6)), d.map(PublishDateParser.HeaderDate::date));
    assertEquals("byline", d.orElseThrow().label());
  }

  @Test
  void headerLine_bylineFollowedByProse_isNoHeader() {
    assertEquals(Optional.empty(), header("某某社/ 2019.05.06 召开座谈会"));
  }

  @Test
  void headerLine_dateWithWeekday_isAStamp() {
    assertEquals("stamp", PublishDateParser.headerDate("2024年12月14日 星期六").orElseThrow().kind());
  }

  @Test
  void headerLine_wordsThenDateWithWeekday_isAStamp() {
    assertEquals("stamp", PublishDateParser.headerDate("今天是 2024年12月14日 星期六").orElseThrow().kind());
  }

  @Test
  void headerLine_expiryLabel_isNoDate() {
    assertEquals(Optional.empty(), header("信息时效期:2029-03-31"));
  }

  @Test
  void headerLine_signedLabel_keepsItsKind() {
    assertEquals("signed", PublishDateParser.headerDate("成文日期：2024年10月27日").orElseThrow().kind());
  }

  @Test
  void fields_severalOnOneLine() {
    assertEquals(
        java.util.List.of(
            new PublishDateParser.Field("发文机关", "issuer", "某某办公厅"),
            new PublishDateParser.Field("成文日期", "signed", "2024年10月27日")),
        PublishDateParser.fields("发文机关: 某某办公厅 成文日期: 2024年10月27日"));
  }

  @Test
  void fields_lineNotOpeningWithALabel_none() {
    assertEquals(java.util.List.of(), PublishDateParser.fields("会议明确了发文机关：某某办公厅"));
  }

  @Test
  void page_leadOpeningWithLabelledDate_givesPublishDate() {
    SourceDocument doc = reader.readString("date 2026-04-02 " + BODY, "x.txt");

    assertEquals(Optional.of(LocalDate.of(2026, 4, 2)), doc.published());
  }

  @Test
  void page_dottedDatePageHead_givesPublishDate() {
    SourceDocument doc = reader.readString("嘉兴数字化改革通知\n\n12.10.2014  10:05\n\n" + BODY, "x.txt");

    assertEquals(Optional.of(LocalDate.of(2014, 10, 12)), doc.published());
  }

  @Test
  void headerLine_sentenceStartingWithDateIsNotAHeader() {
    assertEquals(Optional.empty(), header("2022年7月26日，国务院常务会议审议通过了相关条例草案。"));
  }

  @Test
  void headerLine_impossibleDateIsIgnored() {
    assertEquals(Optional.empty(), header("发布时间：2024-02-30"));
  }

  @Test
  void value_isoWithOffsetKeepsWrittenDay() {
    assertEquals(Optional.of(LocalDate.of(2022, 7, 26)), PublishDateParser.parse("2022-07-26T23:39:51-05:00"));
  }

  @Test
  void value_rfc1123() {
    assertEquals(Optional.of(LocalDate.of(2022, 7, 26)), PublishDateParser.parse("Tue, 26 Jul 2022 08:39:51 GMT"));
  }

  @Test
  void value_chinese() {
    assertEquals(Optional.of(LocalDate.of(2022, 7, 26)), PublishDateParser.parse("2022年7月26日"));
  }

  @Test
  void value_epochSecondsInChinaTime() {
    // 2022-07-25T16:30:00Z is already 26 July in Beijing.
    assertEquals(Optional.of(LocalDate.of(2022, 7, 26)), PublishDateParser.parse("1658766600"));
  }

  @Test
  void value_compactDigits() {
    assertEquals(Optional.of(LocalDate.of(2024, 1, 5)), PublishDateParser.parse("20240105"));
  }

  @Test
  void value_garbageIsEmpty() {
    assertEquals(Optional.empty(), PublishDateParser.parse("昨天"));
  }

  @Test
  void url_datePath() {
    assertEquals(Optional.of(LocalDate.of(2022, 7, 26)), PublishDateParser.fromUrl("https://gov.example.cn/zcwj/t20220726_1234.html"));
  }

  @Test
  void page_publishLabelPreferredOverDraftingDate() {
    SourceDocument doc =
        reader.readString("嘉兴数字化改革通知\n成文日期：2024年02月27日\n发布日期：2024年03月01日\n" + BODY, "x.txt");

    assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), doc.published());
    assertEquals("line 发布日期", doc.publishedFrom());
  }

  @Test
  void page_datesInRelatedListDoNotCount() {
    SourceDocument doc =
        reader.readString(
            String.join("\n", "嘉兴数字化改革通知", BODY, BODY, "相关新闻", "湖州发布数字乡村方案", "2025-04-01", "绍兴启动智造攻坚", "2025-03-30"),
            "x.txt");

    assertEquals(Optional.empty(), doc.published());
    assertEquals("", doc.publishedFrom());
  }

  @Test
  void page_dateLineAfterStoryBeganDoesNotCount() {
    SourceDocument doc = reader.readString(String.join("\n", "嘉兴数字化改革通知", BODY, "2024-05-06 10:00", BODY), "x.txt");

    assertEquals(Optional.empty(), doc.published());
  }

  @Test
  void page_withoutDateLineHasNoDate() {
    SourceDocument doc = reader.readString("嘉兴数字化改革通知\n" + BODY, "x.txt");

    assertEquals(Optional.empty(), doc.published());
  }
}
