package io.github.jishi.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.jishi.text.NormalizedText;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the offset map over random mixes of the messy input the normalizer meets. */
class NormalizedTextMapTest {
  /** Pieces of input and their expected normalized form, joined at random. */
  private static final String[][] PIECES = {
      {"國家人工智能創新應用先導區", "国家人工智能创新应用先导区"},
      {"創(chuàng)新", "创新"},
      {"濟(jì)南", "济南"},
      {"實體經(jīng)濟(jì)", "实体经济"},
      {"產(chǎn)業(yè)", "产业"},
      {"天津(濱海新區(qū))", "天津(滨海新区)"},
      {"（以下簡稱“工信部”）", "（以下简称“工信部”）"},
      {"計畫", "计划"},
      {"回覆", "回复"},
      {"廣州", "广州"},
      {"推动制造业高质量发展", "推动制造业高质量发展"},
      {"中试基地", "中试基地"},
      {"(AI)", "(AI)"},
      {"(2025—2027年)", "(2025—2027年)"},
      {"２０２１年", "2021年"},
      {"ＡＩ", "AI"},
      {"Beijing", "Beijing"},
      {"。", "。"},
      {"，", "，"},
      {"\u200B", ""},
      {"\uFEFF", ""},
  };
  private static final String[] SPACES = {" ", "  ", "\t", "\u3000", "\u00A0", "\n", "\r\n", "\n\n\n", " \n "};

  private final TextNormalizer normalizer = TextNormalizer.create();

  @Test
  void offsetMap_consistentOnRandomMixes() {
    Map<Character, String> allowed = allowedSources();
    Random random = new Random(20210219L);
    for (int round = 0; round < 2000; round++) {
      String original = randomMix(random);
      NormalizedText nt = normalizer.normalize(original);
      String text = nt.text();

      assertEquals(original.length(), nt.originalOffset(text.length()), original);
      for (int i = 0; i < text.length(); i++) {
        int from = nt.originalOffset(i);
        assertTrue(from < nt.originalOffset(i + 1), () -> "map not increasing in " + original);
        char source = original.charAt(from);
        char normalized = text.charAt(i);
        if (!explains(source, normalized, allowed)) {
          fail("normalized '" + normalized + "' at " + i + " maps to '" + source + "' in " + original);
        }
      }
      int a = random.nextInt(text.length() + 1);
      int b = a + random.nextInt(text.length() - a + 1);
      String span = nt.originalSpan(a, b);
      assertEquals(span, original.substring(nt.originalOffset(a), nt.originalOffset(a) + span.length()));
    }
  }

  @Test
  void normalization_idempotentOnRandomMixes() {
    Random random = new Random(7L);
    for (int round = 0; round < 500; round++) {
      String once = normalizer.normalize(randomMix(random)).text();
      assertEquals(once, normalizer.normalize(once).text());
    }
  }

  @Test
  void piecesWithoutSpaces_normalizeToTheirExpectedForms() {
    Random random = new Random(42L);
    for (int round = 0; round < 500; round++) {
      StringBuilder original = new StringBuilder();
      StringBuilder expected = new StringBuilder();
      for (int k = random.nextInt(8); k >= 0; k--) {
        String[] piece = PIECES[random.nextInt(PIECES.length)];
        original.append(piece[0]);
        expected.append(piece[1]);
      }
      assertEquals(expected.toString(), normalizer.normalize(original.toString()).text(), original.toString());
    }
  }

  private static String randomMix(Random random) {
    StringBuilder sb = new StringBuilder();
    for (int k = random.nextInt(12); k >= 0; k--) {
      if (random.nextInt(3) == 0) {
        sb.append(SPACES[random.nextInt(SPACES.length)]);
      } else {
        sb.append(PIECES[random.nextInt(PIECES.length)][0]);
      }
    }
    return sb.toString();
  }

  @Test
  void originalEnd_leavesOutWhatNormalizationRemovedAfterTheSpan() {
    String original = "濟(jì)南 發佈";
    NormalizedText nt = normalizer.normalize(original);
    assertEquals("济南发布", nt.text());
    // 济南 ends at 南; the space after it went in normalization
    assertEquals(original.indexOf('南') + 1, nt.originalEnd(2));
    assertEquals(original.indexOf('發'), nt.originalOffset(2));
    // a pinyin note inside the span stays inside it
    assertEquals("濟(jì)南", original.substring(nt.originalOffset(0), nt.originalEnd(2)));
    assertEquals(original.length(), nt.originalEnd(nt.text().length()));
    assertEquals(0, nt.originalEnd(0));
  }

  /** For each normalized character that differs from its source, the source characters it may come from. */
  private static Map<Character, String> allowedSources() {
    Map<Character, String> allowed = new HashMap<>();
    for (String[] piece : PIECES) {
      String from = piece[0].replaceAll("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\\)", "");
      if (from.length() != piece[1].length()) {
        continue;
      }
      for (int i = 0; i < from.length(); i++) {
        allowed.merge(piece[1].charAt(i), String.valueOf(from.charAt(i)), String::concat);
      }
    }
    return allowed;
  }

  private static boolean explains(char source, char normalized, Map<Character, String> allowed) {
    if (source == normalized) {
      return true;
    }
    if (normalized == ' ') {
      return source == '\t' || source == '\u3000' || source == '\u00A0';
    }
    if (normalized == '\n') {
      return source == '\r';
    }
    return allowed.getOrDefault(normalized, "").indexOf(source) >= 0;
  }
}
