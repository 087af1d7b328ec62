package io.github.jishi.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jishi.internal.nlp.HanLpSegmenter;
import io.github.jishi.nlp.Segmenter;
import io.github.jishi.internal.text.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Former names (from the GB/T 2260 revisions) and the units of Hong Kong, Macau and Taiwan in
 * running text, on sentences written for these tests.
 */
class PlaceHistoryTest {
  private static final PlaceGazetteer G = PlaceGazetteer.load();
  private static final PlaceRecognizer R = PlaceRecognizer.create(G);
  private static final Segmenter SEGMENTER = HanLpSegmenter.builder().words(G.allNames(), "ns").build();
  private static final TextNormalizer NORMALIZER = TextNormalizer.create();

  private static List<String> spans(String sentence) {
    String text = NORMALIZER.normalize(sentence).text();
    return R.recognize(text, SEGMENTER.segment(text), DocumentContext.empty()).stream()
        .map(m -> m.text() + "[" + m.start() + "," + m.end() + ")=" + m.canonical()).toList();
  }

  @Test
  void renamedPrefecture_keepsTheOldNameAndResolvesToToday() {
    assertEquals(List.of("湖北[6,8)=湖北省", "襄樊市[8,11)=襄阳市"), spans("2009年，湖北襄樊市出台了一项扶持政策。"));
  }

  @Test
  void mergedPrefecture_resolvesToTheCityThatAbsorbedIt() {
    assertEquals(List.of("莱芜市[0,3)=济南市"), spans("莱芜市在2018年发布了新的产业规划。"));
  }

  @Test
  void countyThatBecameADistrict_resolvesToTheDistrict() {
    assertEquals(List.of("萧山市[0,3)=萧山区"), spans("萧山市当年出台了招商引资办法。"));
  }

  @Test
  void prefectureThatBecameACity_resolvesToTheCity() {
    assertEquals(List.of("吕梁地区[0,4)=吕梁市"), spans("吕梁地区那年启动了扶贫项目。"));
  }

  @Test
  void hongKongAndTaiwanUnits_areRecognized() {
    assertEquals(List.of("香港[0,2)=香港特别行政区", "湾仔区[2,5)=湾仔区"), spans("香港湾仔区将举办一场展览。"));
    assertEquals(List.of("高雄市[0,3)=高雄市"), spans("高雄市推出了新的港口计划。"));
  }
}
