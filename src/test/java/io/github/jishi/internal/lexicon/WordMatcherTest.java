package io.github.jishi.internal.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordMatcherTest {
  private final WordMatcher verbs = WordMatcher.of(List.of("揭牌", "揭牌成立", "成立", "批复"));

  @Test
  void find_longestWordAtTheLeftmostPosition() {
    WordMatcher.Match m = verbs.find("昨日上午揭牌成立。", 0);
    assertEquals(new WordMatcher.Match("揭牌成立", 4, 8), m);
  }

  @Test
  void findAll_nonOverlappingLeftToRight() {
    List<WordMatcher.Match> all = verbs.findAll("国务院批复同意，基地揭牌成立后正式成立理事会。");
    assertEquals(List.of(new WordMatcher.Match("批复", 3, 5), new WordMatcher.Match("揭牌成立", 10, 14),
        new WordMatcher.Match("成立", 17, 19)), all);
  }

  @Test
  void wordAt_wordRunningPastTheEnd_isNoMatch() {
    assertNull(verbs.wordAt("今日揭", 2));
    assertEquals("揭牌", verbs.wordAt("今日揭牌", 2));
  }

  @Test
  void any_sentenceWithoutWords_isFalse() {
    assertFalse(verbs.any("会议讨论了下一步工作。"));
    assertTrue(verbs.any("会议宣布成立"));
    assertFalse(WordMatcher.of(List.of()).any("揭牌"));
  }

  @Test
  void find_manyFirstCharacters_matchesTheLongestFirstAlternation() {
    // first characters whose codes share their low bits land in the same slot of the table
    List<String> words = List.of("示范区", "示范", "试验区", "试点", "先导区", "大学", "大学城", "研究院", "研究所", "委员会",
        "博览会", "会", "论坛", "基地", "中心", "园区", "集团", "有限公司", "公司", "医院", "学院", "\u4e00", "\u5e00");
    WordMatcher matcher = WordMatcher.of(words);
    Pattern alternation = Pattern.compile(Lexicon.alternation(words));
    for (String text : List.of("国家级新区与自由贸易试验区建设稳步推进，研究院和大学城同时揭牌。",
        "本届博览会设立三个论坛，来自多家有限公司、医院和学院的代表参加。",
        "一批示范区、示范基地和试点园区获批，集团研究所中心委员会会议召开。", "帀一", "")) {
      List<WordMatcher.Match> expected = new ArrayList<>();
      Matcher m = alternation.matcher(text);
      while (m.find()) {
        expected.add(new WordMatcher.Match(m.group(), m.start(), m.end()));
      }
      assertEquals(expected, matcher.findAll(text), text);
    }
    assertEquals(new WordMatcher.Match("大学城", 2, 5), matcher.find("入驻大学城的企业", 0));
    assertEquals(new WordMatcher.Match("大学", 7, 9), matcher.find("大学城里有两所大学和一所大学", 3));
  }
}
