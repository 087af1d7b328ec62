package io.github.jishi.internal.entity;

import io.github.jishi.entity.Mention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jishi.internal.nlp.HanLpSegmenter;
import io.github.jishi.nlp.Segmenter;
import io.github.jishi.internal.text.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Former names from the code tables since 1980 (the MCA's yearly tables before 2002, the GB/T
 * 2260 revisions after, today's table) in running text, on sentences written for these tests:
 * the mention keeps the old name, its place is today's unit.
 */
class PlaceHistorySince1980Test {
  private static final PlaceGazetteer G = PlaceGazetteer.load();
  private static final PlaceRecognizer R = PlaceRecognizer.create(G);
  private static final Segmenter SEGMENTER = HanLpSegmenter.builder().words(G.allNames(), "ns").build();
  private static final TextNormalizer NORMALIZER = TextNormalizer.create();

  private static List<Mention> mentions(String sentence) {
    String text = NORMALIZER.normalize(sentence).text();
    return R.recognize(text, SEGMENTER.segment(text), DocumentContext.empty());
  }

  private static List<String> spans(String sentence) {
    return mentions(sentence).stream().map(m -> m.text() + "[" + m.start() + "," + m.end() + ")=" + m.canonical()).toList();
  }

  @Test
  void xiangfanWithoutItsSuffix_isXiangyang() {
    assertEquals(List.of("襄樊[6,8)=襄阳市"), spans("1998年，襄樊的纺织企业开始改制。"));
  }

  @Test
  void laiwu_liesInJinanToday() {
    assertEquals(List.of("莱芜市[6,9)=济南市"), spans("2016年，莱芜市启动了老工业区改造。"));
    List<Mention> bare = mentions("莱芜的钢铁企业那年完成了搬迁。");
    assertEquals(List.of("莱芜[0,2)=莱芜区"), spans("莱芜的钢铁企业那年完成了搬迁。"));
    assertEquals("济南市", G.city(G.byCode(bare.get(0).attributes().get("code")).orElseThrow()).orElseThrow().name());
  }

  @Test
  void countyThatBecameADistrictBefore2002_resolvesToTheDistrict() {
    // 江宁县 became 南京's 江宁区 in 2000: only the MCA's tables before 2002 list the county
    assertEquals(List.of("江宁县[6,9)=江宁区"), spans("1999年，江宁县启动了开发区建设。"));
  }

  @Test
  void prefectureThatBecameACityBefore2002_resolvesToTheCity() {
    assertEquals(List.of("曲靖地区[5,9)=曲靖市"), spans("1995年曲靖地区的烟草产量创下新高。"));
    // renamed as well as raised: 徽州地区 is 黄山市 since 1987 (same code, 341000)
    assertEquals(List.of("徽州地区[0,4)=黄山市"), spans("徽州地区的茶叶出口当年增长了两成。"));
  }

  @Test
  void countyThatBecameACityBefore2002_resolvesToTheCity() {
    assertEquals(List.of("枣阳县[0,3)=枣阳市"), spans("枣阳县那年新建了一座水库。"));
  }

  @Test
  void oneCharacterCountyRenamedSince2016_resolvesToTheNewUnit() {
    // 横县 450127 became 横州市 450181 in 2021: renamed and recoded
    assertEquals(List.of("横县[0,2)=横州市"), spans("横县的茉莉花产量多年位居全国前列。"));
  }
}
