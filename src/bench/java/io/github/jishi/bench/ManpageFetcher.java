package io.github.jishi.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Real Chinese prose for the benchmark: the man pages of Debian's {@code manpages-zh} package,
 * fetched with {@code apt-get download} into the work folder, unpacked with {@code dpkg-deb} and
 * read as plain text, in simplified ({@code zh_CN}) and traditional ({@code zh_TW}) script.
 *
 * <p>Nothing of it is kept beyond the work folder.
 */
final class ManpageFetcher {
  static final String PACKAGE = "manpages-zh";
  static final List<String> LANGUAGES = List.of("zh_CN", "zh_TW");
  private static final long TIMEOUT_SECONDS = 300;

  /** The pages per language, or why there are none. */
  record Outcome(Map<String, List<Page>> pages, Optional<String> problem) {}

  /** One man page as text: the name it goes by and its content (title line, blank line, text). */
  record Page(String name, String content) {}

  private ManpageFetcher() {}

  static Outcome fetch(Path dir) {
    try {
      Files.createDirectories(dir);
      Path root = dir.resolve("root");
      if (!Files.isDirectory(root.resolve("usr/share/man"))) {
        Optional<Path> deb = existingDeb(dir);
        if (deb.isEmpty()) {
          Optional<String> failed = run(dir, "apt-get", "download", PACKAGE);
          if (failed.isPresent()) {
            return new Outcome(Map.of(), failed);
          }
          deb = existingDeb(dir);
          if (deb.isEmpty()) {
            return new Outcome(Map.of(), Optional.of("apt-get download " + PACKAGE + " left no .deb in " + dir));
          }
        }
        Optional<String> failed = run(dir, "dpkg-deb", "-x", deb.get().toString(), root.toString());
        if (failed.isPresent()) {
          return new Outcome(Map.of(), failed);
        }
      }
      Map<String, List<Page>> out = new LinkedHashMap<>();
      for (String lang : LANGUAGES) {
        out.put(lang, read(root.resolve("usr/share/man").resolve(lang), lang));
      }
      return new Outcome(out, Optional.empty());
    } catch (IOException e) {
      return new Outcome(Map.of(), Optional.of("cannot read " + PACKAGE + " in " + dir + ": " + e.getMessage()));
    }
  }

  private static Optional<Path> existingDeb(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith(PACKAGE + "_") && p.toString().endsWith(".deb")).findFirst();
    }
  }

  /** Runs a command in {@code dir}; empty when it succeeded, else a one-line reason. */
  private static Optional<String> run(Path dir, String... command) {
    Path log = dir.resolve(command[0] + ".log");
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.of(String.join(" ", command) + " took over " + TIMEOUT_SECONDS + " s");
      }
      if (p.exitValue() != 0) {
        String last = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output");
        return Optional.of(String.join(" ", command) + " failed (exit " + p.exitValue() + "): " + last.strip());
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(command[0] + " is not available (" + e.getMessage().lines().findFirst().orElse("") + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(String.join(" ", command) + " was interrupted");
    }
  }

  /** The pages of one language, symlinks and {@code .so} redirections left out, in path order. */
  private static List<Page> read(Path langDir, String lang) throws IOException {
    List<Page> out = new ArrayList<>();
    if (!Files.isDirectory(langDir)) {
      return out;
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(langDir)) {
      files = s.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    }
    for (Path f : files) {
      String roff = readMaybeGzipped(f);
      String text = RoffStripper.text(roff);
      if (text.length() < 20) {
        continue;
      }
      String title = RoffStripper.title(roff);
      String name = lang + "/" + langDir.relativize(f).toString().replace(".gz", "") + ".txt";
      out.add(new Page(name, (title.isEmpty() ? f.getFileName().toString() : title) + "\n\n" + text + "\n"));
    }
    return out;
  }

  private static String readMaybeGzipped(Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      InputStream s = f.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
      return new String(s.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
