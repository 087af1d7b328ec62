package io.github.jishi.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verbs that make a sentence report an event, and the words that stop them counting.
 *
 * <p>{@code 发布} in {@code 新闻发布会} is a noun, {@code 实施} in {@code 实施方案} names a
 * document: a trigger directly followed by such a word is not one.
 */
final class Triggers {
  /** Longest first, so {@code 支持创建} wins over nothing shorter inside it. */
  private static final List<String> WORDS = List.of(
      "支持创建", "支持建设", "同意建设", "表决通过", "审议通过", "布局建设", "启动建设", "开工建设", "批复建设", "正式发布", "正式启动", "正式批复", "揭牌成立",
      "批复", "复函", "获批", "批准", "印发", "发布", "公布", "启动", "举办", "举行", "召开", "揭牌", "挂牌", "成立", "设立",
      "亮相", "签约", "签署", "实施", "施行", "开幕", "闭幕", "开园", "落户", "授牌", "认定", "入选", "出台", "宣布",
      "上线", "开通", "投用", "推出", "获评", "命名", "遴选", "确定");

  private static final Pattern PATTERN = Pattern.compile(String.join("|", WORDS));

  /** What may follow a trigger and turn it into part of a noun ({@code 发布会}, {@code 实施方案}). */
  private static final Pattern NOUN_AFTER = Pattern.compile("^(会|方案|意见|细则|办法|仪式|时间|日期|单位|主体|以来|后的|前的)");

  private Triggers() {}

  /**
   * A trigger found in a sentence, offsets relative to it.
   *
   * @param attributive it modifies the noun after {@code 的} ({@code 8月底举办的2019世界人工智能大会},
   *     {@code 公布的建设思路}) rather than telling what happened
   */
  record Hit(String word, int start, int end, boolean attributive) {}

  /** Whether the sentence holds any trigger word at all: only such sentences can report an event. */
  static boolean any(String sentence) {
    return PATTERN.matcher(sentence).find();
  }

  static List<Hit> find(String sentence) {
    List<Hit> out = new ArrayList<>();
    Matcher m = PATTERN.matcher(sentence);
    while (m.find()) {
      if (NOUN_AFTER.matcher(sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 3))).find()) {
        continue;
      }
      boolean attributive = m.end() < sentence.length() && sentence.charAt(m.end()) == '的';
      out.add(new Hit(m.group(), m.start(), m.end(), attributive));
    }
    return out;
  }
}
