package io.github.jishi.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Names in pinyin and English, coordinates, the map beyond the mainland, and former names. */
class PlaceNamesLatinTest {
  private static final PlaceGazetteer G = PlaceGazetteer.load();

  private static String resolve(String query) {
    return G.resolveQuery(query).stream().map(Place::name).collect(Collectors.joining(","));
  }

  @Test
  void pinyinFindsThePlaceWithOrWithoutCaseTonesSpacesAndApostrophes() {
    assertEquals("杭州市", resolve("hangzhou"));
    assertEquals("杭州市", resolve("Hangzhou"));
    assertEquals("杭州市", resolve("HANGZHOU"));
    assertEquals("杭州市", resolve("Hángzhōu"));
    assertEquals("杭州市", resolve("hang2 zhou1"));
    assertEquals("杭州市", resolve("hang zhou"));
    assertEquals("杭州市", resolve("Hangzhou City"));
    assertEquals("西安市", resolve("Xi'an"));
    assertEquals("西安市", resolve("Xian"));
    assertEquals("西安市", resolve("Xī’ān"));
    assertEquals("浙江省", resolve("zhejiang"));
    assertEquals("吕梁市", resolve("Lüliang"));
    assertEquals("吕梁市", resolve("lvliang"));
    // pinyin homonyms of one level all come back: 义乌市 and 伊吾县 are both yiwu
    assertEquals("义乌市,伊吾县", resolve("Yiwu"));
  }

  @Test
  void englishNamesFindThePlace() {
    assertEquals("香港特别行政区", resolve("Hong Kong"));
    assertEquals("香港特别行政区", resolve("hongkong"));
    assertEquals("澳门特别行政区", resolve("Macao"));
    assertEquals("内蒙古自治区", resolve("Inner Mongolia"));
    assertEquals("西藏自治区", resolve("Tibet"));
    assertEquals("陕西省", resolve("Shaanxi"));
    assertEquals("山西省", resolve("Shanxi"));
    assertEquals("乌鲁木齐市", resolve("Urumqi"));
    assertEquals("台北市", resolve("Taipei"));
    assertEquals("新竹县", resolve("Hsinchu County"));
  }

  @Test
  void pinyinHomonymsAtOneLevelAllComeBackAndHigherLevelsWin() {
    assertEquals("泰州市,台州市", resolve("taizhou"));
    assertEquals("朝阳市", resolve("chaoyang"));
    assertEquals(List.of(), G.resolveQuery("atlantis"));
    assertEquals(List.of(), G.resolveQuery("123"));
  }

  @Test
  void placesCarryPinyinAndEnglish() {
    Place hangzhou = G.byCode("330100").orElseThrow();
    assertEquals("háng zhōu", hangzhou.pinyin());
    assertEquals("Hángzhōu", hangzhou.pinyinName());
    assertEquals("", hangzhou.english());
    assertEquals("Xī'ān", G.byCode("610100").orElseThrow().pinyinName());
    assertEquals("Hong Kong", G.byCode("810000").orElseThrow().english());
    for (Place p : G.places()) {
      assertFalse(p.pinyin().isEmpty(), p.toString());
    }
  }

  @Test
  void provincesCitiesAndMostCountiesHaveTheirSeatsCoordinates() {
    Place.Seat hangzhou = G.byCode("330100").orElseThrow().coordinates().orElseThrow();
    assertEquals(30.29, hangzhou.latitude(), 0.05);
    assertEquals(120.16, hangzhou.longitude(), 0.05);
    // a province's seat is its capital's
    assertEquals(hangzhou, G.byCode("330000").orElseThrow().coordinates().orElseThrow());
    Place.Seat yiwu = G.byCode("330782").orElseThrow().coordinates().orElseThrow();
    assertEquals(29.3, yiwu.latitude(), 0.1);
    for (Place p : G.places()) {
      p.coordinates().ifPresent(s -> {
        // inside China's bounding box
        assertTrue(s.latitude() > 3 && s.latitude() < 54 && s.longitude() > 73 && s.longitude() < 136, p.toString());
      });
    }
    long provinces = G.places().stream().filter(p -> p.level() == PlaceLevel.PROVINCE && p.seat() != null).count();
    long cities = G.places().stream().filter(p -> p.level() == PlaceLevel.CITY && p.seat() != null).count();
    assertTrue(provinces >= 33, "provinces with a seat: " + provinces);
    assertTrue(cities >= 290, "cities with a seat: " + cities);
  }

  @Test
  void hongKongMacauAndTaiwanHaveTheirUnits() {
    Place hk = G.byCode("810000").orElseThrow();
    assertEquals(18, G.children(hk).size());
    assertEquals(7, G.children(G.byCode("820000").orElseThrow()).size());
    assertEquals(22, G.children(G.byCode("710000").orElseThrow()).size());
    assertEquals("湾仔区", G.resolveQuery("湾仔区").get(0).name());
    assertEquals("香港特别行政区", G.city(G.resolveQuery("湾仔区").get(0)).orElseThrow().name());
    assertEquals("高雄市", resolve("高雄"));
    assertEquals("新竹县,新竹市", resolve("Hsinchu"));
    assertEquals("新竹市", resolve("Hsinchu City"));
  }

  @Test
  void formerNamesFromTheCodeHistoryResolveToTodaysUnit() {
    assertEquals("襄阳市", resolve("襄樊市"));
    assertEquals("济南市", resolve("莱芜市"));
    assertEquals("吕梁市", resolve("吕梁地区"));
    // a county that became a district under the same code
    assertEquals("静海区", resolve("静海县"));
    assertEquals("萧山区", resolve("萧山市"));
  }
}
