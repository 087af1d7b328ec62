package io.github.jishi.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HanLpSegmenterTest {
  private static final HanLpSegmenter SEGMENTER = HanLpSegmenter.builder()
      .words(List.of("北京", "天津", "滨海新区", "杭州", "杭州市", "广州", "成都"), "ns")
      .words(List.of("国家人工智能创新应用先导区"), "nz")
      .build();

  private static final String PILOT_ZONES = "经评审，北京、天津(滨海新区)、杭州、广州、成都国家人工智能创新应用先导区获批建设。";

  @Test
  void segment_customWords_stayWholeWithTheirTags() {
    List<Token> tokens = SEGMENTER.segment(PILOT_ZONES);

    assertTrue(tokens.contains(new Token("滨海新区", "ns", 10, 14)), tokens::toString);
    assertTrue(tokens.contains(new Token("成都", "ns", 22, 24)), tokens::toString);
    assertTrue(tokens.contains(new Token("国家人工智能创新应用先导区", "nz", 24, 37)), tokens::toString);
    assertTilesText(PILOT_ZONES, tokens);
  }

  @Test
  void segment_withoutCustomWords_splitsTheProgrammeName() {
    List<Token> tokens = HanLpSegmenter.create(List.of()).segment(PILOT_ZONES);

    assertFalse(words(tokens).contains("国家人工智能创新应用先导区"), tokens::toString);
    assertFalse(words(tokens).contains("滨海新区"), tokens::toString);
    assertTilesText(PILOT_ZONES, tokens);
  }

  @Test
  void segment_customWordAgainstHanLpBoundary_isNotForced() {
    String text = "杭州市区的交通状况明显改善。";

    List<Token> tokens = SEGMENTER.segment(text);

    assertEquals(new Token("杭州", "ns", 0, 2), tokens.get(0));
    assertEquals("市区", tokens.get(1).word());
  }

  @Test
  void segment_longKnownNameAcrossHanLpBoundary_isForcedWhole() {
    HanLpSegmenter segmenter = HanLpSegmenter.builder().words(List.of("国家药监局"), "nt").build();

    List<Token> tokens = segmenter.segment("联合国家药监局开展研究。");

    assertEquals(new Token("联合", "x", 0, 2), tokens.get(0));
    assertEquals(new Token("国家药监局", "nt", 2, 7), tokens.get(1));
  }

  @Test
  void segment_forcingOff_leavesHanLpBoundaries() {
    HanLpSegmenter segmenter = HanLpSegmenter.builder()
        .words(List.of("国家药监局"), "nt")
        .forceWholeLength(Integer.MAX_VALUE)
        .build();

    List<Token> tokens = segmenter.segment("联合国家药监局开展研究。");

    assertFalse(words(tokens).contains("国家药监局"), tokens::toString);
    assertTilesText("联合国家药监局开展研究。", tokens);
  }

  @Test
  void segment_emptyText_isNoTokensAndLoadsNothing() {
    HanLpSegmenter segmenter = HanLpSegmenter.create(List.of("杭州"));

    assertEquals(List.of(), segmenter.segment(""));
    assertFalse(segmenter.isLoaded());
  }

  @Test
  void create_doesNotLoadHanLp_untilTextArrives() {
    HanLpSegmenter segmenter = HanLpSegmenter.create(List.of("杭州"));
    assertFalse(segmenter.isLoaded());

    segmenter.segment("会议在杭州召开。");

    assertTrue(segmenter.isLoaded());
  }

  @Test
  void segment_whitespaceOnly_isOnePunctuationToken() {
    assertEquals(List.of(new Token(" \t\n ", "w", 0, 4)), SEGMENTER.segment(" \t\n "));
  }

  @Test
  void segment_latinAndDigits_keepOffsets() {
    String text = "  GPT-4o 模型于2025年3月发布，售价12.5元";

    List<Token> tokens = SEGMENTER.segment(text);

    assertTrue(tokens.contains(new Token("2025", "m", 12, 16)), tokens::toString);
    assertTrue(tokens.contains(new Token("12.5", "m", 24, 28)), tokens::toString);
    assertTilesText(text, tokens);
  }

  @Test
  void segment_textLongerThanOnePiece_keepsOffsetsAcrossPieces() {
    HanLpSegmenter segmenter = HanLpSegmenter.builder()
        .words(List.of("杭州", "广州", "成都"), "ns")
        .words(List.of("国家人工智能创新应用先导区"), "nz")
        .maxPieceLength(20)
        .build();
    String text = "北京、天津和杭州的代表在广州签署协议，成都国家人工智能创新应用先导区获批。";

    List<Token> tokens = segmenter.segment(text);

    assertTrue(tokens.contains(new Token("杭州", "ns", 6, 8)), tokens::toString);
    assertTrue(tokens.contains(new Token("国家人工智能创新应用先导区", "nz", 21, 34)), tokens::toString);
    assertTilesText(text, tokens);
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void segment_megabyteWithoutPunctuation_finishesInBoundedPieces() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append("人工智能产业园区建设项目推进会议纪要数据标注基地");
    }
    String text = sb.toString();

    List<Token> tokens = SEGMENTER.segment(text);

    assertTilesText(text, tokens);
    assertTrue(tokens.stream().allMatch(t -> t.word().length() <= HanLpSegmenter.DEFAULT_MAX_PIECE_LENGTH));
  }

  @Test
  void segment_personNamesOn_keepsNameWhole() {
    List<Token> tokens = SEGMENTER.segment("钟南山院士在广州出席会议。");

    assertEquals(new Token("钟南山", "nr", 0, 3), tokens.get(0));
  }

  @Test
  void segment_personNamesOff_splitsName() {
    HanLpSegmenter segmenter = HanLpSegmenter.builder().personNames(false).build();

    List<Token> tokens = segmenter.segment("钟南山院士在广州出席会议。");

    assertFalse(words(tokens).contains("钟南山"), tokens::toString);
  }

  @Test
  void segment_fromManyThreads_matchesOneThread() throws Exception {
    List<String> texts = List.of(PILOT_ZONES, "钟南山院士在广州出席会议。", "杭州市区的交通状况明显改善。", "北京、天津和杭州的代表在广州签署协议。");
    List<List<Token>> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(SEGMENTER.segment(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int k = i % texts.size();
        results.add(pool.submit(() -> SEGMENTER.segment(texts.get(k)).equals(expected.get(k))));
      }
      for (Future<Boolean> r : results) {
        assertTrue(r.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void builder_blankWord_isRejectedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HanLpSegmenter.builder().words(List.of("杭州", " "), "ns"));
    assertTrue(e.getMessage().contains("' '"), e.getMessage());
  }

  @Test
  void builder_badPos_isRejectedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HanLpSegmenter.builder().words(List.of("杭州"), "NS 1"));
    assertTrue(e.getMessage().contains("'NS 1'"), e.getMessage());
  }

  @Test
  void builder_tinyPieceLength_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> HanLpSegmenter.builder().maxPieceLength(3));
  }

  static void assertTilesText(String text, List<Token> tokens) {
    int expectedStart = 0;
    StringBuilder joined = new StringBuilder();
    for (Token t : tokens) {
      assertEquals(expectedStart, t.start(), () -> "gap or overlap before " + t);
      assertEquals(text.substring(t.start(), t.end()), t.word());
      joined.append(t.word());
      expectedStart = t.end();
    }
    assertEquals(text.length(), expectedStart);
    assertEquals(text, joined.toString());
  }

  private static List<String> words(List<Token> tokens) {
    return tokens.stream().map(Token::word).toList();
  }
}
