package io.github.jishi.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.entity.Mention;
import io.github.jishi.entity.MentionType;
import io.github.jishi.internal.lexicon.Lexicon;
import io.github.jishi.internal.nlp.HanLpSegmenter;
import io.github.jishi.nlp.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgRecognizerTest {
  private static final OrgRecognizer ORGS = OrgRecognizer.create();
  private static final HanLpSegmenter SEGMENTER = HanLpSegmenter.builder()
      .words(List.of("浙江省", "上海市", "广州", "杭州", "温州", "黑龙江省", "广西壮族自治区", "浦东新区", "徐汇区", "海南"), "ns")
      .words(ORGS.names(), "nt")
      .build();
  private static final Place SHANGHAI = new Place("310000", "上海市", "上海", PlaceLevel.PROVINCE, "");

  private static List<Mention> orgs(String sentence, DocumentContext context) {
    return ORGS.recognize(sentence, SEGMENTER.segment(sentence), context);
  }

  private static List<Mention> orgs(String sentence) {
    return orgs(sentence, DocumentContext.empty());
  }

  private static Mention org(String text, int start, String canonical, Map<String, String> attributes) {
    return new Mention(MentionType.ORG, text, start, start + text.length(), canonical, attributes);
  }

  @Test
  void ministryAbbreviations_giveCanonicalNames() {
    List<Mention> found = orgs("工信部、科技部和国家药监局联合印发通知。");

    assertEquals(List.of(
        org("工信部", 0, "工业和信息化部", Map.of("kind", "ministry", "city", "北京市")),
        org("科技部", 4, "科学技术部", Map.of("kind", "ministry", "city", "北京市")),
        org("国家药监局", 8, "国家药品监督管理局", Map.of("kind", "agency", "city", "北京市"))), found);
  }

  @Test
  void ministryDepartment_joinsTheMinistry() {
    List<Mention> found = orgs("工信部科技司副司长出席发布会。");

    assertEquals(List.of(org("工信部科技司", 0, "工业和信息化部科技司", Map.of("kind", "department", "city", "北京市"))), found);
  }

  @Test
  void ministryNameInsideGenericDepartmentWord_isNoMention() {
    assertEquals(List.of(), orgs("各地商务部门要加强协调，做好科技部署。"));
  }

  @Test
  void nationalAbbreviationWithoutPlace_isTheNationalCommission() {
    List<Mention> found = orgs("卫健委发布通知，要求做好防控。");

    assertEquals("国家卫生健康委员会", found.get(0).canonical());
    assertEquals(0, found.get(0).start());
  }

  @Test
  void provincialCommission_takesFullNameAndPlace() {
    List<Mention> found = orgs("浙江省卫生健康委联合十个部门发布行动计划。");

    assertEquals(List.of(org("浙江省卫生健康委", 0, "浙江省卫生健康委员会", Map.of("kind", "local", "place", "浙江省"))), found);
  }

  @Test
  void autonomousRegionGovernmentAndProvincialDepartment_bothFound() {
    List<Mention> found = orgs("广西壮族自治区人民政府和黑龙江省科技厅联合发文。");

    assertEquals(List.of(
        org("广西壮族自治区人民政府", 0, "广西壮族自治区人民政府", Map.of("kind", "local", "place", "广西壮族自治区")),
        org("黑龙江省科技厅", 12, "黑龙江省科学技术厅", Map.of("kind", "local", "place", "黑龙江省"))), found);
  }

  @Test
  void districtBodies_keepTheirDistrict() {
    List<Mention> found = orgs("浦东新区科经委和徐汇区政府共同签约。");

    assertEquals(List.of(
        org("浦东新区科经委", 0, "浦东新区科技和经济委员会", Map.of("kind", "local", "place", "浦东新区")),
        org("徐汇区政府", 8, "徐汇区人民政府", Map.of("kind", "local", "place", "徐汇区"))), found);
  }

  @Test
  void cityGovernmentPressOffice_expandsAbbreviation() {
    List<Mention> found = orgs("上海市政府新闻办今天举行发布会。");

    assertEquals(List.of(org("上海市政府新闻办", 0, "上海市人民政府新闻办公室", Map.of("kind", "local", "place", "上海市"))), found);
  }

  @Test
  void bareCityBody_takesCityFromContext() {
    DocumentContext context = DocumentContext.empty();
    context.notePlace(SHANGHAI);

    List<Mention> found = orgs("市经济信息化委负责人介绍了有关情况。", context);

    assertEquals(List.of(org("市经济信息化委", 0, "上海市经济信息化委员会", Map.of("kind", "local", "city", "上海市"))), found);
  }

  @Test
  void bareCityBody_withoutContext_staysBare() {
    List<Mention> found = orgs("市经济信息化委负责人介绍了有关情况。");

    assertEquals(List.of(org("市经济信息化委", 0, "市经济信息化委员会", Map.of("kind", "local"))), found);
  }

  @Test
  void bareCityBody_afterCityNamedInSameSentence_takesThatCity() {
    List<Mention> found = orgs("上海市政府新闻办举行市政府新闻发布会。");

    assertEquals(org("市政府", 10, "上海市人民政府", Map.of("kind", "local", "city", "上海市")), found.get(1));
  }

  @Test
  void thisCityBody_isLocal_andEachCityBodyIsNoMention() {
    DocumentContext context = DocumentContext.empty();
    context.notePlace(SHANGHAI);

    List<Mention> found = orgs("本市卫健委已经部署，各市卫健委要做好准备。", context);

    assertEquals(List.of(org("本市卫健委", 0, "上海市卫生健康委员会", Map.of("kind", "local", "city", "上海市"))), found);
  }

  @Test
  void foreignGovernment_isNoLocalBody() {
    assertEquals(List.of(), orgs("美国政府对此表示关注。"));
  }

  @Test
  void knownUniversity_carriesItsCity() {
    List<Mention> found = orgs("中山大学与华为技术有限公司签署协议。");

    assertEquals(List.of(
        org("中山大学", 0, "中山大学", Map.of("kind", "university", "city", "广州市")),
        org("华为技术有限公司", 5, "华为技术有限公司", Map.of("kind", "company"))), found);
  }

  @Test
  void unknownUniversity_foundBySuffix() {
    List<Mention> found = orgs("温州医科大学的团队参与研发。");

    assertEquals(List.of(org("温州医科大学", 0, "温州医科大学", Map.of("kind", "university", "place", "温州"))), found);
  }

  @Test
  void affiliatedHospitals_areHospitalsWithTheirUniversitysCity() {
    List<Mention> found = orgs("复旦大学附属中山医院与浙江大学医学院附属第一医院开展合作。");

    assertEquals(List.of(
        org("复旦大学附属中山医院", 0, "复旦大学附属中山医院", Map.of("kind", "hospital", "city", "上海市")),
        org("浙江大学医学院附属第一医院", 11, "浙江大学医学院附属第一医院", Map.of("kind", "hospital", "city", "杭州市"))), found);
  }

  @Test
  void jointInstitutionName_isOneMention() {
    List<Mention> found = orgs("中国医学科学院北京协和医学院和中国信息通信研究院共同参与。");

    assertEquals(2, found.size());
    assertEquals(org("中国医学科学院北京协和医学院", 0, "中国医学科学院北京协和医学院", Map.of("kind", "university", "city", "北京市")),
        found.get(0));
    assertEquals("中国信息通信研究院", found.get(1).canonical());
  }

  @Test
  void companyWithGroupInParentheses_startsAfterTheConjunction() {
    List<Mention> found = orgs("双方代表与东浩兰生(集团)有限公司签署协议。");

    assertEquals(List.of(org("东浩兰生(集团)有限公司", 5, "东浩兰生（集团）有限公司", Map.of("kind", "company"))), found);
  }

  @Test
  void companyName_doesNotSwallowTheClauseBeforeIt() {
    List<Mention> found = orgs("推动龙头企业与杭州海康威视数字技术股份有限公司开展合作。");

    assertEquals(List.of(org("杭州海康威视数字技术股份有限公司", 7, "杭州海康威视数字技术股份有限公司",
        Map.of("kind", "company", "place", "杭州"))), found);
  }

  @Test
  void companyGroup_startsAfterPunctuation() {
    List<Mention> found = orgs("会上，广州数科集团负责人介绍了项目进展。");

    assertEquals(List.of(org("广州数科集团", 3, "广州数科集团", Map.of("kind", "company", "place", "广州"))), found);
  }

  @Test
  void transliteratedNameBrokenIntoCharacters_joinsThePlaceBeforeIt() {
    List<Mention> found = orgs("双方与海南比勒费尔德应用科学大学签署协议。");

    assertEquals(List.of(org("海南比勒费尔德应用科学大学", 3, "海南比勒费尔德应用科学大学",
        Map.of("kind", "university", "place", "海南"))), found);
  }

  @Test
  void genericUniversityAfterCountryAndOrdinal_isNoMention() {
    assertEquals(List.of(), orgs("这是德国首所公立大学在华设立的校区。"));
  }

  @Test
  void genericSuffixPhrases_areNoMentions() {
    assertEquals(List.of(), orgs("建设一流大学，培养大学生创新能力，鼓励上市公司参与。"));
  }

  @Test
  void withoutTokens_provincialBodyAndHospitalStillFound() {
    String sentence = "联合浙江省卫生健康委和复旦大学附属中山医院发布行动计划。";

    List<Mention> found = ORGS.recognize(sentence, List.<Token>of(), DocumentContext.empty());

    assertEquals(List.of(
        org("浙江省卫生健康委", 2, "浙江省卫生健康委员会", Map.of("kind", "local", "place", "浙江省")),
        org("复旦大学附属中山医院", 11, "复旦大学附属中山医院", Map.of("kind", "hospital", "city", "上海市"))), found);
  }

  @Test
  void names_includeCanonicalNamesAndAliases() {
    assertTrue(ORGS.names().containsAll(List.of("工业和信息化部", "工信部", "国家卫健委", "中国信通院")));
  }

  @Test
  void lexiconOverlay_addsALocalBody(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("org-local-bodies.tsv"), "营商环境建设局\t营商局\n", StandardCharsets.UTF_8);
    OrgRecognizer recognizer = OrgRecognizer.create(Lexicon.bundled().overlay(dir, s -> s));
    String sentence = "浙江省营商局发布通知。";

    List<Mention> found = recognizer.recognize(sentence, SEGMENTER.segment(sentence), DocumentContext.empty());

    assertEquals(List.of(org("浙江省营商局", 0, "浙江省营商环境建设局", Map.of("kind", "local", "place", "浙江省"))), found);
  }
}
