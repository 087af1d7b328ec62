package io.github.jishi.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.source.DocumentFormat;
import io.github.jishi.source.DocumentReader;
import io.github.jishi.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's corpus: fixed by its seed, and made of pages jishi's reader understands. */
class CorpusGeneratorTest {
  private static final CorpusGenerator SEVEN = CorpusGenerator.create(7);

  @TempDir Path dir;

  @Test
  void file_sameSeedGivesSameBytes() {
    CorpusGenerator again = CorpusGenerator.create(7);
    for (int i = 0; i < 20; i++) {
      CorpusGenerator.GeneratedFile a = SEVEN.file(i);
      CorpusGenerator.GeneratedFile b = again.file(i);
      assertEquals(a.name(), b.name());
      assertArrayEquals(a.content(), b.content(), a.name());
    }
  }

  @Test
  void file_otherSeedGivesOtherPages() {
    CorpusGenerator other = CorpusGenerator.create(8);
    int differing = 0;
    for (int i = 0; i < 10; i++) {
      if (!Arrays.equals(SEVEN.file(i).content(), other.file(i).content())) {
        differing++;
      }
    }
    assertEquals(10, differing);
  }

  @Test
  void name_matchesTheGeneratedFileWithoutGeneratingIt() {
    for (int i = 0; i < 50; i++) {
      assertEquals(SEVEN.file(i).name(), SEVEN.name(i));
    }
  }

  @Test
  void write_smallerCorpusIsPrefixOfLargerOne() throws IOException {
    CorpusGenerator.Corpus small = SEVEN.write(dir.resolve("small"), 40_000);
    CorpusGenerator.Corpus large = SEVEN.write(dir.resolve("large"), 120_000);
    assertTrue(small.files().size() < large.files().size());
    for (int i = 0; i < small.files().size(); i++) {
      assertArrayEquals(Files.readAllBytes(small.files().get(i)), Files.readAllBytes(large.files().get(i)));
    }
    assertTrue(small.bytes() >= 40_000);
  }

  @Test
  void write_sameSeedAndSizeReusesWhatIsThere() throws IOException {
    CorpusGenerator.Corpus first = SEVEN.write(dir, 30_000);
    Path marker = first.files().get(0);
    Files.writeString(marker, "changed");
    CorpusGenerator.Corpus second = SEVEN.write(dir, 30_000);
    assertEquals(first.files(), second.files());
    assertEquals("changed", Files.readString(marker));
  }

  @Test
  void pages_areReadByDocumentReaderWithTitleBodyAndMostlyADate() {
    CorpusGenerator.Corpus corpus = SEVEN.write(dir, 1_000_000);
    DocumentReader reader = DocumentReader.create();
    Set<DocumentFormat> formats = EnumSet.noneOf(DocumentFormat.class);
    int pages = 0;
    int dated = 0;
    for (Path f : corpus.files()) {
      List<SourceDocument> docs = reader.read(f);
      assertFalse(docs.isEmpty(), f.toString());
      for (SourceDocument d : docs) {
        formats.add(d.format());
        assertFalse(d.title().isBlank(), f.toString());
        assertTrue(d.text().length() > 40, f.toString());
        pages++;
        if (d.published().isPresent()) {
          dated++;
        }
      }
    }
    assertEquals(corpus.pages(), pages);
    assertEquals(EnumSet.allOf(DocumentFormat.class), formats);
    assertTrue(dated > pages * 0.9, dated + " of " + pages + " pages dated");
    assertTrue(dated < pages, "some pages state no publish date, as some real ones do");
  }

  @Test
  void pages_chromeIsCutFromTheBody() {
    CorpusGenerator.Corpus corpus = SEVEN.write(dir, 200_000);
    DocumentReader reader = DocumentReader.create();
    int withFooter = 0;
    for (Path f : corpus.files()) {
      for (SourceDocument d : reader.read(f)) {
        assertFalse(d.text().contains("ICP备"), f.toString());
        if (!d.removed().isEmpty()) {
          withFooter++;
        }
      }
    }
    assertTrue(withFooter > 0);
  }

  @Test
  void corpus_mixesScriptsAndAnnotations() {
    int traditional = 0;
    int pinyin = 0;
    int pages = 0;
    for (int i = 0; i < 300; i++) {
      CorpusGenerator.GeneratedFile f = SEVEN.file(i);
      String text = new String(f.content(), java.nio.charset.StandardCharsets.UTF_8);
      pages++;
      if (text.contains("區") || text.contains("發") || text.contains("國")) {
        traditional++;
      }
      if (text.contains("(chuàng)") || text.contains("(qū)") || text.contains("(shì)")) {
        pinyin++;
      }
    }
    assertTrue(traditional > pages / 20 && traditional < pages / 3, traditional + " of " + pages);
    assertTrue(pinyin > 0);
  }
}
