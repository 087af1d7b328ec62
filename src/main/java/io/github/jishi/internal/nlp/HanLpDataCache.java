package io.github.jishi.internal.nlp;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * HanLP's data files, read from the classpath, with the cache files HanLP derives from them kept
 * in a directory of their own.
 *
 * <p>HanLP normally writes its {@code .bin}/{@code .dat} caches next to the dictionaries and
 * trusts them afterwards. Next to a dictionary inside a jar or a read-only install there is no
 * place to write, and a cache that outlives a changed dictionary is served stale. So writes go to
 * {@code <root>/hanlp/<key>/}, where the key is the HanLP version plus a fingerprint of every file
 * under the {@code data/} root that serves the dictionaries: different data never meets an old
 * cache. When that directory cannot be written, caching is silently off; nothing fails.
 */
final class HanLpDataCache {
  /** System property naming jishi's cache root; default {@code ${user.home}/.cache/jishi}. */
  static final String CACHE_PROPERTY = "jishi.cache";

  /** A file every HanLP data root has; it locates the root whose content keys the cache. */
  static final String MARKER = "data/dictionary/CoreNatureDictionary.tr.txt";

  private static final String VERSION_RESOURCE = "META-INF/maven/com.hankcs/hanlp/pom.properties";

  private final ClassLoader loader;
  private final Path directory;

  /**
   * A cache over {@code loader}'s {@code data/} resources writing into {@code directory}, or not
   * caching at all when {@code directory} is null.
   */
  HanLpDataCache(ClassLoader loader, Path directory) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.directory = directory;
  }

  /** The cache for {@code loader}'s HanLP data in the default place (see {@link #CACHE_PROPERTY}). */
  static HanLpDataCache forClasspath(ClassLoader loader) {
    Optional<Path> root = cacheRoot(System.getProperty(CACHE_PROPERTY), System.getProperty("user.home"));
    return new HanLpDataCache(loader, root.map(r -> r.resolve("hanlp").resolve(dataKey(loader))).orElse(null));
  }

  /** jishi's cache root: the property's value if set, else {@code <home>/.cache/jishi}; empty if neither is usable. */
  static Optional<Path> cacheRoot(String propertyValue, String userHome) {
    try {
      if (propertyValue != null && !propertyValue.isBlank()) {
        return Optional.of(Paths.get(propertyValue.trim()));
      }
      if (userHome != null && !userHome.isBlank()) {
        return Optional.of(Paths.get(userHome, ".cache", "jishi"));
      }
    } catch (InvalidPathException e) {
      // an unusable location means no cache, never a failure
    }
    return Optional.empty();
  }

  Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /**
   * Opens one of HanLP's files: a cache file from the cache directory if it is there, otherwise
   * a {@code data/} path from the classpath, otherwise a file of the file system.
   */
  InputStream open(String path) throws IOException {
    Objects.requireNonNull(path, "path");
    if (directory != null && isCacheFile(path)) {
      Path cached = cachedPath(path);
      if (Files.isRegularFile(cached)) {
        return Files.newInputStream(cached);
      }
    }
    if (isDataPath(path)) {
      InputStream in = loader.getResourceAsStream(path);
      if (in == null) {
        throw new FileNotFoundException("not on the classpath: " + path);
      }
      return in;
    }
    try {
      return Files.newInputStream(Paths.get(path));
    } catch (InvalidPathException e) {
      throw new FileNotFoundException("not a file path: " + path);
    }
  }

  /**
   * A stream writing {@code path} into the cache directory. It never fails: without a usable
   * directory the bytes are dropped, and the file appears only when the stream is closed after a
   * complete write, so a reader never sees half a cache file.
   */
  OutputStream create(String path) {
    Objects.requireNonNull(path, "path");
    if (directory == null) {
      return OutputStream.nullOutputStream();
    }
    return new CacheFileOutputStream(cachedPath(path));
  }

  /** Whether HanLP derives {@code path} from a dictionary (so it may come from the cache). */
  static boolean isCacheFile(String path) {
    return path.endsWith(".bin") || path.endsWith(".dat") || path.endsWith(".yes") || path.endsWith(".trie");
  }

  private static boolean isDataPath(String path) {
    return path.startsWith("data/");
  }

  /** Where {@code path} lives in the cache: {@code data/...} as is, any other path under {@code fs/}. */
  Path cachedPath(String path) {
    String relative = isDataPath(path) ? path : "fs/" + path.replace('\\', '/').replace(":", "");
    List<String> parts = new ArrayList<>();
    for (String part : relative.split("/")) {
      if (!part.isEmpty() && !part.equals(".") && !part.equals("..")) {
        parts.add(part);
      }
    }
    Path out = directory;
    for (String part : parts) {
      out = out.resolve(part);
    }
    return out;
  }

  /**
   * The cache key for {@code loader}'s HanLP data: {@code <version>-<fingerprint>}, the
   * fingerprint a hash over the name, size and checksum (or modification time) of every file
   * under the {@code data/} root that serves {@link #MARKER}.
   */
  static String dataKey(ClassLoader loader) {
    MessageDigest digest = sha256();
    URL marker = loader.getResource(MARKER);
    if (marker == null) {
      update(digest, "no data");
    } else {
      try {
        fingerprint(marker, digest);
      } catch (IOException | UncheckedIOException | URISyntaxException | IllegalArgumentException e) {
        // can't read the root's listing: key on where the data comes from instead
        update(digest, "unlisted " + marker);
      }
    }
    String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    return safe(hanLpVersion(loader)) + "-" + hash;
  }

  private static void fingerprint(URL marker, MessageDigest digest) throws IOException, URISyntaxException {
    if ("jar".equals(marker.getProtocol())) {
      URL jarUrl = ((JarURLConnection) marker.openConnection()).getJarFileURL();
      if (!"file".equals(jarUrl.getProtocol())) {
        update(digest, "jar " + jarUrl);
        return;
      }
      try (ZipFile zip = new ZipFile(Paths.get(jarUrl.toURI()).toFile())) {
        List<String> lines = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
          ZipEntry entry = e.nextElement();
          if (entry.getName().startsWith("data/") && !entry.isDirectory()) {
            lines.add(entry.getName() + " " + entry.getSize() + " " + entry.getCrc());
          }
        }
        lines.sort(null);
        lines.forEach(line -> update(digest, line));
      }
    } else if ("file".equals(marker.getProtocol())) {
      Path markerFile = Paths.get(marker.toURI());
      Path root = markerFile;
      for (int i = 0; i < Paths.get(MARKER).getNameCount(); i++) {
        root = root.getParent();
      }
      Path base = root;
      try (Stream<Path> files = Files.walk(root.resolve("data"))) {
        files.filter(Files::isRegularFile)
            .map(p -> {
              try {
                return base.relativize(p).toString().replace('\\', '/') + " " + Files.size(p) + " "
                    + Files.getLastModifiedTime(p).toMillis();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
            .sorted()
            .forEach(line -> update(digest, line));
      }
    } else {
      update(digest, "url " + marker);
    }
  }

  /** HanLP's version from its Maven metadata, {@code unknown} if that is missing. */
  static String hanLpVersion(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(VERSION_RESOURCE)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String version = p.getProperty("version");
        if (version != null && !version.isBlank()) {
          return version.trim();
        }
      }
    } catch (IOException e) {
      // fall through: the key still carries the data fingerprint
    }
    return "unknown";
  }

  private static String safe(String s) {
    return s.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this Java runtime", e);
    }
  }

  private static void update(MessageDigest digest, String line) {
    digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Writes to a temporary sibling and moves it into place on a successful close; drops everything on error. */
  private static final class CacheFileOutputStream extends OutputStream {
    private final Path target;
    private Path temp;
    private OutputStream out;
    private boolean failed;
    private boolean closed;

    CacheFileOutputStream(Path target) {
      this.target = target;
      try {
        Files.createDirectories(target.getParent());
        temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        out = Files.newOutputStream(temp);
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        fail();
      }
    }

    @Override
    public void write(int b) {
      if (!failed) {
        try {
          out.write(b);
        } catch (IOException e) {
          fail();
        }
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (!failed) {
        try {
          out.write(b, off, len);
        } catch (IOException e) {
          fail();
        }
      }
    }

    @Override
    public void flush() {
      if (!failed) {
        try {
          out.flush();
        } catch (IOException e) {
          fail();
        }
      }
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      if (failed) {
        return;
      }
      try {
        out.close();
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException | SecurityException e) {
        fail();
      }
    }

    private void fail() {
      failed = true;
      if (out != null) {
        try {
          out.close();
        } catch (IOException e) {
          // already dropping this file
        }
      }
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException | SecurityException e) {
          // a leftover .part file is never read
        }
      }
    }
  }
}
