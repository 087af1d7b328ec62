package io.github.jishi.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.jishi.entity.Mention;
import io.github.jishi.internal.nlp.HanLpSegmenter;
import io.github.jishi.nlp.Segmenter;
import io.github.jishi.text.NormalizedText;
import io.github.jishi.internal.text.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * County-level names without their suffix, nicknames and one-character abbreviations, on
 * sentences written for these tests, segmented as the pipeline segments them.
 */
class PlaceShortFormsTest {
  private static final PlaceGazetteer G = PlaceGazetteer.load();
  private static final PlaceRecognizer R = PlaceRecognizer.create(G);
  private static final Segmenter SEGMENTER = HanLpSegmenter.builder().words(G.allNames(), "ns").build();
  private static final TextNormalizer NORMALIZER = TextNormalizer.create();

  /** Mentions of a sentence (normalized first, so traditional script reads as simplified). */
  private static List<Mention> find(String sentence) {
    NormalizedText text = NORMALIZER.normalize(sentence);
    return R.recognize(text.text(), SEGMENTER.segment(text.text()), DocumentContext.empty());
  }

  /** Mentions as {@code text[start,end)=canonical/city}. */
  private static List<String> spans(String sentence) {
    return find(sentence).stream()
        .map(m -> m.text() + "[" + m.start() + "," + m.end() + ")=" + m.canonical() + "/" + m.attribute("city"))
        .toList();
  }

  @Test
  void countyShortName_uniqueNameStandsAlone() {
    assertEquals(List.of("迁安[0,2)=迁安市/唐山市"), spans("迁安入选了这一批试点。"));
  }

  @Test
  void countyShortName_inTraditionalScript() {
    assertEquals(List.of("湖北[0,2)=湖北省/null", "宜都[2,4)=宜都市/宜昌市", "大冶[5,7)=大冶市/黄石市"),
        spans("湖北宜都、大冶獲得這項稱號。"));
  }

  @Test
  void countyShortName_inBracketsAfterItsProvince() {
    assertEquals(List.of("浙江[0,2)=浙江省/null", "德清[3,5)=德清县/湖州市"), spans("浙江(德清)获准创建先导区。"));
  }

  @Test
  void countyShortName_insideAnOrdinaryWordIsNoPlace() {
    assertEquals(List.of(), spans("他们决定强大冶金行业。"));
    assertEquals(List.of(), spans("工作人员正在修复永修改过的方案。").stream().filter(s -> s.startsWith("永修")).toList());
  }

  @Test
  void countyWord_aloneIsNoPlace() {
    assertEquals(List.of(), spans("大好江山需要守护。"));
    assertEquals(List.of(), spans("表面的光泽很亮。"));
  }

  @Test
  void countyWord_afterItsProvinceIsAPlace() {
    assertEquals(List.of("福建[0,2)=福建省/null", "光泽[2,4)=光泽县/南平市"), spans("福建光泽发展生态旅游。"));
  }

  @Test
  void countyWord_afterAnotherProvinceIsNoPlace() {
    assertEquals(List.of("江苏[0,2)=江苏省/null"), spans("江苏光泽很好。"));
  }

  @Test
  void sharedCountyShortName_resolvedByItsCityRightBefore() {
    List<Mention> found = find("南京鼓楼推出新政策。");
    assertEquals("320106", found.get(1).attribute("code"));
    assertEquals("鼓楼", found.get(1).text());
  }

  @Test
  void sharedCountyShortName_aloneIsNoPlace() {
    assertEquals(List.of(), spans("鼓楼推出新政策。"));
  }

  @Test
  void districtShortName_ofMunicipality() {
    assertEquals(List.of("涪陵[2,4)=涪陵区/重庆市"), spans("位于涪陵的园区升级。"));
  }

  @Test
  void countyShortName_insideZoneNameAfterItsCity() {
    assertEquals(List.of("广州[0,2)=广州市/广州市", "花都[2,4)=花都区/广州市"), spans("广州花都经济开发区升级为国家级。"));
  }

  @Test
  void formerCountyName_resolvesToTheCityItBecame() {
    List<Mention> found = find("当年的黔西县已经撤县设市。");
    assertEquals("黔西县", found.get(0).text());
    assertEquals(3, found.get(0).start());
    assertEquals("黔西市", found.get(0).canonical());
    assertEquals("毕节市", found.get(0).attribute("city"));
  }

  @Test
  void formerCountyLevelCity_resolvesToTheDistrictItBecame() {
    assertEquals("萧山区", G.lookup("萧山市").get(0).name());
  }

  @Test
  void derivedFormer_notMadeFromOrdinaryWords() {
    assertEquals(List.of(), G.lookup("老城市"));
  }

  @Test
  void abbreviation_afterPresenceVerb() {
    assertEquals(List.of("榕[5,6)=福州市/福州市"), spans("这次峰会在榕举办。"));
  }

  @Test
  void abbreviation_afterTwoCharacterCue() {
    assertEquals(List.of("蓉[8,9)=成都市/成都市"), spans("多家企业选择落户蓉。"));
  }

  @Test
  void abbreviation_afterTraditionalCue() {
    assertEquals(List.of("穗[3,4)=广州市/广州市"), spans("代表抵穗參加會議。"));
  }

  @Test
  void abbreviation_cueInsideLongerWordIsNoCue() {
    assertEquals(List.of(), spans("自2015年以来沪深两地合作加深。").stream().filter(s -> s.startsWith("沪")).toList());
  }

  @Test
  void abbreviation_excludedCueForThatForm() {
    assertEquals(List.of(), spans("当地回汉群众和睦相处。"));
  }

  @Test
  void abbreviation_withoutCueIsNoPlace() {
    assertEquals(List.of(), spans("榕树长得很高。"));
  }

  @Test
  void nickname_twoCharactersStandAlone() {
    assertEquals(List.of("鹏城[0,2)=深圳市/深圳市"), spans("鹏城迎来新一批项目。"));
  }

  @Test
  void nickname_ofProvinceHasNoCity() {
    List<Mention> found = find("八闽大地春意盎然。");
    assertEquals("福建省", found.get(0).canonical());
    assertNull(found.get(0).attribute("city"));
  }

  @Test
  void countyShortName_startingAFirmNameIsNoPlace() {
    assertEquals(List.of(), spans("泰和智能装备有限公司发布新品。"));
  }

  @Test
  void countyShortName_asPersonBeforeVerbOfSayingIsNoPlace() {
    assertEquals(List.of(), spans("田东介绍了项目的进展。"));
  }

  @Test
  void countyShortName_afterTitleIsNoPlace() {
    assertEquals(List.of(), spans("项目负责人田东表示满意。"));
  }

  @Test
  void countyShortName_overlappingACityNameIsNoPlace() {
    assertEquals(List.of(), spans("辽阳新一批住房开工。").stream().filter(m -> m.startsWith("阳新")).toList());
  }

  @Test
  void nickname_startingAnOutletNameIsNoPlace() {
    assertEquals(List.of(), spans("据齐鲁网报道，活动圆满结束。"));
  }

  @Test
  void nickname_endingInAnOutletsCreditIsNoPlace() {
    assertEquals(List.of(), spans("三秦都市报记者从会上获悉。"));
  }

  @Test
  void nickname_beforeOrdinaryWordsStaysAPlace() {
    assertEquals(List.of("荆楚[0,2)=湖北省/null"), spans("荆楚大地迎来丰收。"));
  }

  @Test
  void nickname_inOutletBylineBeforeDatelineIsNoPlace() {
    assertEquals(List.of("上海[5,7)=上海市/上海市"), spans("燕赵经济报上海5月2日电"));
  }

  @Test
  void sharedCountyShortName_resolvedByThePlaceNamedLast() {
    DocumentContext context = DocumentContext.empty();
    String first = "上海市出台了新规。";
    R.recognize(first, SEGMENTER.segment(first), context);
    String second = "普陀率先落实。";
    List<Mention> found = R.recognize(second, SEGMENTER.segment(second), context);
    assertEquals("普陀[0,2)=310107", found.get(0).text() + "[" + found.get(0).start() + "," + found.get(0).end() + ")="
        + found.get(0).attribute("code"));
  }

  @Test
  void sharedCountyWord_notResolvedByThePlaceNamedLast() {
    DocumentContext context = DocumentContext.empty();
    String first = "南京市出台了新规。";
    R.recognize(first, SEGMENTER.segment(first), context);
    String second = "鼓楼的钟声响起。";
    assertEquals(List.of(), R.recognize(second, SEGMENTER.segment(second), context));
  }

  @Test
  void countyShortName_startingAThreeCharacterPersonNameIsNoPlace() {
    assertEquals(List.of(), spans("彭阳雨坦言困难不少。"));
  }
}
