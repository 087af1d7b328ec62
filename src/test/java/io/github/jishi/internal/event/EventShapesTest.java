package io.github.jishi.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.Jishi;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.source.DocumentReader;
import io.github.jishi.source.SourceDocument;
import io.github.jishi.time.Precision;
import io.github.jishi.time.YearSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sentence shapes of real news, on whole pages through the real pipeline. */
class EventShapesTest {
  static Jishi jishi;

  @BeforeAll
  static void load(@TempDir Path tmp) throws IOException {
    // the programmes these pages name, so the tests hold whatever the bundled catalogue says
    Path programs = tmp.resolve("programs.tsv");
    Files.write(programs, List.of(
        "天津滨海新区\t滨海新区\tnew_area",
        "陕西西咸新区\t西咸新区\tnew_area",
        "贵州贵安新区\t贵安新区\tnew_area",
        "烟台出口加工区\t\tzone",
        "全国文明城市\t\thonour",
        "海绵城市建设试点\t海绵城市试点\tpilot",
        "车联网先导区试点\t\tpilot",
        "全民数字素养与技能提升月\t\tcampaign",
        "国家智慧农业试点\t\tpilot",
        "海峡科技博览会\t\texpo",
        "国家历史文化名城\t历史文化名城\thonour",
        "数字福建\t\tcampaign"), StandardCharsets.UTF_8);
    jishi = Jishi.builder().index(tmp.resolve("index")).programs(programs).build();
  }

  static List<PolicyEvent> events(String content) {
    SourceDocument doc = DocumentReader.create().readString(content, "page.txt");
    return jishi.analyze(doc).events();
  }

  static PolicyEvent about(List<PolicyEvent> events, String program) {
    return events.stream().filter(e -> e.program().equals(Optional.of(program))).findFirst()
        .orElseThrow(() -> new AssertionError("no event about " + program + " in " + events));
  }

  @Test
  void list_oneEventPerProgrammeEachWithItsOwnDateAndPlace() {
    List<PolicyEvent> found = events("""
        国家级新区一览
        1994年3月天津滨海新区成立，2014年1月陕西西咸新区成立、贵州贵安新区获批成立。
        """);
    assertEquals(3, found.size(), found::toString);
    PolicyEvent binhai = about(found, "天津滨海新区");
    assertEquals(Optional.of(LocalDate.of(1994, 3, 1)), binhai.date());
    assertEquals(List.of("天津市"), binhai.cities());
    PolicyEvent xixian = about(found, "陕西西咸新区");
    assertEquals(Optional.of(LocalDate.of(2014, 1, 31)), xixian.dateEnd());
    assertTrue(xixian.cities().contains("陕西省"), xixian.cities().toString());
    assertEquals("成立", xixian.action());
    PolicyEvent guian = about(found, "贵州贵安新区");
    assertEquals(Optional.of(LocalDate.of(2014, 1, 1)), guian.date());
    assertTrue(guian.cities().contains("贵州省"), guian.cities().toString());
    assertEquals("获批", guian.action());
  }

  @Test
  void clauseWithoutSubject_goesOnWithTheProgrammeBefore() {
    List<PolicyEvent> found = events("""
        出口加工区的来历
        烟台出口加工区于2000年4月获国务院批准设立，2001年6月通过海关总署验收。
        """);
    assertEquals(2, found.size(), found::toString);
    assertEquals(Optional.of("烟台出口加工区"), found.get(1).program());
    assertEquals(Optional.of(LocalDate.of(2001, 6, 1)), found.get(1).date());
    assertEquals("验收", found.get(1).action());
    assertEquals(List.of("烟台市"), found.get(1).cities());
  }

  @Test
  void monthDay_takesTheOneYearItsParagraphStates() {
    PolicyEvent e = events("""
        文明城市名单出炉
        11月20日，中央文明委公布第六届全国文明城市名单。2020年共有133个城市入选，创历届之最。
        """).get(0);
    assertEquals(Optional.of(LocalDate.of(2020, 11, 20)), e.date());
    assertEquals(YearSource.CONTEXT, e.yearSource());
    assertEquals("公布", e.action());
  }

  @Test
  void sentenceOpeningWithTheSameDay_goesOnWithTheEventBeforeAcrossAParagraph() {
    List<PolicyEvent> found = events("""
        峰会在福州开幕
        发布时间：2024-05-25 08:00
        5月24日，第七届数字中国建设峰会在福州开幕。

        当天，2024全民数字素养与技能提升月正式启动。
        """);
    PolicyEvent month = about(found, "全民数字素养与技能提升月");
    assertEquals(Optional.of(LocalDate.of(2024, 5, 24)), month.date());
    assertEquals(List.of("福州市"), month.cities());
    assertEquals("启动", month.action());
  }

  @Test
  void sentenceOpeningWithTheSameDay_inTheSameParagraph_takesTheDayAndPlaceBefore() {
    // the time reader dates 当天 itself; the sentence still goes on with the event before, place and all
    List<PolicyEvent> found = events("""
        大会在上海开幕
        发布时间：2024-07-05 09:00
        7月4日，2024世界人工智能大会在上海开幕。当天，2024全民数字素养与技能提升月同步启动。
        """);
    PolicyEvent month = about(found, "全民数字素养与技能提升月");
    assertEquals(Optional.of(LocalDate.of(2024, 7, 4)), month.date());
    assertEquals(List.of("上海市"), month.cities());
  }

  @Test
  void batchHeading_takesTheCitiesOfTheListLineAfterIt() {
    PolicyEvent e = events("""
        试点城市公布
        2015年海绵城市建设试点城市名单
        白城、镇江、嘉兴、池州、厦门、萍乡、鹤壁。
        """).get(0);
    assertEquals(Optional.of("海绵城市建设试点"), e.program());
    assertEquals(Precision.YEAR, e.precision());
    assertEquals(Optional.of(LocalDate.of(2015, 1, 1)), e.date());
    assertTrue(e.cities().containsAll(List.of("白城市", "镇江市", "厦门市")), e.cities().toString());
  }

  @Test
  void listTitle_isTheEventOfTheListLinesUnderIt() {
    // the page is the list: its title names the programme, the year and 名单, its text the places
    List<PolicyEvent> found = events("""
        2016年海绵城市建设试点城市名单（按行政区划排列）
        北京、天津、大连、上海、宁波、福州、青岛、珠海、深圳。
        """);
    assertEquals(1, found.size(), found::toString);
    PolicyEvent e = found.get(0);
    assertEquals(Optional.of("海绵城市建设试点"), e.program());
    assertEquals(Optional.of(LocalDate.of(2016, 1, 1)), e.date());
    assertEquals(Precision.YEAR, e.precision());
    assertEquals("入选", e.action());
    assertTrue(e.cities().containsAll(List.of("北京市", "大连市", "深圳市")), e.cities().toString());
  }

  @Test
  void announcedList_takesThePlacesUnderItsHeadingFurtherDown() {
    List<PolicyEvent> found = events("""
        全国文明城市名单出炉
        发布时间：2020-11-21 10:00
        11月20日，中央文明委公布第六届全国文明城市名单。
        据介绍，本届评选历时三年，各地创建热情高涨。
        第六届全国文明城市名单（6个）
        省会城市（3个）
        山西省太原市
        四川省成都市
        甘肃省兰州市
        地级市（3个）
        江苏省徐州市
        浙江省温州市
        广东省惠州市
        各地将以此为契机，持续巩固创建成果。
        """);
    PolicyEvent e = about(found, "全国文明城市");
    assertEquals(Optional.of(LocalDate.of(2020, 11, 20)), e.date());
    assertTrue(e.cities().containsAll(List.of("太原市", "成都市", "兰州市", "徐州市", "惠州市")), e.cities().toString());
  }

  @Test
  void listHeadingFollowedByProse_givesNoPlaces() {
    List<PolicyEvent> found = events("""
        全国文明城市名单出炉
        发布时间：2020-11-21 10:00
        11月20日，中央文明委公布第六届全国文明城市名单。
        第六届全国文明城市名单（133个）
        名单中既有太原、成都等省会城市，也有不少县级市，东部城市占多数。
        """);
    PolicyEvent e = about(found, "全国文明城市");
    assertEquals(List.of(), e.cities());
  }

  @Test
  void tableOfBatches_eachRowIsAnEventOfTheProgramme() {
    List<PolicyEvent> found = events("""
        国家历史文化名城
        国家历史文化名城由国务院分批公布。
        名单
        批次 公布日期 城市
        第一批 1982年2月8日 北京 承德 大同 南京
        第二批 1986年12月8日 上海 天津 沈阳 武汉
        """);
    List<PolicyEvent> rows = found.stream().filter(e -> e.date().isPresent()).toList();
    assertEquals(2, rows.size(), found::toString);
    assertEquals(Optional.of(LocalDate.of(1982, 2, 8)), rows.get(0).date());
    assertEquals(List.of("北京市", "承德市", "大同市", "南京市"), rows.get(0).cities());
    assertEquals(Optional.of("国家历史文化名城"), rows.get(1).program());
    assertEquals(Optional.of(LocalDate.of(1986, 12, 8)), rows.get(1).date());
    assertTrue(rows.get(1).cities().contains("武汉市"), rows.get(1).cities().toString());
  }

  @Test
  void batchRowWithoutAListHeading_isNoEvent() {
    // 第一批 opening a line of prose is no row of a table of batches
    List<PolicyEvent> found = events("""
        国家历史文化名城
        第一批 1982年2月8日 北京 承德 大同 南京的代表参观了展览
        """);
    assertEquals(List.of(), found);
  }

  @Test
  void strategicDecision_isTheStepThatStartsAProgramme() {
    PolicyEvent e = about(events("""
        数字福建二十年
        2000年，福建省作出建设数字福建的战略决策，此后陆续建成一批政务信息系统。
        """), "数字福建");
    assertEquals(Optional.of(LocalDate.of(2000, 1, 1)), e.date());
    assertEquals(Precision.YEAR, e.precision());
    assertEquals(List.of("福建省"), e.cities());
  }

  @Test
  void editionYearInAProgrammeName_datesASentenceWithNoOtherDate() {
    PolicyEvent e = events("""
        试点城市名单公示
        经专家评审，工信部形成2024年车联网先导区试点城市名单，目前正在公示。
        """).get(0);
    assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), e.date());
    assertEquals(Precision.YEAR, e.precision());
    assertEquals(Optional.of("车联网先导区试点"), e.program());
  }

  @Test
  void sentenceReferringBack_isAboutTheProgrammeNamedBefore() {
    List<PolicyEvent> found = events("""
        智慧农业试点扩围
        农业农村部近日部署第二批国家智慧农业试点工作，申报将持续到年底。首批试点在2021年10月公布。
        """);
    PolicyEvent first = found.stream().filter(e -> e.date().isPresent() && e.date().get().getYear() == 2021).findFirst()
        .orElseThrow(() -> new AssertionError(found.toString()));
    assertEquals(Optional.of("国家智慧农业试点"), first.program());
    assertEquals(Optional.of(LocalDate.of(2021, 10, 31)), first.dateEnd());
  }

  @Test
  void editionWithoutPlace_isHeldWhereThePagesOtherEditionsAre() {
    List<PolicyEvent> found = events("""
        博览会回顾
        2019年5月，首届海峡科技博览会在厦门举办。
        2021年6月，第二届海峡科技博览会开幕。
        """);
    assertEquals(2, found.size(), found::toString);
    assertEquals(List.of("厦门市"), found.get(1).cities());
  }

  @Test
  void cities_areNotInventedForANationalStep() {
    List<PolicyEvent> found = events("""
        规划印发
        2022年2月，国家发展改革委印发《全国一体化算力网络实施方案》。
        """);
    assertEquals(1, found.size(), found::toString);
    assertEquals(List.of(), found.get(0).cities(), found.stream().map(PolicyEvent::cities).collect(Collectors.toList()).toString());
  }
}
