package io.github.jishi.hardening;

import static io.github.jishi.hardening.Checks.assertOneLineNaming;
import static io.github.jishi.hardening.Checks.attempt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.IndexListener;
import io.github.jishi.IndexReport;
import io.github.jishi.Jishi;
import io.github.jishi.event.PageAnalysis;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.hardening.Checks.Outcome;
import io.github.jishi.source.DocumentFormat;
import io.github.jishi.source.SourceDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random pages through the whole pipeline (normalizer, splitter, segmenter, recognizers, time
 * parser, extractor) and the indexer: every page gives events with sane offsets or one clear error,
 * and an indexing run over random files completes.
 */
class PipelineFuzzTest {
  @TempDir Path tmp;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void randomPages_analyzedWithEvidenceInsideTheText() {
    long seed = 0x5EED0301L;
    RandomText random = new RandomText(seed);
    Jishi jishi = Jishi.builder().index(tmp.resolve("unused")).build();
    for (int i = 0; i < 600; i++) {
      // real sentences spliced into noise, so recognizers and the extractor have work to do
      StringBuilder text = new StringBuilder();
      for (int part = 0; part < 4; part++) {
        text.append(random.unicode(random.random().nextInt(80)));
        if (random.random().nextBoolean()) {
          String page = GeneratedPages.page(random.random().nextInt(500));
          text.append(page, page.indexOf("\n\n") + 2, page.length());
        }
      }
      String body = text.toString();
      String name = "random-" + i + ".txt";
      SourceDocument doc = new SourceDocument(name, DocumentFormat.TEXT, random.unicode(random.random().nextInt(20)),
          random.random().nextBoolean() ? Optional.of(LocalDate.of(2010 + random.random().nextInt(16), 1 + i % 12, 1)) : Optional.empty(),
          "", Optional.empty(), body, List.of());
      String where = "seed " + seed + " page " + i;
      Outcome<PageAnalysis> out = attempt(() -> jishi.analyze(doc), where);
      if (out.failed()) {
        assertOneLineNaming(out.error().getMessage(), name, where);
        continue;
      }
      for (PolicyEvent e : out.value().events()) {
        assertTrue(0 <= e.evidenceStart() && e.evidenceStart() <= e.evidenceEnd() && e.evidenceEnd() <= body.length(),
            where + ": evidence " + e.evidenceStart() + ".." + e.evidenceEnd() + " outside a text of " + body.length());
        assertEquals(name, e.source(), where);
      }
    }
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void folderOfRandomFiles_indexRunCompletesAndReportsEachBadFile() throws IOException {
    long seed = 0x5EED0302L;
    RandomText random = new RandomText(seed);
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    for (int i = 0; i < 150; i++) {
      Path file = pages.resolve(random.fileName(i));
      if (random.random().nextInt(3) == 0) {
        Files.write(file, random.bytes(random.random().nextInt(3000)));
      } else {
        String page = GeneratedPages.page(i);
        // getBytes, unlike writeString, writes a lone surrogate as '?' instead of failing
        Files.write(file, (random.unicode(random.random().nextInt(200)) + page + random.unicode(random.random().nextInt(200)))
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    Jishi jishi = Jishi.builder().index(tmp.resolve("index")).threads(2).build();
    IndexReport first = jishi.index(List.of(pages), false, IndexListener.NONE);
    assertEquals(150, first.files(), first.summary());
    for (IndexReport.Skipped s : first.skipped()) {
      assertOneLineNaming(s.reason(), s.file(), "seed " + seed + " skipped " + s.file());
    }
    IndexReport second = jishi.index(List.of(pages), false, IndexListener.NONE);
    Set<String> skippedFirst = first.skipped().stream().map(IndexReport.Skipped::file).collect(Collectors.toSet());
    Set<String> skippedSecond = second.skipped().stream().map(IndexReport.Skipped::file).collect(Collectors.toSet());
    assertEquals(skippedFirst, skippedSecond, "seed " + seed + ": the same files fail each time");
    assertEquals(150 - skippedFirst.size(), second.unchanged(), "seed " + seed + ": " + second.summary());
    System.out.println("random folder: " + first.summary());
  }
}
