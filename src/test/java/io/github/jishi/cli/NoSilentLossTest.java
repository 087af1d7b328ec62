package io.github.jishi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input tried for real: nothing is lost without a word, and the rest is always indexed. */
class NoSilentLossTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  static String record(String city, int day) {
    return "{\"title\":\"" + city + "先导区获批\",\"date\":\"2021-02-" + (day + 1) + "\",\"content\":\"2月" + day
        + "日，工业和信息化部印发通知，支持" + city + "创建国家人工智能创新应用先导区。\"}";
  }

  Set<String> sources(Path index) throws Exception {
    Result r = run("search", "--index", index.toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    Set<String> out = new TreeSet<>();
    for (JsonNode e : JSON.readTree(r.out())) {
      out.add(e.get("source").asText());
    }
    return out;
  }

  int events(Path index) throws Exception {
    return JSON.readTree(run("search", "--index", index.toString(), "--format", "json").out()).size();
  }

  @Test
  void jsonLinesSavedAsJson_everyRecordIsRead() throws Exception {
    Path f = tmp.resolve("feed.json");
    Files.writeString(f, record("杭州", 19) + "\n" + record("广州", 18) + "\n" + record("上海", 17) + "\n", StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    Result r = run("index", "--index", index.toString(), f.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(3, events(index));
  }

  @Test
  void jsonValueFollowedByGarbage_keepsTheRecordAndReportsLineAndColumn() throws Exception {
    Path f = tmp.resolve("page.json");
    Files.writeString(f, "[" + record("杭州", 19) + ",\n" + record("广州", 18) + "]\n  oops }", StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    Result r = run("index", "--index", index.toString(), f.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("line 3, column"), r.err());
    assertTrue(r.err().contains("1 problem"), r.err());
    assertEquals(2, events(index));
  }

  @Test
  void jsonlWithOneBadLine_keepsTheGoodLinesAndNamesTheBadOne() throws Exception {
    Path f = tmp.resolve("feed.jsonl");
    Files.writeString(f, record("杭州", 19) + "\n{\"title\": broken\n" + record("上海", 17) + "\n", StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    Result r = run("index", "--index", index.toString(), f.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("at line 2") && r.err().contains("(line 2, column"), r.err());
    Set<String> sources = sources(index);
    assertEquals(Set.of(f + "#1", f + "#3"), sources, "records keep their line's number");
    Result again = run("index", "--index", index.toString(), f.toString());
    assertEquals(1, again.code(), "a file read in part is reported again: " + again.err());
    assertTrue(again.err().contains("at line 2"), again.err());
    assertEquals(sources, sources(index), "and never doubled");
  }

  @Test
  void sameFolderSpelledTwoWays_neverDoubles_andPruneKeepsWhatExists() throws Exception {
    Path good = Files.createDirectories(tmp.resolve("good"));
    Files.writeString(good.resolve("a.json"), record("杭州", 19), StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    assertEquals(0, run("index", "--index", index.toString(), good.toString()).code());
    int once = events(index);
    assertEquals(1, once);
    Path spelled = Path.of(tmp + "/./good/../good");
    Result again = run("index", "--index", index.toString(), "--prune", spelled.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.err().contains("1 unchanged") && again.err().contains("0 pruned"), again.err());
    assertEquals(once, events(index));
  }

  @Test
  void symlinkedFolder_andLinksInside_areFollowed_loopsAreReported() throws Exception {
    Path real = Files.createDirectories(tmp.resolve("real"));
    Files.writeString(real.resolve("a.json"), record("杭州", 19), StandardCharsets.UTF_8);
    Path other = Files.createDirectories(tmp.resolve("other"));
    Files.writeString(other.resolve("b.json"), record("广州", 18), StandardCharsets.UTF_8);
    Files.createSymbolicLink(real.resolve("more"), other);
    Files.createSymbolicLink(real.resolve("loop"), real);
    Files.createSymbolicLink(real.resolve("dangling.txt"), tmp.resolve("gone.txt"));
    Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
    Path index = tmp.resolve("index");
    Result r = run("index", "--index", index.toString(), link.toString());
    assertEquals(2, events(index), r.err());
    assertTrue(r.err().contains("symbolic link loop"), r.err());
    assertTrue(r.err().contains("dangling.txt: broken symbolic link"), r.err());
    assertEquals(1, r.code());
  }

  @Test
  void unreadableFolder_isReportedWithTheReason() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(pages.resolve("a.json"), record("杭州", 19), StandardCharsets.UTF_8);
    Path locked = Files.createDirectories(pages.resolve("locked"));
    Files.writeString(locked.resolve("b.json"), record("广州", 18), StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "running as a user who reads everything (root)");
      Path index = tmp.resolve("index");
      Result r = run("index", "--index", index.toString(), pages.toString());
      assertEquals(1, r.code(), r.err());
      assertTrue(r.err().contains("cannot read folder " + locked + ": Permission denied"), r.err());
      assertEquals(1, events(index));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void oneMissingPathAmongMany_indexesTheRestAndExitsNonZero() throws Exception {
    Path a = tmp.resolve("a.json");
    Files.writeString(a, record("杭州", 19), StandardCharsets.UTF_8);
    Path bin = tmp.resolve("scan.txt");
    Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 4, 5, 6});
    Path index = tmp.resolve("index");
    Result r = run("index", "--index", index.toString(), tmp.resolve("missing.txt").toString(), a.toString(), bin.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("no such file or folder: " + tmp.resolve("missing.txt")), r.err());
    assertTrue(r.err().contains("binary"), r.err());
    assertTrue(r.err().contains("2 problems"), r.err());
    assertEquals(1, events(index));
  }

  @Test
  void aNulByteInAnOtherwiseValidTextFile_isStillText() throws Exception {
    Path f = tmp.resolve("page.txt");
    byte[] text = "杭州先导区获批\n发布时间：2021-02-20 09:30\n2月19日，工业和信息化部印发通知，支持杭州创建国家人工智能创新应用先导区。\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] withNul = new byte[text.length + 1];
    System.arraycopy(text, 0, withNul, 0, 10);
    withNul[10] = 0;
    System.arraycopy(text, 10, withNul, 11, text.length - 10);
    Files.write(f, withNul);
    Path index = tmp.resolve("index");
    Result r = run("index", "--index", index.toString(), f.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(1, events(index));
  }

  @Test
  void foreignLuceneIndex_isNotAJishiIndex_andIsNeverOfferedForDeletion() throws Exception {
    Path foreign = tmp.resolve("foreign");
    try (IndexWriter w = new IndexWriter(FSDirectory.open(foreign), new IndexWriterConfig())) {
      Document d = new Document();
      d.add(new StringField("title", "someone else's", Field.Store.YES));
      w.addDocument(d);
      w.commit();
    }
    Result search = run("search", "--index", foreign.toString());
    assertEquals(1, search.code());
    assertTrue(search.err().contains("not a jishi index"), search.err());
    Path a = tmp.resolve("a.json");
    Files.writeString(a, record("杭州", 19), StandardCharsets.UTF_8);
    for (String[] args : new String[][] {{"index", "--index", foreign.toString(), a.toString()},
        {"index", "--force", "--index", foreign.toString(), a.toString()}}) {
      Result index = run(args);
      assertEquals(1, index.code());
      assertTrue(index.err().contains("not a jishi index"), index.err());
      assertFalse(index.err().toLowerCase().contains("delete"), index.err());
    }
  }

  @Test
  void nonEmptyFolderThatIsNoIndex_refusedUnlessForce() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("notes"));
    Files.writeString(folder.resolve("todo.txt"), "mine", StandardCharsets.UTF_8);
    Path a = tmp.resolve("a.json");
    Files.writeString(a, record("杭州", 19), StandardCharsets.UTF_8);
    Result refused = run("index", "--index", folder.toString(), a.toString());
    assertEquals(1, refused.code());
    assertTrue(refused.err().contains("not a jishi index") && refused.err().contains("--force"), refused.err());
    Result forced = run("index", "--force", "--index", folder.toString(), a.toString());
    assertEquals(0, forced.code(), forced.err());
    assertEquals(1, events(folder));
    assertTrue(Files.exists(folder.resolve("todo.txt")));
  }

  @Test
  void diskFullMidRun_saysSo_keepsTheLastCommit_andListsWhatWasNotIndexed() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(pages.resolve("a.json"), record("杭州", 19), StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    assertEquals(0, run("index", "--index", index.toString(), pages.toString()).code());
    Files.writeString(pages.resolve("b.json"), record("广州", 20), StandardCharsets.UTF_8);
    Files.writeString(pages.resolve("c.jsonl"), record("成都", 21) + "\n" + record("天津", 22) + "\n", StandardCharsets.UTF_8);

    Result full;
    try (var disk = io.github.jishi.internal.index.FullDisk.after(0)) {
      full = run("index", "--index", index.toString(), "--progress=none", pages.toString());
    }
    assertEquals(1, full.code(), full.err());
    assertTrue(full.err().contains("no space left on device while writing index " + index), full.err());
    assertFalse(full.err().contains("AlreadyClosedException") || full.err().contains("internal error"), full.err());
    assertTrue(full.err().contains("not indexed (2 files; run again to index them):"), full.err());
    assertTrue(full.err().contains("\n  " + pages.resolve("b.json") + "\n") && full.err().contains("\n  " + pages.resolve("c.jsonl") + "\n"),
        full.err());
    assertFalse(full.err().contains("  " + pages.resolve("a.json")), "a.json is in the kept commit: " + full.err());
    assertEquals(Set.of(pages.resolve("a.json").toString()), sources(index), "the last commit is kept, nothing more");

    Result again = run("index", "--index", index.toString(), pages.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.err().contains("1 unchanged"), again.err());
    assertEquals(4, events(index));
  }

  @Test
  void eventIds_areByContent_theSameForEverySpellingOfThePath_andUniqueInAnIndex() throws Exception {
    Path good = Files.createDirectories(tmp.resolve("good"));
    Files.writeString(good.resolve("a.json"), record("杭州", 19), StandardCharsets.UTF_8);
    Files.writeString(good.resolve("b.jsonl"), record("广州", 20) + "\n" + record("成都", 21) + "\n", StandardCharsets.UTF_8);
    Files.writeString(good.resolve("c.txt"), "武汉先导区获批\n发布时间：2022-09-08\n9月7日，工业和信息化部印发通知，支持武汉创建国家人工智能创新应用先导区。"
        + "同日，长沙也获批复。\n", StandardCharsets.UTF_8);
    Path cwd = Path.of("").toAbsolutePath();
    String relative = cwd.relativize(good.toAbsolutePath()).toString();
    List<String> spellings = List.of(good.toAbsolutePath().toString(), relative, "./" + relative, good + "/./../good");
    Set<String> first = null;
    for (int i = 0; i < spellings.size(); i++) {
      Path index = tmp.resolve("index-" + i);
      Result r = run("index", "--index", index.toString(), spellings.get(i));
      assertEquals(0, r.code(), r.err());
      Set<String> ids = ids(index);
      assertTrue(ids.size() >= 4, ids.toString());
      if (first == null) {
        first = ids;
      }
      assertEquals(first, ids, "indexed as " + spellings.get(i));
    }

    // one index, every spelling, and a changed file re-indexed under another: no duplicates, same ids
    Path index = tmp.resolve("one");
    for (String spelling : spellings) {
      assertEquals(0, run("index", "--index", index.toString(), spelling).code());
    }
    Files.writeString(good.resolve("a.json"), record("杭州", 19) + "\n", StandardCharsets.UTF_8);
    Result changed = run("index", "--index", index.toString(), "./" + relative);
    assertTrue(changed.err().contains("indexed 1 pages from 3 files (2 unchanged"), changed.err());
    List<String> all = new java.util.ArrayList<>();
    for (var e : io.github.jishi.internal.index.IndexExport.read(index).events()) {
      all.add(e.event().id());
    }
    assertEquals(new TreeSet<>(all).size(), all.size(), "ids are unique in the index: " + all);
    assertEquals(first, new TreeSet<>(all));
    Result extract = run("extract", "./" + relative + "/a.json", "--format", "json");
    assertEquals(0, extract.code(), extract.err());
    String extracted = JSON.readTree(extract.out()).get("events").get(0).get("id").asText();
    assertTrue(first.contains(extracted), "extract gives the id the index holds: " + extracted);
    for (String id : first) {
      Result show = run("show", "--index", index.toString(), id, "--format", "json");
      assertEquals(0, show.code(), show.err());
      assertEquals(id, JSON.readTree(show.out()).get("id").asText());
    }
  }

  @Test
  void eventIds_areUniqueOverTheBundledCorpus() throws Exception {
    Path corpus = Path.of("corpus");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus), "run from the project root");
    Path index = tmp.resolve("corpus-index");
    assertEquals(0, run("index", "--index", index.toString(), corpus.toString()).code());
    List<String> all = new java.util.ArrayList<>();
    for (var e : io.github.jishi.internal.index.IndexExport.read(index).events()) {
      all.add(e.event().id());
    }
    assertTrue(all.size() > 50, all.toString());
    assertEquals(all.size(), new TreeSet<>(all).size(), "every event of the index has an id of its own");
  }

  Set<String> ids(Path index) throws Exception {
    Set<String> out = new TreeSet<>();
    for (var e : io.github.jishi.internal.index.IndexExport.read(index).events()) {
      out.add(e.event().id());
    }
    return out;
  }
}
