package io.github.jishi.internal.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.Jishi;
import io.github.jishi.JishiException;
import io.github.jishi.event.PolicyEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconOverlayTest {
  @TempDir
  Path tmp;

  private Path page(String text) throws IOException {
    Path p = tmp.resolve("page.txt");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Path overlay(String file, String... lines) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("words"));
    Files.write(dir.resolve(file), List.of(lines), StandardCharsets.UTF_8);
    return dir;
  }

  private static List<PolicyEvent> events(Jishi jishi, Path page) {
    return jishi.extract(page).get(0).events();
  }

  @Test
  void words_bundledTriggersHaveTheirKinds() {
    Lexicon lexicon = Lexicon.bundled();
    assertTrue(lexicon.words("triggers").contains("批复"));
    assertEquals("approval", lexicon.map("triggers").get("获批"));
    assertEquals("consultation", lexicon.map("triggers").get("征求意见"));
  }

  @Test
  void overlay_addsAndRemovesEntries_foldingTraditionalScript() throws IOException {
    Path dir = overlay("triggers.tsv", "# my verbs", "發起\tlaunch", "-举办");
    Lexicon lexicon = Lexicon.bundled().overlay(dir, s -> s.replace('發', '发'));
    assertTrue(lexicon.words("triggers").contains("发起"), "a traditional line is folded on load");
    assertFalse(lexicon.words("triggers").contains("举办"));
    assertTrue(Lexicon.bundled().words("triggers").contains("举办"), "the bundled lexicon is untouched");
  }

  @Test
  void overlay_missingFolder_isOneLineError() {
    JishiException e = assertThrows(JishiException.class,
        () -> Lexicon.bundled().overlay(tmp.resolve("nowhere"), UnaryOperator.identity()));
    assertTrue(e.getMessage().startsWith("lexicon folder not found: "), e.getMessage());
  }

  @Test
  void rows_unknownVocabulary_namesIt() {
    JishiException e = assertThrows(JishiException.class, () -> Lexicon.bundled().rows("no-such-words"));
    assertTrue(e.getMessage().contains("no-such-words.tsv"), e.getMessage());
  }

  @Test
  void builderLexicon_aTriggerAddedByOverlay_reportsTheEvent() throws IOException {
    Path page = page("2024年3月8日，杭州市发起城市数据集市。\n");
    Jishi plain = Jishi.builder().index(tmp.resolve("index")).build();
    assertTrue(events(plain, page).isEmpty(), "发起 is no verb of record as bundled");

    Jishi extended = Jishi.builder().index(tmp.resolve("index")).lexicon(overlay("triggers.tsv", "發起\tlaunch")).build();
    List<PolicyEvent> found = events(extended, page);
    assertEquals(1, found.size());
    assertEquals("2024-03-08", found.get(0).date().orElseThrow().toString());
    assertEquals(List.of("杭州市"), found.get(0).cities());
    assertEquals("发起", found.get(0).action());
  }

  @Test
  void builderLexicon_aTriggerAndAProgrammeTypeAddedByOverlay_reportTheEventWithItsProgramme() throws IOException {
    Path page = page("2024年3月8日，杭州数据要素集市正式开市。\n");
    assertTrue(events(Jishi.builder().index(tmp.resolve("index")).build(), page).isEmpty(), "开市 is no verb of record as bundled");
    Path dir = overlay("triggers.tsv", "开市\topening");
    Files.write(dir.resolve("program-types.tsv"), List.of("要素集市\tvenue\tvenue"), StandardCharsets.UTF_8);
    List<PolicyEvent> found = events(Jishi.builder().index(tmp.resolve("index")).lexicon(dir).build(), page);
    assertEquals(1, found.size(), found::toString);
    assertEquals("开市", found.get(0).action());
    assertEquals(java.util.Optional.of("杭州数据要素集市"), found.get(0).program());
    assertEquals(List.of("杭州市"), found.get(0).cities());
  }

  @Test
  void builderLexicon_aTriggerRemovedByOverlay_reportsNothing() throws IOException {
    Path page = page("2024年5月20日，首届城市数据大会在杭州举办。\n");
    assertEquals(1, events(Jishi.builder().index(tmp.resolve("index")).build(), page).size());
    Jishi trimmed = Jishi.builder().index(tmp.resolve("index")).lexicon(overlay("triggers.tsv", "-举办")).build();
    assertTrue(events(trimmed, page).isEmpty());
  }
}
