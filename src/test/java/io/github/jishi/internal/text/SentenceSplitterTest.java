package io.github.jishi.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = SentenceSplitter.create();

  private static List<String> texts(List<Sentence> sentences) {
    return sentences.stream().map(Sentence::text).toList();
  }

  /** Each sentence's text is what its offsets cut from the input. */
  private static void assertOffsets(String input, List<Sentence> sentences) {
    int previousEnd = 0;
    for (Sentence s : sentences) {
      assertEquals(input.substring(s.start(), s.end()), s.text());
      assertTrue(s.start() >= previousEnd, "sentences overlap at " + s.start());
      previousEnd = s.end();
    }
  }

  @Test
  void terminators_endSentencesWithOffsets() {
    String input = "工信部近日印发通知。各地要加快推进试点！进展如何？";
    List<Sentence> sentences = splitter.split(input);

    assertEquals(List.of(
        new Sentence("工信部近日印发通知。", 0, 10),
        new Sentence("各地要加快推进试点！", 10, 20),
        new Sentence("进展如何？", 20, 25)), sentences);
  }

  @Test
  void semicolons_endSentences() {
    assertEquals(List.of("一是推进技术创新；", "二是开放应用场景;", "三是完善标准。"),
        texts(splitter.split("一是推进技术创新；二是开放应用场景; 三是完善标准。")));
  }

  @Test
  void asciiTerminators_endSentences() {
    assertEquals(List.of("AI产业规模超4000亿元!", "真的吗?", "是的"), texts(splitter.split("AI产业规模超4000亿元!真的吗?是的")));
  }

  @Test
  void mojibakeQuestionMark_insideSentence_endsNothing() {
    String input = "省政府近日印发数字?济发展方案,支持杭州建设试验区。";

    assertEquals(List.of(input), texts(splitter.split(input)));
  }

  @Test
  void mojibakeQuestionMarks_twoInARow_endNothing() {
    assertEquals(List.of("国务院批复同意设立??新区。"), texts(splitter.split("国务院批复同意设立??新区。")));
  }

  @Test
  void asciiQuestionAfterParticle_stillEnds() {
    assertEquals(List.of("试点成效如何呢?", "各地正在评估。"), texts(splitter.split("试点成效如何呢?各地正在评估。")));
  }

  @Test
  void closingQuote_staysWithTerminator() {
    String input = "他表示：“要加快建设中试基地。”随后介绍了进展。";
    List<Sentence> sentences = splitter.split(input);

    assertEquals(List.of("他表示：“要加快建设中试基地。”", "随后介绍了进展。"), texts(sentences));
    assertEquals(16, sentences.get(0).end());
    assertOffsets(input, sentences);
  }

  @Test
  void closingBracket_staysWithTerminator() {
    assertEquals(List.of("请各单位认真落实（具体安排见附件！）", "联系人另行通知。"),
        texts(splitter.split("请各单位认真落实（具体安排见附件！）联系人另行通知。")));
  }

  @Test
  void repeatedTerminators_stayTogether() {
    assertEquals(List.of("这项政策真的落地了吗？！", "是的。"), texts(splitter.split("这项政策真的落地了吗？！是的。")));
  }

  @Test
  void decimalPoint_notATerminator() {
    assertEquals(List.of("同比增长3.5%，达到4000亿元。"), texts(splitter.split("同比增长3.5%，达到4000亿元。")));
  }

  @Test
  void lineBreak_endsSentenceWithoutTerminator() {
    String input = "人工智能中试基地正式启动\n首批15个场景发布。";
    List<Sentence> sentences = splitter.split(input);

    assertEquals(List.of(new Sentence("人工智能中试基地正式启动", 0, 12), new Sentence("首批15个场景发布。", 13, 23)), sentences);
  }

  @Test
  void surroundingSpaces_trimmed() {
    String input = "北京 Beijing 发布。 杭州随后跟进。";
    List<Sentence> sentences = splitter.split(input);

    assertEquals(List.of("北京 Beijing 发布。", "杭州随后跟进。"), texts(sentences));
    assertEquals(15, sentences.get(1).start());
    assertOffsets(input, sentences);
  }

  @Test
  void emptyAndBlankSentences_dropped() {
    assertEquals(List.of(), splitter.split(""));
    assertEquals(List.of(), splitter.split("  \n \n"));
    assertEquals(List.of("完成。。"), texts(splitter.split("\n\n完成。。\n")));
  }

  @Test
  void longSentence_cutAfterLastCommaBeforeBound() {
    String clause = "推动人工智能与实体经济深度融合，";
    String input = clause.repeat(20) + "打造示范区。";
    List<Sentence> sentences = SentenceSplitter.create().withMaxLength(50).split(input);

    int perSentence = 50 / clause.length();
    assertEquals(clause.repeat(perSentence), sentences.get(0).text());
    for (Sentence s : sentences) {
      assertTrue(s.text().length() <= 50, "too long: " + s.text().length());
    }
    assertEquals(input, String.join("", texts(sentences)));
    assertOffsets(input, sentences);
  }

  @Test
  void longSentence_cutAfterEnumerationComma() {
    String input = "北京、天津、杭州、广州、成都、上海、深圳、济南、青岛";
    List<Sentence> sentences = SentenceSplitter.create().withMaxLength(10).split(input);

    assertEquals(List.of("北京、天津、杭州、", "广州、成都、上海、", "深圳、济南、青岛"), texts(sentences));
    assertOffsets(input, sentences);
  }

  @Test
  void unpunctuatedText_cutHardAtBound() {
    String input = "国家人工智能创新应用先导区建设".repeat(30);
    List<Sentence> sentences = splitter.split(input);

    assertEquals(input.length() / 200 + 1, sentences.size());
    assertEquals(200, sentences.get(0).text().length());
    assertEquals(new Sentence(input.substring(200, 400), 200, 400), sentences.get(1));
    assertEquals(input, String.join("", texts(sentences)));
  }

  @Test
  void hardCut_doesNotSplitSurrogatePair() {
    String input = "一二三𠀀四五六";
    List<Sentence> sentences = SentenceSplitter.create().withMaxLength(4).split(input);

    assertEquals(List.of("一二三", "𠀀四五", "六"), texts(sentences));
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void tenMegabyteUnpunctuatedLine_finishesBounded() {
    String input = "人工智能产业创新发展".repeat(1_000_000);
    List<Sentence> sentences = splitter.split(input);

    assertEquals(input.length() / 200, sentences.size());
    int expectedStart = 0;
    for (Sentence s : sentences) {
      assertEquals(expectedStart, s.start());
      assertEquals(200, s.end() - s.start());
      expectedStart = s.end();
    }
    assertEquals(input.length(), expectedStart);
  }

  @Test
  void maxLength_belowTwoRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> splitter.withMaxLength(1));
    assertTrue(e.getMessage().contains("1"), e.getMessage());
  }
}
