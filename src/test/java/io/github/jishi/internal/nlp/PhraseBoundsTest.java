package io.github.jishi.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhraseBoundsTest {
  /** Tokens from "word/pos" pairs laid end to end. */
  private static List<Token> tokens(String... wordPos) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String wp : wordPos) {
      int slash = wp.lastIndexOf('/');
      String word = wp.substring(0, slash);
      out.add(new Token(word, wp.substring(slash + 1), at, at + word.length()));
      at += word.length();
    }
    return out;
  }

  @Test
  void nameStart_walksOverNounsAndStopsAtTheVerb() {
    List<Token> t = tokens("双方/n", "与/cc", "杭州/ns", "数字/n", "技术/n", "有限公司/nis");

    assertEquals(3, PhraseBounds.nameStart(t, 9, 20, PhraseBounds::isNameLike));
  }

  @Test
  void nameStart_tokenStraddlingTheSuffix_countsWhole() {
    List<Token> t = tokens("携手/v", "北京/ns", "协和/nz", "医学院/nis");

    // the suffix 学院 starts inside 医学院
    assertEquals(2, PhraseBounds.nameStart(t, 7, 20, PhraseBounds::isNameLike));
  }

  @Test
  void nameStart_respectsMaximumLength() {
    List<Token> t = tokens("中国/ns", "医学/n", "科学院/nis", "北京/ns", "协和/nz", "医学院/nis");

    assertEquals(7, PhraseBounds.nameStart(t, 12, 6, PhraseBounds::isNameLike));
  }

  @Test
  void nameStart_nothingNameLikeBefore_returnsEnd() {
    List<Token> t = tokens("成立/v", "大学/nis");

    assertEquals(2, PhraseBounds.nameStart(t, 2, 20, PhraseBounds::isNameLike));
  }

  @Test
  void nameStartByCharacters_stopsAtPunctuationAndAfterStopPhrase() {
    String s = "会上，双方共同揭牌成立医学人工智能联合实验室";

    assertEquals(11, PhraseBounds.nameStartByCharacters(s, s.indexOf("联合实验室"), 30, Set.of("揭牌", "成立")));
    assertEquals(3, PhraseBounds.nameStartByCharacters(s, s.indexOf("联合实验室"), 30, Set.of()));
  }

  @Test
  void extendOverBrokenWord_reachesThePlaceBeforeSingleCharacters() {
    List<Token> t = tokens("与/cc", "海南/ns", "比/p", "勒/v", "费/n", "尔/Rg", "德/b", "应用科学/n", "大学/nis");

    assertEquals(1, PhraseBounds.extendOverBrokenWord(t, 7, 14, 20, w -> w.equals("与")));
  }

  @Test
  void extendOverBrokenWord_withoutPlace_leavesStart() {
    List<Token> t = tokens("这/r", "是/v", "首/m", "所/q", "公立/b", "大学/nis");

    assertEquals(4, PhraseBounds.extendOverBrokenWord(t, 4, 8, 20, w -> false));
  }

  @Test
  void isNameLike_titlesAndVerbsAreNot() {
    assertTrue(PhraseBounds.isNameLike(new Token("杭州", "ns", 0, 2)));
    assertTrue(PhraseBounds.isNameLike(new Token("测评", "vn", 0, 2)));
    assertFalse(PhraseBounds.isNameLike(new Token("院士", "nnt", 0, 2)));
    assertFalse(PhraseBounds.isNameLike(new Token("签署", "v", 0, 2)));
  }

  @Test
  void isBoundary_insideAToken_isFalse() {
    List<Token> t = tokens("中央/n", "行动/vn");

    assertFalse(PhraseBounds.isBoundary(t, 1));
    assertTrue(PhraseBounds.isBoundary(t, 2));
    assertTrue(PhraseBounds.isBoundary(List.of(), 1));
  }
}
