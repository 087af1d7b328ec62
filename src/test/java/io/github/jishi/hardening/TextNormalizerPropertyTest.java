package io.github.jishi.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.jishi.text.NormalizedText;
import io.github.jishi.internal.text.TextNormalizer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * For any text, the normalizer's offset map is strictly increasing and inside the original,
 * normalizing twice changes nothing, and no surrogate pair is split.
 */
class TextNormalizerPropertyTest {
  private static final TextNormalizer NORMALIZER = TextNormalizer.create();

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void randomUnicode_mapMonotonicAndInRange() {
    long seed = 0x5EED0101L;
    RandomText random = new RandomText(seed);
    for (int i = 0; i < 4000; i++) {
      String original = random.unicode(random.random().nextInt(300));
      assertMapValid(original, "seed " + seed + " case " + i);
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void randomUnicode_normalizingAgainIsNoOp() {
    long seed = 0x5EED0102L;
    RandomText random = new RandomText(seed);
    for (int i = 0; i < 4000; i++) {
      String original = random.unicode(random.random().nextInt(300));
      String once = NORMALIZER.normalize(original).text();
      String twice = NORMALIZER.normalize(once).text();
      if (!once.equals(twice)) {
        fail("seed " + seed + " case " + i + ": not idempotent at char " + firstDifference(once, twice)
            + "\n original " + escape(original) + "\n once     " + escape(once) + "\n twice    " + escape(twice));
      }
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void randomUnicode_noSurrogateSplit() {
    long seed = 0x5EED0103L;
    RandomText random = new RandomText(seed);
    for (int i = 0; i < 4000; i++) {
      String original = random.unicode(random.random().nextInt(300));
      NormalizedText nt = NORMALIZER.normalize(original);
      String text = nt.text();
      for (int k = 0; k < text.length(); k++) {
        char c = text.charAt(k);
        boolean lone = Character.isHighSurrogate(c) ? k + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(k + 1))
            : Character.isLowSurrogate(c) && (k == 0 || !Character.isHighSurrogate(text.charAt(k - 1)));
        if (lone) {
          int o = nt.originalOffset(k);
          boolean loneBefore = Character.isHighSurrogate(original.charAt(o))
              ? o + 1 >= original.length() || !Character.isLowSurrogate(original.charAt(o + 1))
              : Character.isLowSurrogate(original.charAt(o)) && (o == 0 || !Character.isHighSurrogate(original.charAt(o - 1)));
          assertTrue(loneBefore, "seed " + seed + " case " + i + ": surrogate pair split at " + k + " (original " + o + ") in "
              + escape(original) + " -> " + escape(text));
        }
      }
    }
  }

  /** Inputs the idempotence property broke on, each normalized in one pass to what two give. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
    "厦\u00AD（qū）门|厦门|soft hyphen before a pinyin group",
    "創\u200B(chuàng)新|创新|zero-width space before a pinyin group",
    "創 （chuàng）新|创新|space before a full-width pinyin group",
    "創(chu\u200Bàng)新|创新|zero-width space inside a pinyin group",
    "創（ｃｈｕàｎｇ）新|创新|full-width letters inside a pinyin group",
    "創 (chuàng)新|创 (chuàng)新|space before an ASCII group: kept, as a space there stays",
    "薴麻|苎麻|a simplified form that is itself traditional",
    "鏇床|旋床|a simplified form that is itself traditional, again",
    "於則|於则|a phrase that keeps a character the table would change",
  })
  void regression_oneNormalizationIsFinal(String original, String expected, String what) {
    String once = NORMALIZER.normalize(original).text();
    assertEquals(expected, once, what);
    assertEquals(once, NORMALIZER.normalize(once).text(), what);
    assertMapValid(original, what);
  }

  @Test
  void traditionalWithPinyinAndEmoji_mapPointsAtTheSource() {
    String original = "國家人工智能創(chuàng)新應(yīng)用先導(dǎo)區😀在杭州\u200B啟動\u0301。";
    NormalizedText nt = NORMALIZER.normalize(original);
    assertMapValid(original, original);
    int emoji = nt.text().indexOf("😀");
    assertTrue(emoji >= 0, nt.text());
    assertEquals("😀", nt.originalSpan(emoji, emoji + 2));
    int start = nt.text().indexOf("创新");
    assertEquals("創(chuàng)新", nt.originalSpan(start, start + 2));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenMegabyteUnpunctuatedLine_unchangedAndMappedOneToOne() {
    String line = "人工智能产业创新发展".repeat(1_000_000);
    NormalizedText nt = NORMALIZER.normalize(line);
    assertEquals(line, nt.text());
    assertEquals(5_000_000, nt.originalOffset(5_000_000));
    assertEquals(line.length(), nt.originalOffset(nt.text().length()));
  }

  private static void assertMapValid(String original, String where) {
    NormalizedText nt = NORMALIZER.normalize(original);
    int n = nt.text().length();
    int previous = -1;
    for (int k = 0; k < n; k++) {
      int o = nt.originalOffset(k);
      if (o <= previous || o >= original.length()) {
        fail(where + ": offset " + k + " maps to " + o + " after " + previous + " (original length " + original.length()
            + ") in " + escape(original) + " -> " + escape(nt.text()));
      }
      previous = o;
    }
    assertEquals(original.length(), nt.originalOffset(n), where + ": end does not map to the original's end");
  }

  private static int firstDifference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  /** Non-ASCII-printable characters as \\uXXXX, so a failure message shows what the input held. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 0x20 && c < 0x7F) || (Character.isIdeographic(c) && !Character.isSurrogate(c))) {
        sb.append(c);
      } else {
        sb.append(String.format("\\u%04X", (int) c));
      }
    }
    return sb.toString();
  }
}
