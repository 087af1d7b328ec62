package io.github.jishi.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HanLpDataCacheTest {
  private static final ClassLoader LOADER = HanLpDataCacheTest.class.getClassLoader();
  private static final String DERIVED = "data/dictionary/tc/t2s.txt.trie.dat";
  private static final String BUNDLED_BIN = "data/dictionary/CoreNatureDictionary.mini.txt.bin";

  @TempDir Path tmp;

  @Test
  void open_dataPath_readsTheBundledResource() throws IOException {
    HanLpDataCache cache = new HanLpDataCache(LOADER, tmp.resolve("c"));

    byte[] bytes = read(cache.open(HanLpDataCache.MARKER));

    assertArrayEquals(read(LOADER.getResourceAsStream(HanLpDataCache.MARKER)), bytes);
    assertTrue(bytes.length > 0);
  }

  @Test
  void open_missingDataPath_isFileNotFound() {
    HanLpDataCache cache = new HanLpDataCache(LOADER, tmp.resolve("c"));

    assertThrows(FileNotFoundException.class, () -> cache.open("data/dictionary/nothing-here.txt.bin"));
  }

  @Test
  void create_writesIntoTheCacheDirectory_andAnotherInstanceReadsIt() throws IOException {
    Path dir = tmp.resolve("c");
    byte[] payload = "derived table".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new HanLpDataCache(LOADER, dir).create(DERIVED)) {
      out.write(payload);
    }

    assertTrue(Files.isRegularFile(dir.resolve(DERIVED)));
    assertArrayEquals(payload, read(new HanLpDataCache(LOADER, dir).open(DERIVED)));
  }

  @Test
  void open_cacheFileInTheDirectory_winsOverTheBundledCopy() throws IOException {
    Path dir = tmp.resolve("c");
    HanLpDataCache cache = new HanLpDataCache(LOADER, dir);
    try (OutputStream out = cache.create(BUNDLED_BIN)) {
      out.write(new byte[] {1, 2, 3});
    }

    assertArrayEquals(new byte[] {1, 2, 3}, read(cache.open(BUNDLED_BIN)));
  }

  @Test
  void open_textDictionary_isNeverTakenFromTheCache() throws IOException {
    Path dir = tmp.resolve("c");
    Files.createDirectories(dir.resolve(HanLpDataCache.MARKER).getParent());
    Files.writeString(dir.resolve(HanLpDataCache.MARKER), "stale");

    byte[] bytes = read(new HanLpDataCache(LOADER, dir).open(HanLpDataCache.MARKER));

    assertNotEquals("stale", new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void create_unfinishedWrite_leavesNothingToRead() throws IOException {
    Path dir = tmp.resolve("c");
    HanLpDataCache cache = new HanLpDataCache(LOADER, dir);
    OutputStream out = cache.create(DERIVED);
    out.write(new byte[] {9, 9});

    assertFalse(Files.exists(dir.resolve(DERIVED)));
    assertThrows(FileNotFoundException.class, () -> cache.open(DERIVED));
  }

  @Test
  void create_directoryThatCannotExist_dropsTheBytesWithoutFailing() throws IOException {
    Path blocker = Files.writeString(tmp.resolve("a-file"), "x");
    HanLpDataCache cache = new HanLpDataCache(LOADER, blocker.resolve("hanlp"));

    try (OutputStream out = cache.create(DERIVED)) {
      out.write(new byte[] {1, 2, 3});
    }

    assertThrows(FileNotFoundException.class, () -> cache.open(DERIVED));
    assertTrue(read(cache.open(BUNDLED_BIN)).length > 1000);
  }

  @Test
  void create_withoutCacheDirectory_dropsTheBytes() throws IOException {
    HanLpDataCache cache = new HanLpDataCache(LOADER, null);

    try (OutputStream out = cache.create(DERIVED)) {
      out.write(1);
    }

    assertEquals(Optional.empty(), cache.directory());
    assertThrows(FileNotFoundException.class, () -> cache.open(DERIVED));
  }

  @Test
  void create_pathOutsideData_staysInsideTheCacheDirectory() throws IOException {
    Path dir = tmp.resolve("c");
    try (OutputStream out = new HanLpDataCache(LOADER, dir).create("../../etc/custom.txt.bin")) {
      out.write(1);
    }

    try (Stream<Path> files = Files.walk(tmp)) {
      assertTrue(files.filter(Files::isRegularFile).allMatch(p -> p.startsWith(dir)));
    }
  }

  @Test
  void dataKey_bundledJar_namesHanLpVersion() {
    String key = HanLpDataCache.dataKey(LOADER);

    assertTrue(key.matches("portable-1\\.8\\.6-[0-9a-f]{16}"), key);
    assertEquals(key, HanLpDataCache.dataKey(LOADER));
  }

  @Test
  void dataKey_changedDictionary_changesTheKey() throws IOException {
    Path root = tmp.resolve("root");
    Path marker = root.resolve(HanLpDataCache.MARKER);
    Files.createDirectories(marker.getParent());
    Files.writeString(marker, "一 n 1\n");
    String before;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
      before = HanLpDataCache.dataKey(loader);
    }

    Files.writeString(marker, "一 n 1\n二 m 2\n");
    String after;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
      after = HanLpDataCache.dataKey(loader);
    }

    assertTrue(before.startsWith("unknown-"), before);
    assertNotEquals(before, after);
  }

  @Test
  void cacheRoot_property_overridesHome() {
    assertEquals(Optional.of(Paths.get("/srv/cache")), HanLpDataCache.cacheRoot("/srv/cache", "/home/ann"));
    assertEquals(Optional.of(Paths.get("/home/ann", ".cache", "jishi")), HanLpDataCache.cacheRoot(null, "/home/ann"));
    assertEquals(Optional.empty(), HanLpDataCache.cacheRoot(" ", ""));
  }

  private static byte[] read(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }
}
