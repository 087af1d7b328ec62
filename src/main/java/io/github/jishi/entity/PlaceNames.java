package io.github.jishi.entity;

import java.util.Map;
import java.util.Set;

/**
 * Which surface forms of the gazetteer count as place names in running text, and which do not.
 *
 * <p>The gazetteer knows every unit's full and short name; running text reuses many of those
 * short names as ordinary words (朝阳产业, 长治久安, 城区面积). These lists keep the recognizer to
 * names that are places in practice and are kept short on purpose: each entry is a known false
 * hit or a known common form.
 */
final class PlaceNames {
  private PlaceNames() {}

  /** Provinces whose city is themselves (municipalities, and the two special administrative regions). */
  static final Set<String> SELF_CITY_PROVINCES = Set.of("110000", "120000", "310000", "500000", "810000", "820000");

  /** Short names of provinces and prefectures that are mostly common words or landmarks in text. */
  static final Set<String> SHORT_STOPLIST = Set.of(
      "朝阳", "白山", "黄山", "安康", "白银", "来宾", "文山", "阿里", "海北", "海西", "四平", "日照", "红河");

  /** Full names that are mostly common words (城区面积, 新县城, 省市和县级). */
  static final Set<String> FULL_STOPLIST = Set.of("城区", "郊区", "矿区", "东区", "西区", "新城区", "老城区", "新县", "和县");

  /**
   * Short names of county-level units that are written without their suffix often enough to index,
   * mapped to the full name. Only names that are unique and rarely anything else.
   */
  static final Map<String, String> DISTRICT_SHORT_NAMES = Map.ofEntries(
      Map.entry("浦东", "浦东新区"),
      Map.entry("海淀", "海淀区"),
      Map.entry("徐汇", "徐汇区"),
      Map.entry("闵行", "闵行区"),
      Map.entry("萧山", "萧山区"),
      Map.entry("余杭", "余杭区"),
      Map.entry("顺德", "顺德区"),
      Map.entry("宝安", "宝安区"),
      Map.entry("龙岗", "龙岗区"),
      Map.entry("义乌", "义乌市"),
      Map.entry("昆山", "昆山市"),
      Map.entry("江阴", "江阴市"),
      Map.entry("张家港", "张家港市"),
      Map.entry("常熟", "常熟市"),
      Map.entry("晋江", "晋江市"));

  /**
   * Fixed compounds of one-character province abbreviations (and 成 for 成都 in 成渝), with the
   * code each character stands for; {@code null} marks a character that is not a place (沪上).
   */
  static final Map<String, String[]> COMPOUNDS = Map.ofEntries(
      Map.entry("京津冀", codes("110000", "120000", "130000")),
      Map.entry("京津", codes("110000", "120000")),
      Map.entry("沪苏浙皖", codes("310000", "320000", "330000", "340000")),
      Map.entry("苏浙皖沪", codes("320000", "330000", "340000", "310000")),
      Map.entry("江浙沪", codes("320000", "330000", "310000")),
      Map.entry("沪苏浙", codes("310000", "320000", "330000")),
      Map.entry("苏浙沪", codes("320000", "330000", "310000")),
      Map.entry("粤港澳", codes("440000", "810000", "820000")),
      Map.entry("港澳台", codes("810000", "820000", "710000")),
      Map.entry("港澳", codes("810000", "820000")),
      Map.entry("成渝", codes("510100", "500000")),
      Map.entry("川渝", codes("510000", "500000")),
      Map.entry("陕甘宁", codes("610000", "620000", "640000")),
      Map.entry("沪上", codes("310000", null)));

  /** One-character abbreviations accepted alone, right after a verb of motion or presence (来沪, 在京). */
  static final Map<Character, String> PREFIXED_ABBREVIATIONS = Map.of('京', "110000", '沪', "310000");

  /** What may precede a lone abbreviation: 在京, 进京, 驻京, 来沪, 赴沪, 返沪... */
  static final String ABBREVIATION_PREFIXES = "在进驻来赴抵离返留";

  /** What may not follow a lone abbreviation: 在京东 (a company), 在京剧, 在沪深两市, 沪市, 沪指. */
  static final String ABBREVIATION_BLOCKERS = "东剧深市指";

  private static String[] codes(String... codes) {
    return codes;
  }
}
