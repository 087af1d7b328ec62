package io.github.jishi.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.JishiException;
import io.github.jishi.internal.lexicon.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's vocabularies as read from the lexicon files, bundled and overlaid. */
class SourceLexiconTest {
  @TempDir Path dir;

  private Lexicon overlay(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name + ".tsv"), content, StandardCharsets.UTF_8);
    return Lexicon.bundled().overlay(dir, UnaryOperator.identity());
  }

  @Test
  void bundled_marksSortedIntoTheirKinds() {
    SourceLexicon.Words w = SourceLexicon.words();

    assertTrue(Arrays.asList(w.share).contains("分享到"));
    assertTrue(Arrays.asList(w.editor).contains("来源"));
    assertTrue(Arrays.asList(w.headerStarts).contains("来源"));
    assertEquals("signed", w.factLabels.get("成文日期"));
    assertEquals("expiry", w.factLabels.get("信息时效期"));
  }

  @Test
  void bundled_wordsAreSimplifiedOnly() {
    SourceLexicon.Words w = SourceLexicon.words();

    assertFalse(Arrays.asList(w.related).contains("相關閱讀"));
    assertTrue(Arrays.asList(w.related).contains("相关阅读"));
  }

  @Test
  void overlay_addsAShareMark() throws IOException {
    SourceLexicon.Words w = new SourceLexicon.Words(overlay("chrome-marks", "转发到朋友圈\tshare\n"));

    assertTrue(Arrays.asList(w.share).contains("转发到朋友圈"));
  }

  @Test
  void overlay_removesAMark() throws IOException {
    SourceLexicon.Words w = new SourceLexicon.Words(overlay("chrome-marks", "-二维码\n"));

    assertFalse(Arrays.asList(w.share).contains("二维码"));
  }

  @Test
  void overlay_disclaimerGapNotANumber_clearError() throws IOException {
    Lexicon lexicon = overlay("chrome-disclaimers", "本站文章\t仅代表作者\tmany\n");

    JishiException e = assertThrows(JishiException.class, () -> new SourceLexicon.Words(lexicon));
    assertEquals("bad chrome-disclaimers line '本站文章': the gap must be a number from 0 to 200, got 'many'", e.getMessage());
  }

  @Test
  void overlay_disclaimerWithGap_matches() throws IOException {
    SourceLexicon.Words w = new SourceLexicon.Words(overlay("chrome-disclaimers", "本站文章\t仅代表作者\t10\n"));

    assertTrue(w.disclaimer.matcher("本站文章内容仅代表作者个人观点").find());
  }
}
