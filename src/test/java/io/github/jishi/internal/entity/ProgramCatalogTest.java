package io.github.jishi.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.JishiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramCatalogTest {
  private static final ProgramCatalog BUNDLED = ProgramCatalog.load();

  @TempDir Path tmp;

  @Test
  void find_alias_givesTheEntry() {
    assertEquals("国家人工智能应用中试基地", BUNDLED.find("中试基地").orElseThrow().canonical());
    assertEquals("全球数字贸易博览会", BUNDLED.find("数贸会").orElseThrow().canonical());
    assertEquals("expo", BUNDLED.find("数贸会").orElseThrow().kind());
  }

  @Test
  void find_canonicalWithFullWidthParentheses_matchesAliasWritten() {
    assertEquals("促进新一代人工智能产业发展三年行动计划",
        BUNDLED.find("促进新一代人工智能产业发展三年行动计划(2018—2020年)").orElseThrow().canonical());
  }

  @Test
  void find_unknownName_isEmpty() {
    assertEquals(Optional.empty(), BUNDLED.find("国家人工智能大学"));
  }

  @Test
  void matching_partialName_findsProgrammesContainingIt() {
    List<String> pilotZones = BUNDLED.matching("先导区").stream().map(ProgramEntry::canonical).toList();
    List<String> pilotBases = BUNDLED.matching("中试基地").stream().map(ProgramEntry::canonical).toList();

    assertEquals(List.of("国家人工智能创新应用先导区", "国家级车联网先导区", "5G+工业互联网融合应用先导区"), pilotZones);
    assertEquals(List.of("国家人工智能应用中试基地"), pilotBases);
  }

  @Test
  void matching_exactAliasComesFirst() {
    List<ProgramEntry> found = BUNDLED.matching("揭榜挂帅");

    assertEquals("揭榜挂帅", found.get(0).canonical());
    assertTrue(found.stream().anyMatch(e -> e.canonical().equals("人工智能医疗器械创新任务揭榜")), found::toString);
  }

  @Test
  void matching_blankQuery_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> BUNDLED.matching("  "));
  }

  @Test
  void allNames_includeCanonicalNamesAndAliases() {
    assertTrue(BUNDLED.allNames().containsAll(List.of("国家人工智能创新应用先导区", "人工智能创新应用先导区", "WAIC", "服贸会")));
  }

  @Test
  void load_userFile_addsProgrammesAndMergesAliases() throws IOException {
    Path user = Files.writeString(tmp.resolve("mine.tsv"), String.join("\n",
        "# my programmes",
        "canonical\taliases\tkind",
        "长三角人工智能技术创新中心\t长三角AI中心\tcenter",
        "国家人工智能应用中试基地\t医疗中试基地\tpilot_base",
        ""));

    ProgramCatalog catalog = ProgramCatalog.load(user);

    assertEquals("长三角人工智能技术创新中心", catalog.find("长三角AI中心").orElseThrow().canonical());
    ProgramEntry merged = catalog.find("医疗中试基地").orElseThrow();
    assertEquals("国家人工智能应用中试基地", merged.canonical());
    assertTrue(merged.aliases().containsAll(List.of("中试基地", "医疗中试基地")), merged::toString);
    assertEquals(BUNDLED.entries().size() + 1, catalog.entries().size());
  }

  @Test
  void load_userAliasClashingWithBundledOne_resolvesToTheUserEntry() throws IOException {
    Path user = Files.writeString(tmp.resolve("mine.tsv"), "浙江省人工智能先导区\t先导区\tpilot_zone\n");

    ProgramCatalog catalog = ProgramCatalog.load(user);

    assertEquals("浙江省人工智能先导区", catalog.find("先导区").orElseThrow().canonical());
  }

  @Test
  void load_badLine_namesFileAndLine() throws IOException {
    Path user = Files.writeString(tmp.resolve("bad.tsv"), "canonical\taliases\tkind\n长三角人工智能技术创新中心\tcenter\n");

    JishiException e = assertThrows(JishiException.class, () -> ProgramCatalog.load(user));

    assertTrue(e.getMessage().endsWith(user + ":2"), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"));
  }

  @Test
  void load_badKind_namesFileAndLine() throws IOException {
    Path user = Files.writeString(tmp.resolve("bad.tsv"), "# note\n长三角人工智能技术创新中心\t\tInnovation Center\n");

    JishiException e = assertThrows(JishiException.class, () -> ProgramCatalog.load(user));

    assertTrue(e.getMessage().endsWith(user + ":2"), e.getMessage());
  }

  @Test
  void load_missingFile_namesIt() {
    Path missing = tmp.resolve("absent.tsv");

    JishiException e = assertThrows(JishiException.class, () -> ProgramCatalog.load(missing));

    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void find_shortFormWithoutNationalQualifier_givesTheNationalProgramme() {
    assertEquals("国家新型城镇化综合试点", BUNDLED.find("新型城镇化综合试点").orElseThrow().canonical());
  }

  @Test
  void find_genericRestOfANationalName_isNoShortForm() {
    assertEquals(Optional.empty(), BUNDLED.find("新区"));
  }

  @Test
  void entries_holdEveryNationalNewAreaAndTheFamily() {
    long newAreas = BUNDLED.entries().stream().filter(e -> e.kind().equals("new_area")).count();

    assertEquals(20, newAreas);
  }

  @Test
  void segmenterWords_leaveOutNamesWithAPlaceInside() {
    List<String> words = BUNDLED.segmenterWords();

    assertTrue(words.contains("赣江新区"));
    assertFalse(words.contains("江西赣江新区"));
  }

  @Test
  void load_userFileWithPlacesColumn_keepsThePlaces() throws IOException {
    Path file = tmp.resolve("places.tsv");
    Files.writeString(file, "示例湾区合作示范区\t湾区示范区\tdemo_zone\t示例\n", StandardCharsets.UTF_8);

    ProgramEntry entry = ProgramCatalog.load(file).find("湾区示范区").orElseThrow();

    assertEquals(List.of("示例"), entry.places());
  }
}
