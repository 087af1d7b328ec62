package io.github.jishi.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.JishiException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlaceGazetteerTest {
  private static final PlaceGazetteer G = PlaceGazetteer.load();

  private static Place only(String name) {
    List<Place> found = G.lookup(name);
    assertEquals(1, found.size(), () -> name + " -> " + found);
    return found.get(0);
  }

  private static List<String> names(List<Place> places) {
    return places.stream().map(Place::name).toList();
  }

  @Test
  void load_isReadOnceAndShared() {
    assertSame(G, PlaceGazetteer.load());
  }

  @Test
  void load_hasAllThreeLevelsInExpectedNumbers() {
    Map<PlaceLevel, Long> counts = G.places().stream()
        .collect(Collectors.groupingBy(Place::level, Collectors.counting()));
    assertEquals(34, counts.get(PlaceLevel.PROVINCE));
    long cities = counts.get(PlaceLevel.CITY);
    // about 333 on the mainland and Taiwan's 22 counties and cities
    assertTrue(cities >= 345 && cities <= 365, "prefecture-level units: " + cities);
    long districts = counts.get(PlaceLevel.DISTRICT);
    // about 2,850 on the mainland, Hong Kong's 18 districts and Macau's 7 parishes
    assertTrue(districts >= 2825 && districts <= 2975, "county-level units: " + districts);
  }

  @Test
  void load_codesAreSixDigitsAndParentsExistInTheSameProvince() {
    for (Place p : G.places()) {
      assertTrue(p.code().matches("\\d{6}"), p.toString());
      if (p.level() == PlaceLevel.PROVINCE) {
        assertEquals("", p.parentCode(), p.toString());
        continue;
      }
      Place parent = G.byCode(p.parentCode()).orElseThrow(() -> new AssertionError("no parent: " + p));
      assertTrue(parent.level().compareTo(p.level()) < 0, p + " under " + parent);
      assertEquals(p.code().substring(0, 2), parent.code().substring(0, 2), p.toString());
    }
  }

  @Test
  void load_dropsStatisticalGroupingsAndZones() {
    Set<String> all = G.places().stream().map(Place::name).collect(Collectors.toSet());
    for (String junk : List.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "苏州工业园区")) {
      assertFalse(all.contains(junk), junk);
    }
  }

  @Test
  void load_includesHongKongMacauAndTaiwanAsProvinces() {
    assertEquals(PlaceLevel.PROVINCE, only("香港").level());
    assertEquals("820000", only("澳门").code());
    assertEquals("台湾省", only("台湾").name());
  }

  @Test
  void municipalities_holdTheirDistrictsDirectly() {
    Place pudong = only("浦东新区");
    assertEquals("310000", pudong.parentCode());
    assertEquals("上海市", G.city(pudong).orElseThrow().name());
    Place binhai = only("滨海新区");
    assertEquals("120000", binhai.parentCode());
    assertEquals(PlaceLevel.DISTRICT, binhai.level());
    assertEquals("310104", only("徐汇区").code());
  }

  @Test
  void countyCitiesAdministeredByProvince_hangBelowTheProvince() {
    Place jiyuan = only("济源市");
    assertEquals("410000", jiyuan.parentCode());
    assertEquals(jiyuan, G.city(jiyuan).orElseThrow());
    assertEquals("湖北省", G.province(only("仙桃市")).name());
  }

  @Test
  void lookup_fullAndShortNames() {
    assertEquals("330100", only("杭州").code());
    assertEquals("330100", only("杭州市").code());
    assertEquals("浙江省", only("浙江").name());
    assertEquals("内蒙古自治区", only("内蒙古").name());
    assertEquals("广西壮族自治区", only("广西").name());
    assertEquals("新疆维吾尔自治区", only("新疆").name());
    assertEquals("延边朝鲜族自治州", only("延边").name());
    assertEquals("红河哈尼族彝族自治州", only("红河州").name());
    Place xiaoshan = only("萧山区");
    assertEquals(PlaceLevel.DISTRICT, xiaoshan.level());
    assertEquals("杭州市", G.city(xiaoshan).orElseThrow().name());
  }

  @Test
  void lookup_formerNamesResolveToTodaysUnit() {
    assertEquals("济南市", only("莱芜市").name());
    assertEquals("370116", only("莱芜区").code());
    assertEquals("襄阳市", only("襄樊").name());
    assertEquals("普洱市", only("思茅市").name());
    assertEquals("滨海新区", only("塘沽区").name());
    assertEquals("340181", only("巢湖市").code()); // a county-level city of 合肥 since 2011
  }

  @Test
  void lookup_duplicateNamesReturnEveryUnit() {
    List<Place> gulou = G.lookup("鼓楼区");
    assertEquals(Set.of("南京市", "徐州市", "福州市", "开封市"),
        gulou.stream().map(p -> G.city(p).orElseThrow().name()).collect(Collectors.toSet()));
  }

  @Test
  void lookup_indexedDistrictShortNamesAreUnique() {
    for (Map.Entry<String, String> e : PlaceNames.bundled().countyShortNames.entrySet()) {
      assertEquals(e.getValue(), only(e.getKey()).name());
    }
  }

  @Test
  void lookup_unknownNameIsEmpty() {
    assertEquals(List.of(), G.lookup("杭洲"));
    assertEquals(List.of(), G.lookup("中国"));
  }

  @Test
  void city_ofEachLevel() {
    assertEquals("杭州市", G.city(only("杭州市")).orElseThrow().name());
    assertTrue(G.city(only("浙江省")).isEmpty());
    assertEquals("北京市", G.city(only("北京市")).orElseThrow().name());
    assertEquals("北京市", G.city(G.byCode("110105").orElseThrow()).orElseThrow().name());
  }

  @Test
  void province_ofEachLevel() {
    assertEquals("浙江省", G.province(only("萧山区")).name());
    assertEquals("浙江省", G.province(only("杭州市")).name());
    assertEquals("浙江省", G.province(only("浙江省")).name());
    assertEquals("上海市", G.province(only("浦东新区")).name());
  }

  @Test
  void city_rejectsPlaceFromElsewhere() {
    Place fake = new Place("999999", "无名市", "无名", PlaceLevel.CITY, "330000");
    assertThrows(IllegalArgumentException.class, () -> G.city(fake));
  }

  @Test
  void children_andDescendantCodes() {
    Place hangzhou = only("杭州市");
    assertTrue(names(G.children(hangzhou)).containsAll(List.of("上城区", "萧山区", "余杭区", "建德市", "淳安县")));
    Set<String> zhejiang = G.descendantCodes(only("浙江省"));
    assertTrue(zhejiang.containsAll(Set.of("330000", "330100", "330109")));
    assertFalse(zhejiang.contains("310115"));
    assertEquals(Set.of("330109"), G.descendantCodes(only("萧山区")));
    assertEquals(16, G.children(only("上海市")).size());
  }

  @Test
  void resolveQuery_prefersFullNamesThenHigherLevels() {
    assertEquals(List.of("杭州市"), names(G.resolveQuery("杭州")));
    assertEquals(List.of("杭州市"), names(G.resolveQuery(" 杭州市 ")));
    assertEquals(List.of("浙江省"), names(G.resolveQuery("浙江")));
    assertEquals(List.of("浙江省"), names(G.resolveQuery("浙江省")));
    assertEquals(List.of("120116"), G.resolveQuery("滨海新区").stream().map(Place::code).toList());
    assertEquals(List.of("吉林省"), names(G.resolveQuery("吉林")));
    assertEquals(List.of("220200"), G.resolveQuery("吉林市").stream().map(Place::code).toList());
    assertEquals(List.of("211300"), G.resolveQuery("朝阳").stream().map(Place::code).toList());
    assertEquals(4, G.resolveQuery("鼓楼区").size());
    assertEquals(List.of(), G.resolveQuery("杭洲"));
  }

  @Test
  void suggest_namesOneEditAway() {
    assertEquals("杭州", G.suggest("杭洲").get(0));
    assertTrue(G.suggest("浙江生").contains("浙江省"), G.suggest("浙江生").toString());
    assertTrue(G.suggest("苏州市市").contains("苏州市"));
    assertTrue(G.suggest("北京").stream().noneMatch("北京"::equals));
    assertTrue(G.suggest("杭洲").size() <= 5);
    assertEquals(List.of(), G.suggest("完全不像地名的一串字"));
  }

  @Test
  void oneEditApart_substitutionInsertionDeletion() {
    assertTrue(PlaceGazetteer.oneEditApart("杭洲", "杭州"));
    assertTrue(PlaceGazetteer.oneEditApart("杭州", "杭州市"));
    assertTrue(PlaceGazetteer.oneEditApart("杭州市", "杭州"));
    assertFalse(PlaceGazetteer.oneEditApart("杭州", "杭州"));
    assertFalse(PlaceGazetteer.oneEditApart("杭州", "福州市"));
  }

  @Test
  void allNames_holdsRecognizableNamesOnly() {
    Set<String> names = G.allNames();
    assertTrue(names.containsAll(Set.of("杭州", "杭州市", "萧山区", "浦东", "浦东新区", "莱芜市", "内蒙古", "朝阳区", "红河州")));
    assertFalse(names.contains("朝阳"), "common word");
    assertFalse(names.contains("城区"), "common word");
    assertFalse(names.contains("鼓楼"), "district short name");
  }

  @Test
  void parse_readsCommentsAndRows() {
    PlaceGazetteer g = PlaceGazetteer.parse("# test\n330000\t浙江省\t浙江\tprovince\t\t\n"
        + "330100\t杭州市\t杭州\tcity\t330000\t杭县\n", "test.tsv");
    assertEquals(2, g.places().size());
    assertEquals("杭州市", g.lookup("杭县").get(0).name());
  }

  @Test
  void parse_rejectsMalformedRowsNamingLineAndValue() {
    Function<String, String> error = text -> assertThrows(JishiException.class,
        () -> PlaceGazetteer.parse(text, "test.tsv")).getMessage();
    assertEquals("test.tsv:2: place code is not 6 digits: 33000",
        error.apply("# header\n33000\t浙江省\t浙江\tprovince\t\t\n"));
    assertEquals("test.tsv:1: unknown place level: town",
        error.apply("330000\t浙江省\t浙江\ttown\t\t\n"));
    assertEquals("test.tsv:1: expected 6, 8 or 10 tab-separated fields, found 3",
        error.apply("330000\t浙江省\t浙江\n"));
    assertEquals("place with unknown parent in gazetteer: 330100 -> 330000",
        error.apply("330100\t杭州市\t杭州\tcity\t330000\t\n"));
  }
}
