package io.github.jishi.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PieceSplitterTest {
  @Test
  void ends_shortText_isOnePiece() {
    assertArrayEquals(new int[] {9}, PieceSplitter.ends("会议在杭州召开。好", 20));
  }

  @Test
  void ends_longText_cutsAfterTheLastSentenceEndInReach() {
    String text = "会议在杭州召开。专家们讨论了算法，随后参观展区。";

    int[] ends = PieceSplitter.ends(text, 20);

    assertEquals(8, ends[0]);
    assertEquals(text.length(), ends[ends.length - 1]);
  }

  @Test
  void ends_withoutSentenceEnd_cutsAtAClauseBreak() {
    String text = "北京、天津和杭州的代表在广州签署协议";

    int[] ends = PieceSplitter.ends(text, 12);

    assertEquals(3, ends[0]);
  }

  @Test
  void ends_withoutAnyBreak_cutsHardAtTheBound() {
    String text = "人工智能产业园区建设项目推进会议纪要".repeat(3);

    int[] ends = PieceSplitter.ends(text, 16);

    assertEquals(16, ends[0]);
    assertEquals(32, ends[1]);
  }

  @Test
  void ends_hardCut_neverSplitsASurrogatePair() {
    String text = "一二三四五六七😀八九十一二三四五六七八";

    int[] ends = PieceSplitter.ends(text, 8);

    assertEquals(7, ends[0]);
    for (int end : ends) {
      assertTrue(end == text.length() || !Character.isLowSurrogate(text.charAt(end)), "cut inside a pair at " + end);
    }
  }

  @Test
  void ends_everyPiece_staysWithinTheBound() {
    String text = "，".repeat(3) + "数据".repeat(500) + "。" + "标注".repeat(300);

    int[] ends = PieceSplitter.ends(text, 50);

    int start = 0;
    for (int end : ends) {
      assertTrue(end > start && end - start <= 50, start + ".." + end);
      start = end;
    }
    assertEquals(text.length(), start);
  }
}
