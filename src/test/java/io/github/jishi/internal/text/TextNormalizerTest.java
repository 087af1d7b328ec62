package io.github.jishi.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.text.NormalizedText;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  private final TextNormalizer normalizer = TextNormalizer.create();

  private String norm(String original) {
    return normalizer.normalize(original).text();
  }

  /** The original text behind the first occurrence of {@code normalized} in the normalized text. */
  private static String spanOf(NormalizedText nt, String normalized) {
    int at = nt.text().indexOf(normalized);
    assertTrue(at >= 0, () -> "'" + normalized + "' not in '" + nt.text() + "'");
    return nt.originalSpan(at, at + normalized.length());
  }

  // --- pinyin annotations

  @Test
  void pinyinAnnotation_removedAndMappedBackToAnnotatedOriginal() {
    String original = "省裡近日發(fā)布方案,支持創(chuàng)建濟(jì)南、天津(濱海新區(qū))兩個產(chǎn)業(yè)園區(qū)。";
    NormalizedText nt = normalizer.normalize(original);

    assertEquals("省里近日发布方案,支持创建济南、天津(滨海新区)两个产业园区。", nt.text());
    assertEquals("創(chuàng)建", spanOf(nt, "创建"));
    assertEquals("濟(jì)南", spanOf(nt, "济南"));
    assertEquals("天津(濱海新區(qū))", spanOf(nt, "天津(滨海新区)"));
    assertEquals(original.indexOf("兩"), nt.originalOffset(nt.text().indexOf("两")));
  }

  @Test
  void pinyinAnnotation_besideYearRangeParentheses() {
    NormalizedText nt = normalizer.normalize("印發(fā)《數(shù)字經(jīng)濟(jì)發(fā)展行動計劃(2025—2027年)》");

    assertEquals("印发《数字经济发展行动计划(2025—2027年)》", nt.text());
    assertEquals("計劃(2025—2027年)", spanOf(nt, "计划(2025—2027年)"));
  }

  @Test
  void pinyinAnnotation_besideAbbreviationParentheses() {
    NormalizedText nt = normalizer.normalize("工業(yè)和信息化部(以下簡稱“工信部”)召開發(fā)布會");

    assertEquals("工业和信息化部(以下简称“工信部”)召开发布会", nt.text());
    assertEquals("業(yè)和信息化部(以下簡稱“工信部”)", spanOf(nt, "业和信息化部(以下简称“工信部”)"));
  }

  @Test
  void pinyinAnnotation_besideShortNameParentheses() {
    assertEquals("国家人工智能应用中试基地(下称“中试基地”)正式启动",
        norm("國家人工智能應(yīng)用中試基地(下稱“中試基地”)正式啟動"));
  }

  @Test
  void pinyinAnnotation_besideFieldParentheses() {
    assertEquals("中试基地(医疗领域)在广州揭牌", norm("中試基地(醫(yī)療領(lǐng)域)在廣州揭牌"));
  }

  @Test
  void pinyinAnnotation_insideMeaningfulParentheses() {
    NormalizedText nt = normalizer.normalize("東浩蘭生(集團(tuán))有限公司");

    assertEquals("东浩兰生(集团)有限公司", nt.text());
    assertEquals("(集團(tuán))", spanOf(nt, "(集团)"));
  }

  @Test
  void latinParentheses_keptWhenNotOneSyllable() {
    assertEquals("北京(Beijing)与深圳(Shenzhen)", norm("北京(Beijing)與深圳(Shenzhen)"));
  }

  @Test
  void acronymParentheses_kept() {
    assertEquals("人工智能(AI)与第五代移动通信(5G)网络", norm("人工智能(AI)與第五代移動通信(5G)網(wǎng)絡(luò)"));
  }

  @Test
  void draftParentheses_kept() {
    assertEquals("条例(草案)征求意见", norm("條例(草案)徵求意見"));
  }

  @Test
  void pinyinAnnotation_fullWidthParentheses() {
    NormalizedText nt = normalizer.normalize("濟（jì）南市");

    assertEquals("济南市", nt.text());
    assertEquals("濟（jì）", nt.originalSpan(0, 1));
  }

  @Test
  void pinyinAnnotation_plainLowercaseSyllable() {
    assertEquals("创新应用", norm("創(chuang)新應(ying)用"));
  }

  @Test
  void pinyinAnnotation_combiningToneMark() {
    assertEquals("欸乃", norm("欸(ê\u0304)乃"));
  }

  @Test
  void pinyinAnnotation_umlautSyllable() {
    assertEquals("绿色", norm("綠(lǜ)色"));
  }

  @Test
  void singleLetterParentheses_keptAsListMarker() {
    assertEquals("第一款(a)项", norm("第一款(a)項"));
  }

  @Test
  void tonedNonSyllable_kept() {
    assertEquals("品牌(Café)开业", norm("品牌(Café)開業(yè)"));
  }

  @Test
  void pinyinAfterLatin_kept() {
    assertEquals("ABC(ān)", norm("ABC(ān)"));
  }

  @Test
  void unclosedParenthesis_kept() {
    assertEquals("发展(fā", norm("發(fā)展(fā"));
  }

  // --- traditional to simplified

  @Test
  void traditional_programmeName() {
    assertEquals("国家人工智能创新应用先导区", norm("國家人工智能創新應用先導區"));
  }

  @Test
  void traditional_cityNames() {
    assertEquals("广州、济南、杭州", norm("廣州、濟南、杭州"));
  }

  @Test
  void traditional_phraseWhereCharacterTableWouldBeWrong() {
    // 畫 alone becomes 画, but the phrase 計畫 is 计划; 覆 alone stays, 回覆 is 回复
    NormalizedText nt = normalizer.normalize("省政府將於下月回覆各地的建設計畫。");

    assertEquals("省政府将于下月回复各地的建设计划。", nt.text());
    assertEquals("計畫", spanOf(nt, "计划"));
  }

  @Test
  void traditional_phraseUnderstand() {
    assertEquals("据了解，项目已开工", norm("據瞭解，項目已開工"));
  }

  @Test
  void traditional_hair() {
    assertEquals("头发", norm("頭髮"));
  }

  @Test
  void emperorName_keepsQian() {
    assertEquals("乾隆年间", norm("乾隆年間"));
  }

  @Test
  void simplifiedText_unchanged() {
    String text = "覆盖全省的著名企业于今年了解到相关政策，乾隆年间的建筑保存完好。";
    assertEquals(text, norm(text));
  }

  @Test
  void traditional_phraseSplitByZeroWidthSpace() {
    assertEquals("建设计划", norm("建設計\u200B畫"));
  }

  @Test
  void query_simplified() {
    assertEquals("济南", normalizer.normalizeQuery("濟南"));
    assertEquals("中试基地", normalizer.normalizeQuery("中試基地"));
    assertEquals("国家人工智能创新应用先导区", normalizer.normalizeQuery("  國家人工智能創(chuàng)新應用先導區 "));
  }

  // --- width folding

  @Test
  void fullWidthDigits_folded() {
    NormalizedText nt = normalizer.normalize("２０２１年３月");

    assertEquals("2021年3月", nt.text());
    assertEquals("２０２１", spanOf(nt, "2021"));
  }

  @Test
  void fullWidthLetters_folded() {
    assertEquals("AI产业与ai应用", norm("ＡＩ產業與ａｉ應用"));
  }

  @Test
  void fullWidthPeriod_foldedOnlyBetweenDigits() {
    assertEquals("增长3.5％，A．", norm("增長３．５％，Ａ．"));
  }

  @Test
  void chinesePunctuation_kept() {
    String text = "通知指出：要加快建设（试点）；推进“数字浙江”《行动计划》、示范区！是否？";
    assertEquals(text, norm(text));
  }

  // --- whitespace

  @Test
  void spaceBetweenChinese_removed() {
    assertEquals("推动制造业高质量发展夯实实体经济根基", norm("推动制造业高质量发展 夯实实体经济根基"));
  }

  @Test
  void spaceBesideLatin_collapsedAndKept() {
    NormalizedText nt = normalizer.normalize("人工智能  AI\t\t产业 2021 家");

    assertEquals("人工智能 AI 产业 2021 家", nt.text());
    assertEquals("  ", nt.originalSpan(4, 5));
  }

  @Test
  void lines_trimmedAndBlankLinesCollapsed() {
    String original = "\n  第一段。  \r\n\r\n\n　　第二段。\n\n";
    NormalizedText nt = normalizer.normalize(original);

    assertEquals("第一段。\n第二段。", nt.text());
    assertEquals(original.indexOf("\r\n"), nt.originalOffset(4));
    assertEquals(original.indexOf("第二"), nt.originalOffset(5));
  }

  @Test
  void ideographicSpaceIndent_removed() {
    assertEquals("原标题：工信部答记者问", norm("　　原标题：工信部答记者问"));
  }

  @Test
  void noBreakSpace_becomesSpace() {
    assertEquals("北京 Beijing", norm("北京\u00A0Beijing"));
  }

  @Test
  void zeroWidthCharacters_removedWithOffsets() {
    String original = "\uFEFF人工\u200B智能\u200C\u200D产业";
    NormalizedText nt = normalizer.normalize(original);

    assertEquals("人工智能产业", nt.text());
    assertEquals(original.indexOf("智"), nt.originalOffset(2));
    assertEquals(original.indexOf("产"), nt.originalOffset(4));
  }

  @Test
  void emptyString_normalizesToEmpty() {
    NormalizedText nt = normalizer.normalize("");

    assertEquals("", nt.text());
    assertEquals(0, nt.originalOffset(0));
  }

  @Test
  void whitespaceOnly_normalizesToEmpty() {
    NormalizedText nt = normalizer.normalize(" \n\u3000\t\u200B\n");

    assertEquals("", nt.text());
    assertEquals(6, nt.originalOffset(0));
  }

  @Test
  void nullInput_rejected() {
    assertThrows(NullPointerException.class, () -> normalizer.normalize(null));
  }
}
