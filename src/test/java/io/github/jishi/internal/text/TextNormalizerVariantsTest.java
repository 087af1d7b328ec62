package io.github.jishi.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jishi.JishiException;
import io.github.jishi.text.NormalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Variant characters, Taiwan phrasing, spaced dates and spaced pinyin: what OpenCC alone leaves. */
class TextNormalizerVariantsTest {
  private final TextNormalizer normalizer = TextNormalizer.create();

  private String norm(String original) {
    return normalizer.normalize(original).text();
  }

  @Test
  void variantChar_shaanxiFolds() {
    assertEquals("陕西省西安市召开会议", norm("陜西省西安市召開會議"));
  }

  @Test
  void variantPhrase_approvalFolds() {
    assertEquals("国务院批复同意设立新区", norm("國務院批覆同意設立新區"));
  }

  @Test
  void variantPhrase_overLooseCoverWordKept() {
    assertEquals("大雪覆盖全城", norm("大雪覆蓋全城"));
  }

  @Test
  void shenyang_traditionalFolds() {
    assertEquals("沈阳金融商贸开发区", norm("瀋陽金融商貿開發區"));
  }

  @Test
  void taiwanPhrase_readsAsMainlandTerm() {
    NormalizedText nt = normalizer.normalize("推動人工智慧產業發展");

    assertEquals("推动人工智能产业发展", nt.text());
    assertEquals("人工智慧", nt.originalSpan(2, 6));
  }

  @Test
  void taiwanTwoCharacterTerm_mainlandWordKept() {
    assertEquals("国务院印发文件,明确审批程序", norm("國務院印發文件,明確審批程序"));
  }

  @Test
  void wisdomCity_keptInTraditionalScript() {
    assertEquals("建设智慧城市", norm("建設智慧城市"));
  }

  @Test
  void normalizedVariants_normalizeToThemselves() {
    String once = norm("陜西批覆人工智慧軟体");
    assertEquals(once, norm(once));
  }

  @Test
  void spacedDate_foldsWithExactOffsets() {
    String original = "於 2023 年 5 月 3 日發布";
    NormalizedText nt = normalizer.normalize(original);

    assertEquals("于 2023年5月3日发布", nt.text());
    int at = nt.text().indexOf("2023年");
    assertEquals("2023 年 5 月 3 日", nt.originalSpan(at, at + "2023年5月3日".length()));
  }

  @Test
  void spacedNumbers_outsideDatesKept() {
    assertEquals("共 3 个批次, 12 34", norm("共 3 个 批次, 12 34"));
  }

  @Test
  void pinyinWithTrailingSpace_removed() {
    NormalizedText nt = normalizer.normalize("第三屆大會(huì )在福州開(kāi)幕");

    assertEquals("第三届大会在福州开幕", nt.text());
  }

  @Test
  void pinyinWithInnerSpace_kept() {
    assertEquals("峰会(hu i)召开", norm("峰會(hu i)召開"));
  }

  @Test
  void variantsTable_lengthChange_clearError() {
    JishiException e = assertThrows(JishiException.class, () -> Variants.fromRows(List.of(List.of("网际网路", "互联网"))));

    assertEquals("bad variants line: '网际网路' needs a mainland form of the same length, got '互联网'", e.getMessage());
  }

  @Test
  void variantsTable_longestFormWins() {
    Variants v = Variants.fromRows(List.of(List.of("覆", "复"), List.of("覆盖", "覆盖")));
    char[] buf = "覆盖覆函".toCharArray();

    v.foldInPlace(buf, buf.length);

    assertEquals("覆盖复函", new String(buf));
  }
}
