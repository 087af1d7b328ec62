package io.github.jishi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.internal.index.FullDisk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listener hears every record of a file as it is read; a run the disk stops says what it lost. */
class IndexProgressAndAbortTest {
  @TempDir Path tmp;

  static String record(String city, int day) {
    return "{\"title\":\"" + city + "先导区获批\",\"date\":\"2021-02-" + (day + 1) + "\",\"content\":\"2月" + day
        + "日，工业和信息化部印发通知，支持" + city + "创建国家人工智能创新应用先导区。\"}";
  }

  record Page(String file, int pages, int ofPages, long bytes, long ofBytes) {}

  @Test
  void listener_hearsEveryRecordOfAJsonLinesFile_withItsBytes_beforeTheFileIsDone() throws Exception {
    Path jsonl = tmp.resolve("flashes.jsonl");
    String[] cities = {"杭州", "广州", "成都", "天津", "武汉"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cities.length; i++) {
      sb.append(record(cities[i], 10 + i)).append('\n');
    }
    Files.writeString(jsonl, sb, StandardCharsets.UTF_8);
    long size = Files.size(jsonl);
    List<Object> heard = Collections.synchronizedList(new ArrayList<>());
    IndexListener listener = new IndexListener() {
      @Override
      public void fileDone(int done, int total, String file) {
        heard.add("done " + done + "/" + total + " " + file);
      }

      @Override
      public void pageDone(String file, int pages, int ofPages, long bytes, long ofBytes) {
        heard.add(new Page(file, pages, ofPages, bytes, ofBytes));
      }
    };
    Jishi jishi = Jishi.builder().index(tmp.resolve("index")).build();
    IndexReport report = jishi.index(List.of(jsonl), IndexSettings.builder().listener(listener).build());
    assertEquals(5, report.pages());
    assertEquals(6, heard.size(), heard.toString());
    long before = 0;
    for (int i = 0; i < 5; i++) {
      Page p = (Page) heard.get(i);
      assertEquals(jsonl.toString(), p.file());
      assertEquals(i + 1, p.pages());
      assertEquals(5, p.ofPages());
      assertEquals(size, p.ofBytes());
      assertTrue(p.bytes() > before && p.bytes() <= size, heard.toString());
      before = p.bytes();
    }
    assertEquals(size, ((Page) heard.get(4)).bytes(), "the last record accounts for the whole file");
    assertEquals("done 1/1 " + jsonl, heard.get(5));

    heard.clear();
    jishi.index(List.of(jsonl), IndexSettings.builder().listener(listener).build());
    assertEquals(List.of("done 1/1 " + jsonl), heard, "an unchanged file is done without reading its records");
  }

  @Test
  void diskFull_abortsTheRun_keepsTheLastCommit_andListsExactlyWhatItDoesNotHold() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Path a = pages.resolve("a.json");
    Files.writeString(a, record("杭州", 19), StandardCharsets.UTF_8);
    Jishi jishi = Jishi.builder().index(tmp.resolve("index")).threads(1).build();
    assertEquals(1, jishi.index(List.of(pages)).events());
    Path b = pages.resolve("b.json");
    Path c = pages.resolve("c.json");
    Files.writeString(b, record("广州", 20), StandardCharsets.UTF_8);
    Files.writeString(c, record("成都", 21), StandardCharsets.UTF_8);
    Path missing = tmp.resolve("missing.json");

    IndexAbortedException e;
    try (FullDisk disk = FullDisk.after(0)) {
      e = assertThrows(IndexAbortedException.class, () -> jishi.index(List.of(pages, missing)));
    }
    assertTrue(e.getMessage().startsWith("no space left on device while writing index " + tmp.resolve("index")), e.getMessage());
    assertEquals(List.of(b.toString(), c.toString()), e.notIndexed(), "a.json was committed before: it is not lost");
    assertEquals(1, e.skipped().size(), e.skipped().toString());
    assertTrue(e.skipped().get(0).reason().contains("no such file or folder"), e.skipped().toString());
    try (var index = jishi.openIndex()) {
      assertEquals(1, index.search(io.github.jishi.index.EventQuery.all()).size(), "the last commit is kept");
    }

    IndexReport again = jishi.index(List.of(pages));
    assertEquals(1, again.unchanged());
    assertEquals(2, again.events());
  }

  @Test
  void aFileThatRunsOutOfMemory_isSkippedAndReported_theRestIsIndexed() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(pages.resolve("a.json"), record("杭州", 19), StandardCharsets.UTF_8);
    Files.writeString(pages.resolve("huge.json"), record("广州", 20), StandardCharsets.UTF_8);
    Files.writeString(pages.resolve("c.json"), record("成都", 21), StandardCharsets.UTF_8);
    // the memory runs out while huge.json is analyzed (thrown where its page is done, as a real one would be)
    IndexListener oom = new IndexListener() {
      @Override
      public void fileDone(int done, int total, String file) {}

      @Override
      public void pageDone(String file, int pages, int ofPages, long bytes, long ofBytes) {
        if (file.endsWith("huge.json")) {
          throw new OutOfMemoryError("Java heap space");
        }
      }
    };
    Jishi jishi = Jishi.builder().index(tmp.resolve("index")).build();
    IndexReport report = jishi.index(List.of(pages), IndexSettings.builder().listener(oom).build());
    assertEquals(2, report.events());
    assertEquals(1, report.skipped().size(), report.skipped().toString());
    assertEquals(pages.resolve("huge.json").toString(), report.skipped().get(0).file());
    assertTrue(report.skipped().get(0).reason().startsWith("out of memory (Java heap space); give the JVM more memory"),
        report.skipped().get(0).reason());
  }
}
