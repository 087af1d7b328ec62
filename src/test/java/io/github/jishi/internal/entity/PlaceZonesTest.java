package io.github.jishi.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jishi.entity.Mention;
import io.github.jishi.internal.lexicon.Lexicon;
import io.github.jishi.internal.nlp.HanLpSegmenter;
import io.github.jishi.nlp.Segmenter;
import io.github.jishi.internal.text.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Development areas as places of their cities, on sentences written for these tests. */
class PlaceZonesTest {
  private static final PlaceGazetteer G = PlaceGazetteer.load();
  private static final PlaceRecognizer R = PlaceRecognizer.create(G);
  private static final Segmenter SEGMENTER = HanLpSegmenter.builder().words(G.allNames(), "ns").build();
  private static final TextNormalizer NORMALIZER = TextNormalizer.create();

  private static List<Mention> find(PlaceRecognizer recognizer, String sentence) {
    String text = NORMALIZER.normalize(sentence).text();
    return recognizer.recognize(text, SEGMENTER.segment(text), DocumentContext.empty());
  }

  private static List<Mention> find(String sentence) {
    return find(R, sentence);
  }

  /** Mentions as {@code text[start,end)=canonical}. */
  private static List<String> spans(List<Mention> mentions) {
    return mentions.stream().map(m -> m.text() + "[" + m.start() + "," + m.end() + ")=" + m.canonical()).toList();
  }

  @Test
  void zone_withoutItsCityIsAPlaceOfTheCity() {
    Mention m = find("雄安新区今年新开工一批项目。").get(0);
    assertEquals("雄安新区[0,4)=保定市", spans(List.of(m)).get(0));
    assertEquals("保定市", m.attribute("city"));
    assertEquals("130600", m.attribute("code"));
    assertEquals("雄安新区", m.attribute("zone"));
    assertEquals("new_area", m.attribute("zone_kind"));
    assertEquals("保定市", m.attribute("cities"));
  }

  @Test
  void zone_andItsCityNamedAgain_cityKeepsOnlyItsOwnAttributes() {
    // a city's attributes are made once and shared: the zone's must not leak into them
    List<Mention> found = find("保定市与雄安新区签约，保定市将配套建设。");
    assertEquals(List.of("保定市[0,3)=保定市", "雄安新区[4,8)=保定市", "保定市[11,14)=保定市"), spans(found));
    assertEquals(found.get(0).attributes(), found.get(2).attributes());
    assertEquals(Map.of("code", "130600", "level", "city", "city", "保定市", "province", "河北省"), found.get(2).attributes());
    assertEquals("雄安新区", found.get(1).attribute("zone"));
  }

  @Test
  void zone_spanningCitiesListsThemAll() {
    Mention m = find("国务院同意设立贵安新区。").get(0);
    assertEquals("贵安新区[7,11)=贵阳市", spans(List.of(m)).get(0));
    assertEquals("贵阳市,安顺市", m.attribute("cities"));
  }

  @Test
  void zone_afterItsProvinceKeepsTheProvince() {
    assertEquals(List.of("陕西[0,2)=陕西省", "西咸新区[2,6)=西安市"), spans(find("陕西西咸新区正式成立。")));
  }

  @Test
  void zone_inTraditionalScript() {
    assertEquals(List.of("两江新区[0,4)=重庆市"), spans(find("兩江新區掛牌成立。")));
  }

  @Test
  void zone_startingWithCityNameIsOneMention() {
    assertEquals(List.of("北京经济技术开发区[0,9)=北京市"), spans(find("北京经济技术开发区发布新规。")));
  }

  @Test
  void zone_aliasResolvesLikeTheName() {
    Mention m = find("中关村示范区再添新园。").get(0);
    assertEquals("中关村", m.attribute("zone"));
    assertEquals("北京市", m.canonical());
  }

  @Test
  void zone_municipalityIsItsOwnCity() {
    Mention m = find("中新天津生态城启动建设。").get(0);
    assertEquals("天津市", m.attribute("city"));
    assertEquals("天津市", m.attribute("province"));
  }

  @Test
  void zone_notesItsCityInTheContext() {
    DocumentContext context = DocumentContext.empty();
    String text = "东湖高新区举行签约仪式。";
    R.recognize(text, SEGMENTER.segment(text), context);
    assertEquals("武汉市", context.recentPlaces().get(0).name());
  }

  @Test
  void zone_fromUserOverlay(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("place-zones.tsv"), "梦想小镇\t\t杭州市\tother\ta test line\n", StandardCharsets.UTF_8);
    PlaceRecognizer withOverlay = PlaceRecognizer.create(G, Lexicon.bundled().overlay(dir, s -> s));
    assertEquals(List.of("梦想小镇[2,6)=杭州市"), spans(find(withOverlay, "走进梦想小镇看创业。")));
  }

  @Test
  void nickname_removedByUserOverlay(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("place-nicknames.tsv"), "-鹏城\n", StandardCharsets.UTF_8);
    PlaceRecognizer withOverlay = PlaceRecognizer.create(G, Lexicon.bundled().overlay(dir, s -> s));
    assertEquals(List.of(), spans(find(withOverlay, "鹏城迎来新一批项目。")));
  }
}
