package io.github.jishi.internal.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
