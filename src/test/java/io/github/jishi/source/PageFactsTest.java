package io.github.jishi.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Notices and their footers, metadata fields and page stamps, read as facts of the page. */
class PageFactsTest {
  private final DocumentReader reader = DocumentReader.create();

  private static final String ADDRESSEES = "各市县人民政府，省直各单位：";
  private static final String COVER = "现将《某省数据要素市场培育行动方案》印发给你们，请认真贯彻执行。";
  private static final String BODY = "为加快培育数据要素市场，推动数据资源开发利用，结合本省实际，制定本方案。";

  private SourceDocument read(String... lines) {
    return reader.readString(String.join("\n", lines), "notice.txt");
  }

  @Test
  void footer_issuerAndDateOnOwnLines_paired() {
    SourceDocument doc = read(ADDRESSEES, COVER, "某省人民政府办公厅", "2025年3月18日", BODY);

    NoticeFooter f = doc.facts().footer().orElseThrow();
    assertEquals("某省人民政府办公厅", f.issuer());
    assertEquals(LocalDate.of(2025, 3, 18), f.date());
    assertEquals("某省人民政府办公厅\n2025年3月18日", doc.text().substring(f.start(), f.end()));
    assertTrue(doc.facts().notice());
  }

  @Test
  void footer_noPageDate_becomesPublishDate() {
    SourceDocument doc = read(ADDRESSEES, COVER, "某省人民政府办公厅", "2025年3月18日", BODY);

    assertEquals(Optional.of(LocalDate.of(2025, 3, 18)), doc.published());
    assertEquals("footer", doc.publishedFrom());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 18)), doc.facts().signed());
  }

  @Test
  void footer_pageDateStated_pageDateWins() {
    SourceDocument doc = read("某省行动方案印发", "发布时间：2025-03-20", ADDRESSEES, COVER, "某省人民政府办公厅", "2025年3月18日", BODY);

    assertEquals(Optional.of(LocalDate.of(2025, 3, 20)), doc.published());
    assertEquals(LocalDate.of(2025, 3, 18), doc.facts().footer().orElseThrow().date());
  }

  @Test
  void footer_traditionalScriptAndChineseNumerals_read() {
    SourceDocument doc = read("為推進試點工作，經研究，確定以下城市為第二批試點城市。", "特此公告。", "某某部", "二〇二四年十二月三十一日");

    NoticeFooter f = doc.facts().footer().orElseThrow();
    assertEquals("某某部", f.issuer());
    assertEquals(LocalDate.of(2024, 12, 31), f.date());
  }

  @Test
  void footer_twoIssuers_joined() {
    SourceDocument doc = read(BODY, "特此通知。", "某某部", "某某委员会", "2023年7月1日");

    assertEquals("某某部、某某委员会", doc.facts().footer().orElseThrow().issuer());
  }

  @Test
  void footer_dateWithoutNoticePhrase_isNoFooter() {
    SourceDocument doc = read(BODY, "某省人民政府办公厅", "2025年3月18日");

    assertEquals(Optional.empty(), doc.facts().footer());
    assertFalse(doc.facts().notice());
  }

  @Test
  void footer_sentenceWithDate_isNoFooter() {
    SourceDocument doc = read(COVER, "会议定于2025年3月18日召开，请各单位准时参加。");

    assertEquals(Optional.empty(), doc.facts().footer());
  }

  @Test
  void metadata_signedAndPublishDatesKeptApart() {
    SourceDocument doc = read("某某复函", "发文机关：某某办公厅 成文日期：2024年10月20日", "发布日期：2024年10月25日", BODY);

    assertEquals(Optional.of(LocalDate.of(2024, 10, 25)), doc.published());
    assertEquals(Optional.of(LocalDate.of(2024, 10, 20)), doc.facts().signed());
    assertEquals("某某办公厅", doc.facts().issuer());
    assertFalse(doc.text().contains("成文日期"));
  }

  @Test
  void metadata_labelAloneThenValueLine_paired() {
    SourceDocument doc = read("某某复函", "成文日期：", "2024年10月20日", "發佈日期：", "2024年10月25日", BODY);

    assertEquals(Optional.of(LocalDate.of(2024, 10, 20)), doc.facts().signed());
    assertEquals(Optional.of(LocalDate.of(2024, 10, 25)), doc.published());
    assertEquals(BODY, doc.text());
  }

  @Test
  void metadata_spacedLabelsOfATable_read() {
    SourceDocument doc = read("索 引 号：000001/2024-00001", "标  题：关于同意设立某某新区的批复", "发布日期：2024-06-01", BODY);

    assertEquals("关于同意设立某某新区的批复", doc.title());
    assertEquals(Optional.of(LocalDate.of(2024, 6, 1)), doc.published());
  }

  @Test
  void metadata_expiryDate_isNoPublishDate() {
    SourceDocument doc = read("某某方案", "公开方式：主动公开 信息时效期：2029-03-31", BODY);

    assertEquals(Optional.empty(), doc.published());
    assertFalse(doc.text().contains("时效期"));
  }

  @Test
  void stamp_aloneUsedWithLowTrust() {
    SourceDocument doc = read("2024年12月14日 星期六", "某市启动数据要素试点", "今年以来，某市在2024年布局了三个数据要素试点项目，进展顺利。");

    assertEquals(Optional.of(LocalDate.of(2024, 12, 14)), doc.published());
    assertEquals("line stamp", doc.publishedFrom());
  }

  @Test
  void stamp_contradictedByTheText_notUsed() {
    SourceDocument doc = read("2024年12月14日 星期六", "某市启动数据要素试点", "2015年5月，某市启动了首批数据要素试点，2016年扩大到全市。");

    assertEquals(Optional.empty(), doc.published());
    assertEquals(Optional.of(LocalDate.of(2024, 12, 14)), doc.facts().stamp());
  }

  @Test
  void stamp_otherPageDate_wins() {
    SourceDocument doc = read("2024年12月14日 星期六", "某市启动数据要素试点", "发布时间：2016-03-18 09:40", BODY);

    assertEquals(Optional.of(LocalDate.of(2016, 3, 18)), doc.published());
    assertEquals("line 发布时间", doc.publishedFrom());
  }
}
