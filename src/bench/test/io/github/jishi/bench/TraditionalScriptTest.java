package io.github.jishi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.internal.text.TextNormalizer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Traditional pages and pinyin noise of the generator come back to the simplified story under jishi's normalizer. */
class TraditionalScriptTest {
  private static final TextNormalizer NORMALIZER = TextNormalizer.create();
  private static final String STORY = "2021年2月19日，工业和信息化部复函支持济南、青岛创建国家人工智能创新应用先导区，两地将围绕医疗和交通等方向开展应用试验。";

  @Test
  void toTraditional_changesTheScript() {
    String t = TraditionalScript.toTraditional(STORY);
    assertEquals("2021年2月19日，工業和信息化部復函支持濟南、青島創建國家人工智能創新應用先導區，兩地將圍繞醫療和交通等方向開展應用試驗。", t);
  }

  @Test
  void toTraditional_foldsBackUnderTheNormalizer() {
    assertEquals(STORY, NORMALIZER.normalize(TraditionalScript.toTraditional(STORY)).text());
  }

  @Test
  void annotate_pinyinIsRemovedByTheNormalizer() {
    String t = TraditionalScript.toTraditional(STORY);
    String noisy = TraditionalScript.annotate(t, 1.0, new SplittableRandom(1));
    assertTrue(noisy.contains("創(chuàng)新"), noisy);
    assertNotEquals(t, noisy);
    assertEquals(STORY, NORMALIZER.normalize(noisy).text());
  }

  @Test
  void map_everyTraditionalCharacterFoldsBackAlone() {
    StringBuilder wrong = new StringBuilder();
    for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
      if (TraditionalScript.converts(c)) {
        String back = NORMALIZER.normalize(TraditionalScript.toTraditional(String.valueOf(c))).text();
        if (!back.equals(String.valueOf(c))) {
          wrong.append(c).append("->").append(back).append(' ');
        }
      }
    }
    assertEquals("", wrong.toString());
  }
}
