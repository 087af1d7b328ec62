package io.github.jishi.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jishi.text.NormalizedText;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ten megabytes of page text normalize to the same result as one paragraph repeated; the
 * throughput is printed for information only, never asserted.
 */
class TextNormalizerLargeInputTest {
  private static final int TARGET_CHARS = 10_000_000;

  private static final String SIMPLIFIED_PARAGRAPH =
      "　　7月26日，工业和信息化部召开新闻发布会，介绍人工智能产业发展情况。 目前我国人工智能核心产业规模超过4000亿元，"
          + "企业数量超过3000家。\n\n下一步将推动制造业高质量发展 夯实实体经济根基，支持创建国家人工智能创新应用先导区（2025—2027年）。\n";
  private static final String SIMPLIFIED_EXPECTED =
      "7月26日，工业和信息化部召开新闻发布会，介绍人工智能产业发展情况。目前我国人工智能核心产业规模超过4000亿元，"
          + "企业数量超过3000家。\n下一步将推动制造业高质量发展夯实实体经济根基，支持创建国家人工智能创新应用先导区（2025—2027年）。\n";

  private static final String TRADITIONAL_PARAGRAPH =
      "    工信部近日印發(fā)通知,支持創(chuàng)建國家人工智能創(chuàng)新應(yīng)用先導(dǎo)區(qū),推進(jìn)人工智能和實體經(jīng)濟(jì)深度融合。"
          + "廣州、濟(jì)南兩地將加快建設(shè)智慧城市,打造高質(zhì)量發(fā)展示範區(qū)。\n";
  private static final String TRADITIONAL_EXPECTED =
      "工信部近日印发通知,支持创建国家人工智能创新应用先导区,推进人工智能和实体经济深度融合。"
          + "广州、济南两地将加快建设智慧城市,打造高质量发展示范区。\n";

  private final TextNormalizer normalizer = TextNormalizer.create();

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenMegabytesSimplified_normalizeLikeOneParagraph() {
    assertLargeInputNormalizes("simplified", SIMPLIFIED_PARAGRAPH, SIMPLIFIED_EXPECTED);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenMegabytesTraditional_normalizeLikeOneParagraph() {
    assertLargeInputNormalizes("traditional with pinyin", TRADITIONAL_PARAGRAPH, TRADITIONAL_EXPECTED);
  }

  private void assertLargeInputNormalizes(String label, String paragraph, String expectedParagraph) {
    int copies = TARGET_CHARS / paragraph.length();
    String input = paragraph.repeat(copies);
    String expected = expectedParagraph.repeat(copies);
    expected = expected.substring(0, expected.length() - 1);
    normalizer.normalize(paragraph.repeat(1000)); // warm up before timing

    long started = System.nanoTime();
    NormalizedText nt = normalizer.normalize(input);
    double seconds = (System.nanoTime() - started) / 1e9;

    assertEquals(expected.length(), nt.text().length());
    assertEquals(expected, nt.text());
    assertEquals(input.lastIndexOf('。'), nt.originalOffset(nt.text().lastIndexOf('。')));
    System.out.printf("normalize %s: %d chars in %.3f s = %.1f M chars/s%n",
        label, input.length(), seconds, input.length() / seconds / 1e6);
  }
}
