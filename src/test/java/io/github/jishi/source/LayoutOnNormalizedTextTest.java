package io.github.jishi.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Datelines and header dates read after normalizing, with offsets into the text as written. */
class LayoutOnNormalizedTextTest {
  private final DocumentReader reader = DocumentReader.create();

  private static final String STORY = "浙江省今天发布支持数字经济发展的十条措施，涵盖算力、数据和人才。";

  private SourceDocument read(String... lines) {
    return reader.readString(String.join("\n", lines), "page.txt");
  }

  @Test
  void dateline_withPinyinAnnotations_foundAndMappedBack() {
    SourceDocument doc = read("新華網(wǎng)杭州3月5日電 浙江省今天發(fā)布支持數(shù)字經(jīng)濟(jì)發(fā)展的十條措施。");

    Dateline d = doc.dateline().orElseThrow();
    assertEquals("新華網(wǎng)杭州3月5日電", d.text());
    assertEquals("杭州", d.place());
    assertEquals(Optional.of(MonthDay.of(3, 5)), d.monthDay());
    assertEquals(d.text(), doc.text().substring(d.start(), d.end()));
  }

  @Test
  void dateline_traditionalPlace_givenSimplified() {
    Dateline d = read("中新社廣州9月2日電 廣東省今天舉行人工智能產業大會，多個項目現場簽約。").dateline().orElseThrow();

    assertEquals("广州", d.place());
    assertEquals("中新社廣州9月2日電", d.text());
  }

  @Test
  void dateline_spacedDate_readWhole() {
    Dateline d = read("新华社北京 3 月 5 日电 " + STORY).dateline().orElseThrow();

    assertEquals(Optional.of(MonthDay.of(3, 5)), d.monthDay());
    assertEquals("新华社北京 3 月 5 日电", d.text());
  }

  @Test
  void dateline_withYear_givesPublishDate() {
    SourceDocument doc = read("新华社北京2019年5月6日电 " + STORY);

    assertEquals(Optional.of(LocalDate.of(2019, 5, 6)), doc.dateline().orElseThrow().date());
    assertEquals(Optional.of(LocalDate.of(2019, 5, 6)), doc.published());
    assertEquals("dateline", doc.publishedFrom());
  }

  @Test
  void dateline_afterRepeatedHeadlineAndCaption_stillInReach() {
    SourceDocument doc = read(
        "浙江发布数字经济十条",
        "2025-03-05 10:00 来源：某某网",
        "导语：十条措施覆盖算力、数据和人才，力度空前，各方关注。",
        "浙江发布数字经济十条",
        "发布会现场。本报记者 某某 摄",
        "会议背景材料一份，请参阅附件说明文字。",
        "新华社杭州3月5日电 " + STORY);

    Dateline d = doc.dateline().orElseThrow();
    assertEquals("杭州", d.place());
    assertEquals("caption", reasonOf(doc, "发布会现场"));
  }

  @Test
  void dateline_fourthStoryParagraph_stillTooLate() {
    SourceDocument doc = read(STORY, STORY, STORY, "新华社北京3月5日电 " + STORY);

    assertEquals(Optional.empty(), doc.dateline());
  }

  @Test
  void reporterDateline_namesSeparatedBySpaces_givesPlace() {
    Dateline d = read("浙江發布數字經濟十條", "本報記者 王五 北京報道", STORY).dateline().orElseThrow();

    assertEquals("北京", d.place());
    assertEquals("本報記者 王五 北京報道", d.text());
  }

  @Test
  void headerDate_spacedChineseDate_readWhole() {
    SourceDocument doc = read("浙江发布数字经济十条", "发布时间：2023 年 5 月 8 日", STORY);

    assertEquals(Optional.of(LocalDate.of(2023, 5, 8)), doc.published());
  }

  @Test
  void headerDate_traditionalLabel_read() {
    SourceDocument doc = read("浙江發布數字經濟十條", "發佈時間：2023-05-08", STORY);

    assertEquals(Optional.of(LocalDate.of(2023, 5, 8)), doc.published());
    assertEquals("line 发布时间", doc.publishedFrom());
  }

  @Test
  void htmlTitleInTraditionalScript_repeatCutFromBody() {
    SourceDocument doc = reader.readString(
        "<html><head><title>浙江發布數字經濟十條</title></head><body><p>浙江發布數字經濟十條</p><p>" + STORY + "</p></body></html>",
        "page.html");

    assertEquals("浙江發布數字經濟十條", doc.title());
    assertEquals(STORY, doc.text());
  }

  @Test
  void dateline_withoutPlace_givesDay() {
    Dateline d = read("浙江发布数字经济十条", "中新网11月20日电 " + STORY).dateline().orElseThrow();

    assertEquals("", d.place());
    assertEquals(Optional.of(MonthDay.of(11, 20)), d.monthDay());
  }

  @Test
  void headerDate_withTimeAndWeekday_isTheArticleDate() {
    SourceDocument doc = read("浙江发布数字经济十条", "2023年05月08日 10:30 星期一 来源：某某网", STORY);

    assertEquals(Optional.of(LocalDate.of(2023, 5, 8)), doc.published());
    assertEquals("line date", doc.publishedFrom());
  }

  @Test
  void repostedDateline_withLeadWord_found() {
    Dateline d = read("浙江发布数字经济十条", "据新华社杭州3月5日电 " + STORY).dateline().orElseThrow();

    assertEquals("杭州", d.place());
    assertEquals(Optional.of(MonthDay.of(3, 5)), d.monthDay());
  }

  private static String reasonOf(SourceDocument doc, String text) {
    return doc.removed().stream().filter(b -> b.text().contains(text)).map(RemovedBlock::reason).findFirst().orElse("(kept)");
  }
}
