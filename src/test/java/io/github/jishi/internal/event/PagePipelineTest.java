package io.github.jishi.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.Jishi;
import io.github.jishi.entity.Mention;
import io.github.jishi.entity.MentionType;
import io.github.jishi.event.PageAnalysis;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.source.DocumentReader;
import io.github.jishi.source.SourceDocument;
import io.github.jishi.time.Precision;
import io.github.jishi.time.YearSource;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whole pages through the real pipeline: reader, normalizer, HanLP, recognizers, time parser, extractor. */
class PagePipelineTest {
  static Jishi jishi;

  @BeforeAll
  static void load() {
    jishi = Jishi.builder().build();
  }

  static PageAnalysis page(String content) {
    SourceDocument doc = DocumentReader.create().readString(content, "page.txt");
    return jishi.analyze(doc);
  }

  static PolicyEvent only(PageAnalysis a) {
    assertEquals(1, a.events().size(), () -> "events: " + a.events());
    return a.events().get(0);
  }

  @Test
  void repost_yearStatedInTheTextWinsOverThePublishDate() {
    PageAnalysis a = page("""
        2023世界人工智能大会下月开幕
        发布时间：2025-07-07 10:20:00
        2023世界人工智能大会将于今年7月6日—8日在上海举办，主题围绕智能联结世界展开。
        """);
    PolicyEvent e = only(a);
    assertEquals(Optional.of(LocalDate.of(2023, 7, 6)), e.date());
    assertEquals(Optional.of(LocalDate.of(2023, 7, 8)), e.dateEnd());
    assertEquals(List.of("上海市"), e.cities());
    assertEquals(Optional.of("世界人工智能大会"), e.program());
    assertEquals("举办", e.action());
    assertEquals(YearSource.CONTEXT, e.yearSource());
  }

  @Test
  void repost_datelineThatWritesItsYear_datesTheMonthDaysOfTheStory() {
    PageAnalysis a = page("""
        杭州获批建设先导区
        发布时间：2024-05-06 10:00
        新华社杭州2021年3月5日电 3月2日，工信部复函支持杭州创建国家人工智能创新应用先导区。
        """);
    PolicyEvent e = only(a);
    assertEquals(Optional.of(LocalDate.of(2021, 3, 2)), e.date(), "the dateline's year, not the repost's");
    assertEquals(YearSource.DATELINE, e.yearSource());
    assertEquals(List.of("杭州市"), e.cities());
    Mention day = a.mentions().stream().filter(m -> m.type() == MentionType.TIME && m.text().equals("3月2日")).findFirst()
        .orElseThrow(() -> new AssertionError(a.mentions().toString()));
    assertEquals("2021-03-02", day.canonical());
    assertEquals("dateline", day.attribute("year_source"));
    assertEquals("3月2日", a.text().text().substring(day.start(), day.end()));
  }

  @Test
  void repost_datelineThatWritesItsYear_traditionalScript() {
    PageAnalysis a = page("""
        杭州獲批建設先導區
        發布時間：2024-05-06 10:00
        新華社杭州2021年3月5日電 3月2日，工信部複函支持杭州創建國家人工智能創新應用先導區。
        """);
    PolicyEvent e = only(a);
    assertEquals(Optional.of(LocalDate.of(2021, 3, 2)), e.date());
    assertEquals(YearSource.DATELINE, e.yearSource());
  }

  @Test
  void editionYearLaterInTheSentence_datesTheMonthDay() {
    PageAnalysis a = page("""
        浙江公布专精特新企业名单
        发布时间：2024-06-01 08:00
        4月10日，浙江省经济和信息化厅公布2023年度浙江省专精特新中小企业名单。
        """);
    Mention day = a.mentions().stream().filter(m -> m.type() == MentionType.TIME && m.text().equals("4月10日")).findFirst()
        .orElseThrow(() -> new AssertionError(a.mentions().toString()));
    assertEquals("2023-04-10", day.canonical());
    assertEquals("sentence", day.attribute("year_source"));
  }

  @Test
  void dateline_datesAndPlacesTheStoryItFiles() {
    PageAnalysis a = page("""
        中试基地亮相数贸会
        2025年09月28日 来源：本站
        新华社杭州9月26日电 在第四届全球数字贸易博览会上，国家人工智能应用中试基地（医疗）正式亮相。
        """);
    PolicyEvent e = only(a);
    assertEquals(Optional.of(LocalDate.of(2025, 9, 26)), e.date());
    assertTrue(e.cities().contains("杭州市"), e.cities().toString());
    assertEquals(Optional.of("国家人工智能应用中试基地"), e.program());
    assertEquals("亮相", e.action());
  }

  @Test
  void sentenceWithoutDate_takesTheDayOfTheSentenceBeforeItInTheParagraph() {
    PageAnalysis a = page("""
        广州专场发布会举行
        9月19日，人工智能产品与服务发布会（广州专场）在广州举办。会上，国家人工智能应用中试基地（医疗领域）正式启动。
        """);
    PolicyEvent e = only(a);
    assertEquals(Optional.empty(), e.date());
    assertEquals(Optional.of(MonthDay.of(9, 19)), e.monthDay());
    assertEquals(List.of("广州市"), e.cities());
    assertEquals(Optional.of("国家人工智能应用中试基地"), e.program());
    assertEquals("启动", e.action());
    assertTrue(e.evidence().startsWith("9月19日"), e.evidence());
  }

  @Test
  void twoDatesInOneSentence_giveTwoEventsEachWithItsOwnCity() {
    PageAnalysis a = page("""
        试验区建设回顾
        发布时间：2020-01-10
        北京于2019年2月获批建设国家新一代人工智能创新发展试验区，上海则于2019年5月获批。
        """);
    assertEquals(2, a.events().size(), a.events().toString());
    PolicyEvent beijing = a.events().get(0);
    PolicyEvent shanghai = a.events().get(1);
    assertEquals(Optional.of(LocalDate.of(2019, 2, 1)), beijing.date());
    assertEquals(Precision.MONTH, beijing.precision());
    assertEquals(List.of("北京市"), beijing.cities());
    assertEquals(Optional.of(LocalDate.of(2019, 5, 1)), shanghai.date());
    assertEquals(List.of("上海市"), shanghai.cities());
  }

  @Test
  void yearsInsideADocumentTitle_doNotDateAnEvent() {
    PageAnalysis a = page("""
        行动计划印发
        浙江省卫生健康委联合多个部门印发《浙江省加快推动“人工智能+医疗健康”高质量发展行动计划(2025—2027年)》。
        """);
    assertEquals(List.of(), a.events());
    assertTrue(a.programs().stream().anyMatch(p -> p.contains("行动计划")), a.programs().toString());
  }

  @Test
  void traditionalPageWithPinyinNoise_evidenceOffsetsPointIntoTheOriginal() {
    String sentence = "工信部2月19日消息，工信部近日印發(fā)通知，支持創(chuàng)建杭州國家人工智能創(chuàng)新應(yīng)用先導(dǎo)區(qū)。";
    PageAnalysis a = page("先導區名單公布\n2021-02-20 06:19  來源：本網\n" + sentence + "\n");
    PolicyEvent e = only(a);
    assertEquals(Optional.of(LocalDate.of(2021, 2, 19)), e.date());
    assertEquals(List.of("杭州市"), e.cities());
    assertEquals(Optional.of("国家人工智能创新应用先导区"), e.program());
    assertEquals("工信部2月19日消息,工信部近日印发通知,支持创建杭州国家人工智能创新应用先导区。".replace(",", "，"), e.evidence());
    String original = a.document().text();
    assertEquals(sentence, original.substring(e.evidenceStart(), e.evidenceEnd()));
  }

  @Test
  void pageWithNoYearAndNoPublishDate_keepsTheMonthDayOnly() {
    PageAnalysis a = page("""
        北京启动中试基地建设
        9月10日，北京市正式启动医疗领域国家人工智能应用中试基地建设。
        """);
    PolicyEvent e = only(a);
    assertEquals(Optional.empty(), e.date());
    assertEquals(Optional.of(MonthDay.of(9, 10)), e.monthDay());
    assertEquals(YearSource.NONE, e.yearSource());
  }

  @Test
  void chromeAndLicenceNumbers_yieldNoEvents() {
    PageAnalysis a = page("""
        工信部发布先导区名单
        发布时间：2021-02-20 09:30
        2月19日，工信部印发通知，支持成都创建国家人工智能创新应用先导区。
        相关阅读
        某地举办美食节吸引游客
        2021-02-20
        版权所有 示例网 京ICP备12345678号 增值电信业务经营许可证B2-20181903
        """);
    PolicyEvent e = only(a);
    assertEquals(Optional.of(LocalDate.of(2021, 2, 19)), e.date());
    for (Mention m : a.mentions()) {
      if (m.type() == MentionType.TIME) {
        assertFalse(m.text().contains("20181903"), m.toString());
      }
    }
  }

  @Test
  void mentions_carryOffsetsIntoTheNormalizedText() {
    PageAnalysis a = page("""
        先导区
        该基地位于杭州市萧山区，由浙江省卫生健康委牵头建设。
        """);
    String text = a.text().text();
    for (Mention m : a.mentions()) {
      assertEquals(m.text(), text.substring(m.start(), m.end()), m.toString());
    }
    Mention district = a.mentions().stream().filter(m -> m.canonical().equals("萧山区")).findFirst().orElseThrow();
    assertEquals("杭州市", district.attribute("city"));
  }

  @Test
  void backgroundYearInTheBody_governsOnlyItsParagraph() {
    PageAnalysis a = page("""
        浙江推进医疗人工智能
        发布时间：2025-09-01 08:00
        8月13日，浙江省卫生健康委员会等部门联合印发新的医疗人工智能行动计划。
        计划提出，要推动医学大模型在基层落地。
        某健康服务平台2023年上线后已在多家医院使用。
        同在8月，浙江以省为单位启动了国家人工智能应用中试基地（医疗领域）的建设。
        """);
    PolicyEvent base = a.events().stream().filter(e -> e.program().orElse("").equals("国家人工智能应用中试基地"))
        .findFirst().orElseThrow(() -> new AssertionError(a.events().toString()));
    assertEquals(Optional.of(LocalDate.of(2025, 8, 1)), base.date());
    assertEquals(List.of("浙江省"), base.cities());
  }

  @Test
  void todayInADatelineStory_isTheDatelineDay() {
    PageAnalysis a = page("""
        深圳人工智能条例通过
        2022-08-31 09:00 来源：本报
        本报深圳8月30日电 深圳市人大常委会今天表决通过《深圳经济特区人工智能产业促进条例》。
        """);
    PolicyEvent e = only(a);
    assertEquals(Optional.of(LocalDate.of(2022, 8, 30)), e.date());
    assertEquals("表决通过", e.action());
    assertEquals(List.of("深圳市"), e.cities());
  }

  @Test
  void editionYearOfTheProgramme_winsOverAnEarlierContextYear() {
    PageAnalysis a = page("""
        上海人工智能布局
        发布时间：2019-06-01 08:00
        2018年首届大会的成功让上海更有底气。
        业内人士认为，8月底在沪举办的2019世界人工智能大会将集中展示这些成果。
        """);
    PolicyEvent e = a.events().stream().filter(x -> x.program().orElse("").equals("世界人工智能大会")).findFirst()
        .orElseThrow(() -> new AssertionError(a.events().toString()));
    assertEquals(2019, e.date().orElseThrow().getYear());
  }

  @Test
  void attributiveTrigger_reportsNoEvent() {
    PageAnalysis a = page("""
        先导区建设思路
        发布时间：2021-06-01 08:00
        按照北京市2021年公布的建设思路，先导区重点推进四项创新应用工程。
        """);
    assertEquals(List.of(), a.events());
  }

  @Test
  void targetsAndStartingPoints_areNoEventDates() {
    PageAnalysis a = page("""
        行动计划
        发布时间：2025-08-20 08:00
        行动计划提出，到2027年在杭州建成国家人工智能应用中试基地。
        今年以来，上海、北京等地相继启动国家人工智能应用中试基地建设。
        """);
    assertEquals(List.of(), a.events());
  }

  @Test
  void centralGovernment_doesNotPlaceItsDecisionInBeijing() {
    PageAnalysis a = page("""
        国务院印发意见
        发布时间：2025-08-27 08:00
        8月26日，国务院印发《关于深入实施“人工智能+”行动的意见》。
        """);
    PolicyEvent e = only(a);
    assertEquals(List.of(), e.cities());
    assertEquals(List.of("国务院"), e.orgs());
  }

  @Test
  void institutionFromElsewhere_doesNotMoveTheStoryAwayFromItsDateline() {
    PageAnalysis a = page("""
        联合实验室揭牌
        2025年09月28日 来源：本站
        新华社杭州9月26日电 当天，中试基地携手北京协和医学院共同揭牌成立“医学人工智能测评验证联合实验室”。
        """);
    PolicyEvent e = only(a);
    assertEquals(List.of("杭州市"), e.cities());
  }

  @Test
  void institutionAlone_placesTheEventWhereItStands() {
    PageAnalysis a = page("""
        医院发布采购需求
        发布时间：2025-09-06 08:00
        9月5日，复旦大学附属中山医院发布人工智能算力平台采购需求。
        """);
    PolicyEvent e = only(a);
    assertEquals(List.of("上海市"), e.cities());
  }

  @Test
  void vagueDateAlone_spansTheDaysBeforePublication() {
    PageAnalysis a = page("""
        南京获批先导区
        2022年09月15日 14:20 来源：本网
        日前，工业和信息化部复函支持南京创建国家人工智能创新应用先导区。
        """);
    PolicyEvent e = only(a);
    assertEquals(Optional.of(LocalDate.of(2022, 9, 15)), e.dateEnd());
    assertTrue(e.date().orElseThrow().isBefore(LocalDate.of(2022, 9, 15)), e.toString());
    assertEquals(Precision.WEEK, e.precision());
    assertEquals(List.of("南京市"), e.cities());
  }

  @Test
  void vagueDateBesideAPreciseOne_isIgnored() {
    PageAnalysis a = page("""
        先导区
        2021-02-20 06:19  来源：本网
        工信部2月19日消息，工信部近日印发通知，支持成都创建国家人工智能创新应用先导区。
        """);
    assertEquals(Optional.of(LocalDate.of(2021, 2, 19)), only(a).date());
  }
}
