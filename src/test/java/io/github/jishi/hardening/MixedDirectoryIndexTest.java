package io.github.jishi.hardening;

import static io.github.jishi.hardening.Checks.assertOneLineNaming;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.IndexListener;
import io.github.jishi.IndexReport;
import io.github.jishi.Jishi;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.EventQuery;
import io.github.jishi.index.TimelineIndex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of good pages mixed with broken files indexes: the broken ones are reported, one line
 * each naming the file, and every good page is found through search.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MixedDirectoryIndexTest {
  private static final int GOOD = 6;

  @TempDir Path tmp;
  private Path pages;
  private Jishi jishi;

  @BeforeEach
  void writeFolder() throws IOException {
    pages = tmp.resolve("pages");
    GeneratedPages.write(pages, 0, GOOD);

    byte[] binary = new byte[4096];
    new Random(42).nextBytes(binary);
    binary[10] = 0;
    Files.write(pages.resolve("photo.dat"), binary);
    // a PNG saved under a page's name: the content, not the name, says binary
    byte[] png = new byte[2048];
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, 0, png, 0, 12);
    Files.write(pages.resolve("scan.txt"), png);

    Files.write(pages.resolve("empty.txt"), new byte[0]);

    ByteArrayOutputStream broken = new ByteArrayOutputStream();
    String page = GeneratedPages.page(GOOD);
    int cut = page.indexOf("\n\n", page.indexOf("\n\n") + 2);
    broken.writeBytes(page.substring(0, cut).getBytes(StandardCharsets.UTF_8));
    broken.writeBytes(new byte[] {'\n', (byte) 0xFF, (byte) 0xFE, (byte) 0xC3, ' ', (byte) 0xE4, (byte) 0xBA});
    broken.writeBytes(page.substring(cut).getBytes(StandardCharsets.UTF_8));
    Files.write(pages.resolve("broken-utf8.txt"), broken.toByteArray());

    Files.writeString(pages.resolve("flashes.jsonl"),
        "{\"title\": \"兰州获批\", \"content\": \"2019年6月1日，兰州获批建设国家新一代人工智能创新发展试验区。\"}\n"
            + "{\"title\": \"太原入选\", \"content\": \"2019年7月2日，太原入选国家人工智能创新应用先导区。\"}\n"
            + "{\"title\": \"南昌启动\", \"content\": \"2019年8月3日，南昌启动建设国家人工", StandardCharsets.UTF_8);

    jishi = Jishi.builder().index(tmp.resolve("index")).threads(2).build();
  }

  @Test
  void brokenFiles_reportedOneLineEach_goodPagesIndexed() throws IOException {
    IndexReport report = jishi.index(List.of(pages), false, IndexListener.NONE);

    assertEquals(GOOD + 5, report.files(), report.summary());
    Map<String, String> skipped = new TreeMap<>();
    for (IndexReport.Skipped s : report.skipped()) {
      skipped.put(Path.of(s.file()).getFileName().toString(), s.reason());
      assertOneLineNaming(s.reason(), s.file(), "skipped " + s.file());
    }
    assertEquals(Set.of("photo.dat", "scan.txt", "flashes.jsonl"), skipped.keySet(), skipped.toString());
    assertTrue(skipped.get("flashes.jsonl").contains("line 3"), skipped.get("flashes.jsonl"));

    try (TimelineIndex index = jishi.openIndex()) {
      for (int page = 0; page <= GOOD; page++) {
        int i = page;
        String file = pages.resolve(i < GOOD ? String.format("page-%04d.txt", i) : "broken-utf8.txt").toString();
        List<PolicyEvent> found = index.search(EventQuery.builder().city(GeneratedPages.city(i)).build());
        assertTrue(found.stream().anyMatch(e -> e.source().equals(file)),
            () -> "no event of " + file + " under " + GeneratedPages.city(i) + ": " + found);
      }
      Set<String> sources = index.search(EventQuery.all()).stream().map(PolicyEvent::source)
          .map(s -> Path.of(s).getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
      assertTrue(sources.stream().noneMatch(s -> s.startsWith("empty") || s.equals("flashes.jsonl#3")), sources::toString);
      // the bad last line is reported; the good lines before it are kept
      assertTrue(sources.contains("flashes.jsonl#1") && sources.contains("flashes.jsonl#2"), sources::toString);
    }
  }

  @Test
  void rerun_brokenFilesReportedAgain_restUnchanged() {
    IndexReport first = jishi.index(List.of(pages), false, IndexListener.NONE);
    IndexReport second = jishi.index(List.of(pages), false, IndexListener.NONE);

    assertEquals(first.skipped().stream().map(IndexReport.Skipped::file).collect(Collectors.toSet()),
        second.skipped().stream().map(IndexReport.Skipped::file).collect(Collectors.toSet()));
    assertEquals(first.files() - first.skipped().size(), second.unchanged(), second.summary());
    // flashes.jsonl was read in part: it is read again, its bad line reported again, its 2 good lines replaced
    assertEquals(2, second.events(), second.summary());
  }
}
