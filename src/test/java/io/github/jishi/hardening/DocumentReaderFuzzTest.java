package io.github.jishi.hardening;

import static io.github.jishi.hardening.Checks.assertOneLineNaming;
import static io.github.jishi.hardening.Checks.attempt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.hardening.Checks.Outcome;
import io.github.jishi.source.DocumentReader;
import io.github.jishi.source.SourceDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whatever a file holds, {@link DocumentReader} gives pages or one clear error naming the file,
 * and finishes: random Unicode, random bytes, deep nesting, ten-megabyte lines.
 */
class DocumentReaderFuzzTest {
  private static final DocumentReader READER = DocumentReader.create();
  private static final String STORY = "2021年3月5日，工业和信息化部发布通知，支持成都创建国家人工智能创新应用先导区。";

  @TempDir Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void randomUnicodeContent_readOrFailNamingTheSource() {
    long seed = 0x5EED0001L;
    RandomText random = new RandomText(seed);
    int failures = 0;
    for (int i = 0; i < 3000; i++) {
      String name = random.fileName(i);
      String content = random.unicode(random.random().nextInt(600));
      String where = "seed " + seed + " case " + i + " " + name;
      Outcome<SourceDocument> out = attempt(() -> READER.readString(content, name), where);
      if (out.failed()) {
        failures++;
        assertOneLineNaming(out.error().getMessage(), name, where);
      } else {
        assertTrue(out.value().source().startsWith(name), where + ": source " + out.value().source());
      }
    }
    System.out.println("readString over random Unicode: " + failures + " of 3000 were errors");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void randomBytesFiles_readOrFailNamingTheFile() throws IOException {
    long seed = 0x5EED0002L;
    RandomText random = new RandomText(seed);
    int failures = 0;
    for (int i = 0; i < 600; i++) {
      Path file = dir.resolve(random.fileName(i));
      Files.write(file, random.bytes(random.random().nextInt(5000)));
      String where = "seed " + seed + " case " + i + " " + file.getFileName();
      Outcome<List<SourceDocument>> out = attempt(() -> READER.read(file), where);
      if (out.failed()) {
        failures++;
        assertOneLineNaming(out.error().getMessage(), file.toString(), where);
      } else {
        for (SourceDocument doc : out.value()) {
          String source = doc.source();
          assertTrue(source.equals(file.toString()) || source.startsWith(file + "#"), where + ": source " + source);
        }
      }
    }
    System.out.println("read over random bytes: " + failures + " of 600 were errors");
  }

  @ParameterizedTest(name = "{0} x50000")
  @CsvSource(delimiter = '|', value = {
    "<div>|</div>",
    "<span>|</span>",
    "<ul><li>|</li></ul>",
    "<table><tr><td>|</td></tr></table>",
    "<article>|</article>",
    "<time datetime=\"x\">|</time>",
    "<header><h2>标题</h2>|</header>",
    "<div class=\"share\">|</div>",
    "<blockquote>|</blockquote>",
  })
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void deeplyNestedHtml_readsTheStoryInside(String open, String close) {
    // the story is long enough (over 500 chars) that no chrome-looking wrapper may cut it
    String body = ("<p>" + STORY + "</p>").repeat(20);
    String html = "<html><head><title>成都</title></head><body>" + open.repeat(50_000) + body + close.repeat(50_000)
        + "</body></html>";
    Outcome<SourceDocument> out = attempt(() -> READER.readString(html, "deep.html"), open + " x50000");
    assertFalse(out.failed(), () -> "deep nesting is still a page: " + out.error().getMessage());
    assertTrue(out.value().text().contains(STORY), () -> "story lost under " + open + ": "
        + out.value().text().substring(0, Math.min(200, out.value().text().length())));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void deeplyNestedHtmlFile_readsFromDisk() throws IOException {
    Path file = dir.resolve("deep.html");
    Files.writeString(file, "<!doctype html><html><body>" + "<div><span>".repeat(50_000) + "<p>" + STORY + "</p>"
        + "</span></div>".repeat(50_000) + "</body></html>", StandardCharsets.UTF_8);
    List<SourceDocument> docs = READER.read(file);
    assertEquals(1, docs.size());
    assertTrue(docs.get(0).text().contains(STORY));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenMegabyteUnpunctuatedLine_keptWhole() throws IOException {
    String line = "人工智能产业创新发展".repeat(1_000_000);
    SourceDocument fromString = READER.readString(line, "long.txt");
    assertEquals(line, fromString.text());

    Path file = dir.resolve("long.txt");
    Files.writeString(file, line, StandardCharsets.UTF_8);
    List<SourceDocument> fromFile = READER.read(file);
    assertEquals(1, fromFile.size());
    assertEquals(line, fromFile.get(0).text());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenMegabyteParagraphInHtml_keptWhole() {
    String line = "人工智能产业创新发展".repeat(1_000_000);
    SourceDocument doc = READER.readString("<html><body><p>" + line + "</p></body></html>", "long.html");
    assertEquals(line, doc.text());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenMegabyteJsonlLine_oneRecord() throws IOException {
    String line = "人工智能产业创新发展".repeat(1_000_000);
    Path file = dir.resolve("long.jsonl");
    Files.writeString(file, "{\"title\":\"长文\",\"content\":\"" + line + "\"}\n", StandardCharsets.UTF_8);
    List<SourceDocument> docs = READER.read(file);
    assertEquals(1, docs.size());
    assertEquals(line, docs.get(0).text());
    assertEquals(file + "#1", docs.get(0).source());
  }
}
