package io.github.jishi.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jishi.entity.Mention;
import io.github.jishi.entity.MentionType;
import io.github.jishi.internal.lexicon.Lexicon;
import io.github.jishi.internal.nlp.HanLpSegmenter;
import io.github.jishi.internal.text.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Programmes beyond AI: catalogue families, names by their shape, batches, editions and references. */
class ProgramFamiliesTest {
  private static final ProgramRecognizer PROGRAMS = ProgramRecognizer.create();
  private static final HanLpSegmenter SEGMENTER = HanLpSegmenter.builder()
      .words(List.of("江西", "杭州", "宁波", "天津市", "滨海新区", "北京"), "ns")
      .words(PROGRAMS.catalog().segmenterWords(), "nz")
      .build();

  private static List<Mention> programs(String sentence) {
    return programs(PROGRAMS, sentence, DocumentContext.empty());
  }

  private static List<Mention> programs(ProgramRecognizer recognizer, String sentence, DocumentContext context) {
    return recognizer.recognize(sentence, SEGMENTER.segment(sentence), context);
  }

  private static Mention program(String text, int start, String canonical, Map<String, String> attributes) {
    return new Mention(MentionType.PROGRAM, text, start, start + text.length(), canonical, attributes);
  }

  @Test
  void newAreaHeadedByProvince_isTheProgrammeWithItsPlace() {
    List<Mention> found = programs("国务院同意设立江西赣江新区。");

    assertEquals(List.of(program("江西赣江新区", 7, "江西赣江新区", Map.of("kind", "new_area", "place", "江西"))), found);
  }

  @Test
  void newAreaHeadedByProvince_leavesTheProvinceToItsOwnToken() {
    List<String> words = SEGMENTER.segment("国务院同意设立江西赣江新区。").stream().map(t -> t.word()).toList();

    assertEquals(List.of("国务院", "同意", "设立", "江西", "赣江新区", "。"), words);
  }

  @Test
  void newAreaShortForm_givesTheCatalogueName() {
    List<Mention> found = programs("天府新区的规划面积约一千五百平方公里。");

    assertEquals(List.of(program("天府新区", 0, "四川天府新区", Map.of("kind", "new_area"))), found);
  }

  @Test
  void traditionalScript_foundAfterNormalizing() {
    String text = TextNormalizer.create().normalize("該市入選國家森林城市。").text();

    List<Mention> found = programs(text);

    assertEquals(List.of(program("国家森林城市", 4, "国家森林城市", Map.of("kind", "honour"))), found);
  }

  @Test
  void batchBeforeAName_isAnAttribute() {
    List<Mention> found = programs("第三批国家森林城市名单近日公布。");

    assertEquals(List.of(program("第三批国家森林城市", 0, "国家森林城市", Map.of("kind", "honour", "batch", "第三批"))), found);
  }

  @Test
  void shortFormWithoutNationalQualifier_isDerived() {
    List<Mention> found = programs("该市被列为历史文化名城。");

    assertEquals(List.of(program("历史文化名城", 5, "国家历史文化名城", Map.of("kind", "honour"))), found);
  }

  @Test
  void shortFormAfterAProvincialQualifier_isTheProvincialList() {
    List<Mention> found = programs("该县入选省级历史文化名城。");

    assertEquals(List.of(program("省级历史文化名城", 4, "省级历史文化名城", Map.of("kind", "honour"))), found);
  }

  @Test
  void specificChallengeRound_keepsItsOwnName() {
    List<Mention> found = programs("工信部组织新一代人工智能产业创新重点任务揭榜工作。");

    assertEquals("新一代人工智能产业创新重点任务揭榜", found.get(0).canonical());
  }

  @Test
  void unseenChallengeRound_byItsShape() {
    List<Mention> found = programs("两部门启动工业互联网创新任务揭榜。");

    assertEquals(List.of(program("工业互联网创新任务揭榜", 5, "工业互联网创新任务揭榜", Map.of("kind", "challenge"))), found);
  }

  @Test
  void abbreviationOfAFamily_givesTheFamily() {
    List<Mention> found = programs("全省综保区进出口额稳步增长。");

    assertEquals(List.of(program("综保区", 2, "综合保税区", Map.of("kind", "bonded_zone"))), found);
  }

  @Test
  void freeTradeZoneWithFullWidthParentheses_matchesTheCatalogueName() {
    List<Mention> found = programs("中国（浙江）自由贸易试验区扩区方案印发。");

    assertEquals("中国(浙江)自由贸易试验区", found.get(0).canonical());
    assertEquals(0, found.get(0).start());
  }

  @Test
  void quotedNameInCornerBrackets_matchesTheCurlyQuotedAlias() {
    List<Mention> found = programs("生态环境部公布「无废城市」建设试点名单。");

    assertEquals(List.of(program("「无废城市」建设试点", 7, "无废城市建设试点", Map.of("kind", "pilot"))), found);
  }

  @Test
  void congressWithTermAndSession_keepsThemApart() {
    List<Mention> found = programs("十四届全国人大三次会议在北京开幕。");

    assertEquals(List.of(program("十四届全国人大三次会议", 0, "全国人民代表大会",
        Map.of("kind", "meeting", "edition", "十四届", "session", "三次会议", "seat", "北京市"))), found);
  }

  @Test
  void plenarySession_isNamedByItsNumbering() {
    List<Mention> found = programs("党的十九届五中全会审议通过了建议。");

    assertEquals(List.of(program("党的十九届五中全会", 0, "十九届五中全会", Map.of("kind", "meeting"))), found);
  }

  @Test
  void commemorationDay_byItsShape() {
    List<Mention> found = programs("全国人大常委会决定设立中国人民抗日战争胜利纪念日。");

    assertEquals(List.of(program("中国人民抗日战争胜利纪念日", 11, "中国人民抗日战争胜利纪念日", Map.of("kind", "commemoration"))), found);
  }

  @Test
  void standingCommitteeOfTheCongress_isNoMeeting() {
    assertEquals(List.of(), programs("全国人大常委会审议了这部法律草案。"));
  }

  @Test
  void unseenPilotByShape_startsAfterTheVerb() {
    List<Mention> found = programs("宁波获批国家知识产权强市建设试点城市。");

    assertEquals(List.of(program("国家知识产权强市建设试点城市", 4, "国家知识产权强市建设试点城市", Map.of("kind", "pilot"))), found);
  }

  @Test
  void placeFollowedByTheVerbBuild_isNoPartOfTheName() {
    DocumentContext context = DocumentContext.empty();
    programs(PROGRAMS, "国家数字经济创新发展试验区启动建设。", context);

    List<Mention> found = programs(PROGRAMS, "会议支持北京建设试验区。", context);

    assertEquals(List.of(program("试验区", 8, "国家数字经济创新发展试验区", Map.of("kind", "test_zone", "reference", "type_word"))),
        found);
  }

  @Test
  void unseenNameWithoutTokens_doesNotSwallowAMonth() {
    List<Mention> found = PROGRAMS.recognize("4月全球智慧城市博览会开幕。", List.of(), DocumentContext.empty());

    assertEquals("全球智慧城市博览会", found.get(0).canonical());
    assertEquals(2, found.get(0).start());
  }

  @Test
  void unseenExpoAfterAYear_takesTheYearAsEdition() {
    List<Mention> found = programs("2024全球智慧城市博览会在杭州开幕。");

    assertEquals(List.of(program("2024全球智慧城市博览会", 0, "全球智慧城市博览会", Map.of("kind", "expo", "edition", "2024"))),
        found);
  }

  @Test
  void unseenNameWithoutTokens_doesNotSwallowTheYear() {
    String sentence = "2024全球智慧城市博览会在杭州开幕。";

    List<Mention> found = PROGRAMS.recognize(sentence, List.of(), DocumentContext.empty());

    assertEquals("全球智慧城市博览会", found.get(0).canonical());
  }

  @Test
  void unseenNameAfterACount_startsAfterTheCount() {
    List<Mention> found = PROGRAMS.recognize("大会共设置了12个分会场和3个主题论坛。", List.of(), DocumentContext.empty());

    assertEquals(List.of(), found);
  }

  @Test
  void districtOfPlaceNamesOnly_isNoProgramme() {
    assertEquals(List.of(), programs("天津市滨海新区举行招商推介会。"));
  }

  @Test
  void genericDocumentTitles_areNoProgrammes() {
    assertEquals(List.of(), programs("会议审议通过了《实施方案》和《规划》。"));
  }

  @Test
  void bareTypeWord_refersToTheProgrammeNamedEarlierInTheDocument() {
    DocumentContext context = DocumentContext.empty();
    programs(PROGRAMS, "工信部支持创建国家级车联网先导区。", context);

    List<Mention> found = programs(PROGRAMS, "先导区建设要突出特色。", context);

    assertEquals(List.of(program("先导区", 0, "国家级车联网先导区", Map.of("kind", "pilot_zone", "reference", "type_word"))),
        found);
  }

  @Test
  void bareTypeWord_withNoProgrammeNamedBefore_isNoMention() {
    assertEquals(List.of(), programs("先导区建设要突出特色。"));
  }

  @Test
  void tradingVenue_carriesTheCityItIsNamedAfter() {
    List<Mention> found = programs("上海数据交易所完成首单交易。");

    assertEquals(List.of(program("上海数据交易所", 0, "上海数据交易所", Map.of("kind", "exchange", "place", "上海"))), found);
  }

  @Test
  void recurringExpoWithoutAPlaceInItsName_carriesItsSeat() {
    List<Mention> found = programs("东博会每年秋天举办。");

    assertEquals(List.of(program("东博会", 0, "中国—东盟博览会", Map.of("kind", "expo", "seat", "南宁市"))), found);
  }

  @Test
  void lexiconOverlay_addsAProgrammeTypeWord(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("program-types.tsv"), "# test\n孵化基地\tdemo_base\tname\n", StandardCharsets.UTF_8);
    ProgramRecognizer recognizer = ProgramRecognizer.create(Lexicon.bundled().overlay(dir, s -> s));

    List<Mention> found = programs(recognizer, "杭州建成人工智能产业孵化基地。", DocumentContext.empty());

    assertEquals(List.of(program("人工智能产业孵化基地", 4, "人工智能产业孵化基地", Map.of("kind", "demo_base"))), found);
  }

  @Test
  void lexiconOverlay_removesAProgrammeTypeWord(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("program-types.tsv"), "-博览会\n", StandardCharsets.UTF_8);
    ProgramRecognizer recognizer = ProgramRecognizer.create(Lexicon.bundled().overlay(dir, s -> s));

    assertEquals(List.of(), programs(recognizer, "2024全球智慧城市博览会在杭州开幕。", DocumentContext.empty()));
  }
}
