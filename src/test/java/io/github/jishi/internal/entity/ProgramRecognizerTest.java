package io.github.jishi.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jishi.entity.Mention;
import io.github.jishi.entity.MentionType;
import io.github.jishi.internal.nlp.HanLpSegmenter;
import io.github.jishi.nlp.Token;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgramRecognizerTest {
  private static final ProgramRecognizer PROGRAMS = ProgramRecognizer.create();
  private static final HanLpSegmenter SEGMENTER = HanLpSegmenter.builder()
      .words(List.of("北京", "天津", "滨海新区", "杭州", "广州", "成都", "上海", "深圳", "浙江", "广东省", "长三角", "中关村"), "ns")
      .words(PROGRAMS.catalog().allNames(), "nz")
      .build();

  private static List<Mention> programs(String sentence) {
    return PROGRAMS.recognize(sentence, SEGMENTER.segment(sentence), DocumentContext.empty());
  }

  private static Mention program(String text, int start, String canonical, Map<String, String> attributes) {
    return new Mention(MentionType.PROGRAM, text, start, start + text.length(), canonical, attributes);
  }

  private static final Map<String, String> PILOT_ZONE = Map.of("kind", "pilot_zone");
  private static final Map<String, String> PILOT_BASE = Map.of("kind", "pilot_base");

  @Test
  void canonicalName_afterPlaceList_isOnlyTheProgramme() {
    List<Mention> found = programs("经评审，北京、天津(滨海新区)、杭州、广州、成都国家人工智能创新应用先导区获批建设。");

    assertEquals(List.of(program("国家人工智能创新应用先导区", 24, "国家人工智能创新应用先导区", PILOT_ZONE)), found);
  }

  @Test
  void partialAlias_givesTheCanonicalName() {
    List<Mention> found = programs("全国人工智能创新应用先导区增至八个。");

    assertEquals(List.of(program("人工智能创新应用先导区", 2, "国家人工智能创新应用先导区", PILOT_ZONE)), found);
  }

  @Test
  void bareTypeWord_refersToTheProgrammeOfThatTypeInTheSentence() {
    List<Mention> found = programs("继上海、深圳之后又有五个先导区获批，全国人工智能创新应用先导区增至八个。");

    assertEquals(List.of(
        program("先导区", 12, "国家人工智能创新应用先导区", Map.of("kind", "pilot_zone", "reference", "type_word")),
        program("人工智能创新应用先导区", 20, "国家人工智能创新应用先导区", PILOT_ZONE)), found);
  }

  @Test
  void expoAbbreviations_giveFullNames() {
    List<Mention> found = programs("进博会、服贸会和广交会被称为三大展会。");

    assertEquals(List.of(
        program("进博会", 0, "中国国际进口博览会", Map.of("kind", "expo", "seat", "上海市")),
        program("服贸会", 4, "中国国际服务贸易交易会", Map.of("kind", "expo", "seat", "北京市")),
        program("广交会", 8, "中国进出口商品交易会", Map.of("kind", "expo", "seat", "广州市"))), found);
  }

  @Test
  void abbreviationSplitBySegmenter_isStillFound() {
    // HanLP cuts 本/次数/贸/会上, so the alias is matched on the text, not on the tokens
    List<Mention> found = programs("在本次数贸会上，多家企业签约。");

    assertEquals(List.of(program("数贸会", 3, "全球数字贸易博览会", Map.of("kind", "expo", "seat", "杭州市"))), found);
  }

  @Test
  void challengeAliases_giveTheirProgrammes() {
    List<Mention> found = programs("工信部联合国家药监局开展人工智能医疗器械专题揭榜工作，以揭榜挂帅为抓手。");

    assertEquals(List.of(
        program("人工智能医疗器械专题揭榜", 12, "人工智能医疗器械创新任务揭榜", Map.of("kind", "challenge")),
        program("揭榜挂帅", 28, "揭榜挂帅", Map.of("kind", "challenge"))), found);
  }

  @Test
  void quotedActionLatinAbbreviationAndProject_found() {
    List<Mention> found = programs("深入实施“人工智能+”行动，推进东数西算工程，WAIC期间发布多项成果。");

    assertEquals(List.of(
        program("“人工智能+”行动", 4, "人工智能+行动", Map.of("kind", "action")),
        program("东数西算工程", 16, "东数西算工程", Map.of("kind", "project")),
        program("WAIC", 23, "世界人工智能大会", Map.of("kind", "conference", "seat", "上海市"))), found);
  }

  @Test
  void parenthesisedQualifierAndDottedPlace_keptApart() {
    List<Mention> found = programs("展会期间，国家人工智能应用中试基地(医疗)·浙江(以下简称“中试基地”)首次集中亮相。");

    assertEquals(List.of(
        program("国家人工智能应用中试基地(医疗)·浙江", 5, "国家人工智能应用中试基地",
            Map.of("kind", "pilot_base", "qualifier", "医疗", "place", "浙江")),
        program("中试基地", 30, "国家人工智能应用中试基地", PILOT_BASE)), found);
  }

  @Test
  void fieldQualifierInParentheses_keptApart() {
    List<Mention> found = programs("广东省启动建设国家人工智能应用中试基地(医疗领域)，中试基地将服务全省医院。");

    assertEquals(List.of(
        program("国家人工智能应用中试基地(医疗领域)", 7, "国家人工智能应用中试基地",
            Map.of("kind", "pilot_base", "qualifier", "医疗领域")),
        program("中试基地", 26, "国家人工智能应用中试基地", PILOT_BASE)), found);
  }

  @Test
  void fieldQualifierInFront_keptApart() {
    List<Mention> found = programs("该省正在推进医疗领域国家人工智能应用中试基地建设。");

    assertEquals(List.of(program("医疗领域国家人工智能应用中试基地", 6, "国家人工智能应用中试基地",
        Map.of("kind", "pilot_base", "qualifier", "医疗领域"))), found);
  }

  @Test
  void longQualifierInsideQuotes_keptApart() {
    List<Mention> found = programs("专家表示，“国家人工智能应用中试基地(医疗领域智能专科医生方向)”已经进入试运行。");

    assertEquals(List.of(program("国家人工智能应用中试基地(医疗领域智能专科医生方向)", 6, "国家人工智能应用中试基地",
        Map.of("kind", "pilot_base", "qualifier", "医疗领域智能专科医生方向"))), found);
  }

  @Test
  void yearAndOrdinalEditions_keptApart() {
    List<Mention> found = programs("2022世界人工智能大会将在上海举行，第四届全球数字贸易博览会在杭州开幕。");

    assertEquals(List.of(
        program("2022世界人工智能大会", 0, "世界人工智能大会", Map.of("kind", "conference", "edition", "2022", "seat", "上海市")),
        program("第四届全球数字贸易博览会", 19, "全球数字贸易博览会", Map.of("kind", "expo", "edition", "第四届", "seat", "杭州市"))), found);
  }

  @Test
  void yearBeforeAZone_isNoEdition() {
    List<Mention> found = programs("2021年国家人工智能创新应用先导区新增五个。");

    assertEquals(List.of(program("国家人工智能创新应用先导区", 5, "国家人工智能创新应用先导区", PILOT_ZONE)), found);
  }

  @Test
  void documentTitleWithYears_keepsYearsWithFullWidthParentheses() {
    List<Mention> found = programs("省卫生健康委等部门印发《浙江省加快推动“人工智能+医疗健康”高质量发展行动计划(2025—2027年)》。");

    assertEquals(List.of(program("浙江省加快推动“人工智能+医疗健康”高质量发展行动计划(2025—2027年)", 12,
        "浙江省加快推动“人工智能+医疗健康”高质量发展行动计划（2025—2027年）", Map.of("kind", "document"))), found);
  }

  @Test
  void titleOfNewspaper_isNoProgramme() {
    List<Mention> found = programs("记者在《人民日报》上读到了《关于支持人工智能创新发展的若干措施》的解读。");

    assertEquals(List.of(program("关于支持人工智能创新发展的若干措施", 14, "关于支持人工智能创新发展的若干措施",
        Map.of("kind", "document"))), found);
  }

  @Test
  void titleThatIsACatalogName_takesTheCatalogKind() {
    List<Mention> found = programs("该市出台《新一代人工智能发展规划》配套文件。");

    assertEquals(List.of(program("新一代人工智能发展规划", 5, "新一代人工智能发展规划", Map.of("kind", "plan"))), found);
  }

  @Test
  void quotedUnseenLab_startsInsideTheQuotes() {
    List<Mention> found = programs("两家单位共同揭牌成立“医学人工智能测评验证联合实验室”。");

    assertEquals(List.of(program("医学人工智能测评验证联合实验室", 11, "医学人工智能测评验证联合实验室", Map.of("kind", "lab"))), found);
  }

  @Test
  void unquotedUnseenNames_startAfterTheVerb() {
    List<Mention> found = programs("双方在杭州揭牌成立医学人工智能测评验证联合实验室，并组建长三角人工智能技术创新中心。");

    assertEquals(List.of(
        program("医学人工智能测评验证联合实验室", 9, "医学人工智能测评验证联合实验室", Map.of("kind", "lab")),
        program("长三角人工智能技术创新中心", 28, "长三角人工智能技术创新中心", Map.of("kind", "center", "place", "长三角"))), found);
  }

  @Test
  void unseenExpo_startsAfterTheParticle() {
    List<Mention> found = programs("多家企业计划参加今年的中关村人工智能博览会。");

    assertEquals(List.of(program("中关村人工智能博览会", 11, "中关村人工智能博览会", Map.of("kind", "expo", "place", "中关村"))), found);
  }

  @Test
  void genericMeetingWords_areNoProgrammes() {
    assertEquals(List.of(), programs("本次大会共设三个论坛，新闻发布会和研讨会在次日举行。"));
  }

  @Test
  void congressesAndShareholderMeetings_areNoProgrammes() {
    assertEquals(List.of(), programs("会议期间，全国人民代表大会代表审议了多项议案，公司也召开了年度股东大会。"));
  }

  @Test
  void genericZoneAndPlanPhrases_areNoProgrammes() {
    assertEquals(List.of(), programs("打造超大型智慧城市高质量发展的示范区和改革先行区，编制产业发展规划。"));
  }

  @Test
  void withoutTokens_catalogNamesAndQuotedNamesStillFound() {
    String sentence = "第四届全球数字贸易博览会上，共建“医学人工智能测评验证联合实验室”。";

    List<Mention> found = PROGRAMS.recognize(sentence, List.<Token>of(), DocumentContext.empty());

    assertEquals(List.of(
        program("第四届全球数字贸易博览会", 0, "全球数字贸易博览会", Map.of("kind", "expo", "edition", "第四届", "seat", "杭州市")),
        program("医学人工智能测评验证联合实验室", 17, "医学人工智能测评验证联合实验室", Map.of("kind", "lab"))), found);
  }
}
