package io.github.jishi.entity;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Context rules that tell a place name from the same characters used otherwise.
 *
 * <p>Each rule looks only at the characters around a dictionary match, so it works without a
 * segmentation; the recognizer combines them with the tokens when it has them. Every list here
 * answers a false hit seen in text: road names (南京东路), bodies named after a place (浙江大学,
 * 北京时间), person names (刘长春), words that happen to contain a name (新乡村, 长治久安).
 */
final class PlaceGuards {
  private PlaceGuards() {}

  private static final String ROAD_INFIXES = "东西南北中一二三四五六七八九十";
  private static final List<String> ROAD_SUFFIXES = List.of("大街", "大道", "路", "街", "道", "巷", "桥", "站", "口");
  /** Words that start like a road suffix but say something about the place itself (浙江道路, 杭州站点). */
  private static final List<String> NOT_ROADS = List.of(
      "道路", "道德", "道理", "路线", "路径", "路演", "口岸", "口径", "口碑", "口音", "站点", "站在", "桥梁", "街道");

  /** Bodies and things named after a place rather than located by it. */
  private static final List<String> NAMED_AFTER = List.of(
      "大学", "学院", "医学院", "医院", "银行", "集团", "公司", "日报", "晚报", "晨报", "商报", "卫视", "电视台",
      "广播电视台", "中学", "小学", "大厦", "公园", "博物馆", "图书馆", "机场", "证券", "交易所", "啤酒", "时间");
  /** Words that may stand between the place and such a body: 上海交通大学, 北京协和医院, 浦东国际机场. */
  private static final List<String> NAMED_AFTER_INFIXES = List.of(
      "航空航天", "电子科技", "浦东发展", "外国语", "中医药", "交通", "理工", "工业", "工程", "师范", "航空", "航天",
      "科技", "财经", "医科", "中医", "农业", "林业", "农林", "邮电", "电力", "体育", "音乐", "美术", "艺术", "工商",
      "政法", "化工", "石油", "海洋", "信息", "第一", "第二", "第三", "第四", "城市", "职业", "技术", "经贸", "电影",
      "传媒", "建筑", "医学", "商业", "国际", "协和", "儿童", "肿瘤", "人民", "妇幼", "口腔", "农商", "农村", "发展",
      "广播", "电视", "新闻", "科学", "文理", "财政", "经济", "联合", "民族");

  /** First characters of a road suffix, a body's name or an infix: most text after a name has none. */
  private static final BitSet AFTER_NAME_STARTS = firstChars(ROAD_INFIXES, ROAD_SUFFIXES, NAMED_AFTER, NAMED_AFTER_INFIXES);

  /** Names that start a common word or product (长治久安, 新乡村, 三明治, 大理石), or end one (其余杭州). */
  private static final Map<String, List<String>> WORD_CONTINUATIONS = Map.ofEntries(
      Map.entry("长治", List.of("久")),
      Map.entry("安顺", List.of("利")),
      Map.entry("大理", List.of("石")),
      Map.entry("哈密", List.of("瓜")),
      Map.entry("和田", List.of("玉")),
      Map.entry("新乡", List.of("村")),
      Map.entry("三明", List.of("治")),
      Map.entry("普洱", List.of("茶")),
      Map.entry("德州", List.of("扑克")),
      Map.entry("中山", List.of("装", "陵")),
      Map.entry("保定", List.of("期")),
      Map.entry("开封", List.of("后")),
      Map.entry("玉树", List.of("临风")),
      Map.entry("余杭", List.of("州")));

  /** Names that end a common word begun before them: 幸福建设, 建成都市圈, 美国德州 (Texas). */
  private static final Map<String, List<String>> WORD_BEGINNINGS = Map.of(
      "福建", List.of("幸"),
      "成都", List.of("建", "形", "完", "达", "促"),
      "成都市", List.of("建", "形", "完", "达", "促"),
      "德州", List.of("美国"));

  /** A bank of a river or a slope of a mountain: 黄河北岸 is not 河北. */
  private static final String SIDE_WORDS = "岸侧麓坡";
  /** First characters of rivers, lakes and coasts whose name would swallow a province's first character. */
  private static final String WATER_FIRST = "黄长淮珠太沿渤汉洞";
  private static final String WATER_SECOND = "河湖江海山";

  /** What may stand before a two-character county name when nothing else marks its start (在沛县, 安徽寿县). */
  private static final String SHORT_COUNTY_LEFT = "在于赴到来的和与及或、，,从至往经对向由以自是为将把被等省市州盟区县去";

  /** Common surnames that rarely act as a function word before a place name. */
  private static final String SURNAMES =
      "王李张刘陈杨赵吴周徐孙马朱胡郭罗郑梁谢宋唐冯邓曹彭肖董袁潘蒋蔡杜叶魏吕丁沈姚卢姜崔钟谭汪廖贾韦邹孟熊邱尹薛闫段雷侯毛郝龚邵钱严覃戴孔汤庞樊殷洪倪";
  /** What follows a person's name, not a place: 刘长春表示, 王大庆院士. */
  private static final List<String> AFTER_PERSON = List.of(
      "院士", "教授", "表示", "说", "指出", "认为", "介绍", "同志", "先生", "女士", "博士", "主任", "书记", "局长",
      "市长", "省长", "部长", "院长", "校长", "经理", "董事长", "总裁", "代表", "委员", "研究员", "称", "等人", "是");

  private static BitSet firstChars(String chars, List<String> a, List<String> b, List<String> c) {
    BitSet out = new BitSet(Character.MAX_VALUE + 1);
    chars.chars().forEach(out::set);
    for (List<String> words : List.of(a, b, c)) {
      for (String w : words) {
        out.set(w.charAt(0));
      }
    }
    return out;
  }

  /** 南京东路, 中山路, 北京南站, 环河北路: the name starts a road, street or station name. */
  static boolean startsRoadName(String text, int end) {
    if (end >= text.length() || !AFTER_NAME_STARTS.get(text.charAt(end))) {
      return false;
    }
    int at = end;
    if (at < text.length() && ROAD_INFIXES.indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    for (String suffix : ROAD_SUFFIXES) {
      if (text.startsWith(suffix, at)) {
        if (at == end && startsAny(text, end, NOT_ROADS)) {
          return false;
        }
        return true;
      }
    }
    return false;
  }

  /** 浙江大学, 上海交通大学, 杭州银行, 北京时间: the name starts the name of a body or thing. */
  static boolean startsNamedBody(String text, int end) {
    if (end >= text.length() || !AFTER_NAME_STARTS.get(text.charAt(end))) {
      return false;
    }
    int at = end;
    for (int infixes = 0; infixes <= 3; infixes++) {
      if (startsAny(text, at, NAMED_AFTER)) {
        return true;
      }
      int next = -1;
      for (String infix : NAMED_AFTER_INFIXES) {
        if (text.startsWith(infix, at)) {
          next = at + infix.length();
          break;
        }
      }
      if (next < 0) {
        return false;
      }
      at = next;
    }
    return false;
  }

  /** 长治久安, 新乡村, 幸福建设, 黄河北岸, 沿海南部: the characters form another word with what surrounds them. */
  static boolean formsOtherWord(String name, String text, int start, int end, boolean startIsFree) {
    List<String> continuations = WORD_CONTINUATIONS.get(name);
    if (continuations != null && startsAny(text, end, continuations)) {
      return true;
    }
    List<String> beginnings = WORD_BEGINNINGS.get(name);
    if (startIsFree && beginnings != null) {
      for (String w : beginnings) {
        if (text.startsWith(w, start - w.length())) {
          return true;
        }
      }
    }
    char last = name.charAt(name.length() - 1);
    if ("东西南北".indexOf(last) >= 0 && end < text.length() && SIDE_WORDS.indexOf(text.charAt(end)) >= 0) {
      return true;
    }
    return startIsFree && start > 0 && WATER_SECOND.indexOf(name.charAt(0)) >= 0
        && WATER_FIRST.indexOf(text.charAt(start - 1)) >= 0;
  }

  /** 北京市场, 浙江省份: the suffix belongs to the next word, so the name is the shorter one. */
  static boolean suffixStartsNextWord(String name, String text, int end) {
    if (end >= text.length()) {
      return false;
    }
    char last = name.charAt(name.length() - 1);
    char next = text.charAt(end);
    return (last == '市' && next == '场') || (last == '省' && next == '份');
  }

  /**
   * 示范县, 提高县级: a two-character county name needs a clear start (sentence start, punctuation,
   * a preceding place or a function word) and is not the start of 县级 or 县域.
   */
  static boolean isDoubtfulShortFullName(String text, int start, int end, boolean startIsFree) {
    if (end < text.length() && "级域".indexOf(text.charAt(end)) >= 0) {
      return true;
    }
    if (!startIsFree || start == 0) {
      return false;
    }
    char prev = text.charAt(start - 1);
    return isHan(prev) && SHORT_COUNTY_LEFT.indexOf(prev) < 0;
  }

  /** 刘长春表示, 王大庆院士: a surname before and a person's context after make it a name. */
  static boolean looksLikePersonName(String text, int start, int end, boolean startIsFree) {
    if (!startIsFree || start == 0 || SURNAMES.indexOf(text.charAt(start - 1)) < 0) {
      return false;
    }
    return end == text.length() || !isHan(text.charAt(end)) || startsAny(text, end, AFTER_PERSON);
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean startsAny(String text, int at, List<String> words) {
    for (String w : words) {
      if (text.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }
}
