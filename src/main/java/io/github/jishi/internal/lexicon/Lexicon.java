package io.github.jishi.internal.lexicon;

import io.github.jishi.JishiException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The vocabularies jishi reads text with: trigger verbs, programme type words, stop lists, chrome
 * marks, holiday names and their like, one resource file per vocabulary, open to a user's overlay.
 *
 * <p>A vocabulary {@code NAME} is the resource {@code io/github/jishi/lexicon/NAME.tsv}. Every file
 * opens with the same header, lines starting with {@code #}: what a line means, the source and the
 * licence. A data line holds tab-separated columns; the first column is the entry's key, and a
 * vocabulary's entries keep file order. Words are written once, in simplified script.
 *
 * <p>An overlay folder holds files of the same names: a line adds an entry (replacing the bundled
 * entry with the same key), a line {@code -word} removes the entry {@code word}. Overlay lines are
 * folded to simplified script on load (a user may write {@code 掛牌}), through the folding function
 * given to {@link #overlay(Path, UnaryOperator)}.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.bundled().overlay(Path.of("my-words"), text -> text);
 * List<String> verbs = lexicon.words("triggers");
 * }</pre>
 *
 * <p>Immutable and thread-safe; each vocabulary is read once, on first use.
 */
public final class Lexicon {
  private static final String RESOURCE_DIR = "/io/github/jishi/lexicon/";
  private static final String SUFFIX = ".tsv";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final Lexicon BUNDLED = new Lexicon(Optional.empty(), UnaryOperator.identity());

  private final Optional<Path> overlayDir;
  private final UnaryOperator<String> fold;
  private final Map<String, List<List<String>>> cache = new ConcurrentHashMap<>();

  private Lexicon(Optional<Path> overlayDir, UnaryOperator<String> fold) {
    this.overlayDir = overlayDir;
    this.fold = fold;
  }

  /** The vocabularies as bundled with jishi. */
  public static Lexicon bundled() {
    return BUNDLED;
  }

  /**
   * These vocabularies with the files of {@code dir} laid over them.
   *
   * @param dir a folder of {@code NAME.tsv} files; a vocabulary with no file there stays as bundled
   * @param fold turns an overlay line into simplified script (identity when lines are simplified)
   */
  public Lexicon overlay(Path dir, UnaryOperator<String> fold) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(fold, "fold");
    if (!Files.isDirectory(dir)) {
      throw new JishiException("lexicon folder not found: " + dir);
    }
    return new Lexicon(Optional.of(dir), fold);
  }

  /** The folder laid over the bundled files, if any. */
  public Optional<Path> overlayDir() {
    return overlayDir;
  }

  /** Every entry of vocabulary {@code name}, each as its columns, in file order. */
  public List<List<String>> rows(String name) {
    checkName(name);
    return cache.computeIfAbsent(name, this::load);
  }

  /** The first column of every entry of vocabulary {@code name}, in file order. */
  public List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (List<String> row : rows(name)) {
      out.add(row.get(0));
    }
    return List.copyOf(out);
  }

  /** The first column of every entry, as a set. */
  public Set<String> set(String name) {
    return Set.copyOf(words(name));
  }

  /** The first column of every entry mapped to its second (empty when the line has one column). */
  public Map<String, String> map(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (List<String> row : rows(name)) {
      out.put(row.get(0), row.size() > 1 ? row.get(1) : "");
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * The words of {@code name} as one regular-expression alternation, longest first so that the
   * longest word wins at a position ({@code 揭牌成立} before {@code 揭牌}), each quoted literally.
   */
  public String alternation(String name) {
    return alternation(words(name));
  }

  /** {@code words} as one alternation, longest first, each quoted literally. */
  public static String alternation(List<String> words) {
    List<String> sorted = new ArrayList<>(new LinkedHashSet<>(words));
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> quoted = new ArrayList<>();
    for (String w : sorted) {
      quoted.add(Pattern.quote(w));
    }
    return quoted.isEmpty() ? "(?!)" : String.join("|", quoted);
  }

  private static void checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("bad vocabulary name '" + name + "' (expected lower-case letters, digits, - or _)");
    }
  }

  private List<List<String>> load(String name) {
    Map<String, List<String>> entries = new LinkedHashMap<>();
    String resource = RESOURCE_DIR + name + SUFFIX;
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new JishiException("bundled vocabulary missing from the classpath: " + resource);
      }
      read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name + SUFFIX, UnaryOperator.identity(),
          entries, false);
    } catch (IOException e) {
      throw new JishiException("cannot read bundled vocabulary: " + resource, e);
    }
    if (overlayDir.isPresent()) {
      Path file = overlayDir.get().resolve(name + SUFFIX);
      if (Files.isRegularFile(file)) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          read(reader, file.toString(), fold, entries, true);
        } catch (IOException e) {
          throw new JishiException("cannot read vocabulary (" + e.getMessage() + "): " + file, e);
        }
      }
    }
    return List.copyOf(entries.values());
  }

  private static void read(BufferedReader reader, String source, UnaryOperator<String> fold,
      Map<String, List<String>> entries, boolean overlay) throws IOException {
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (overlay && line.startsWith("-") && line.length() > 1) {
        String key = fold.apply(line.substring(1).split("\t", -1)[0].strip());
        entries.remove(key);
        continue;
      }
      List<String> cols = new ArrayList<>();
      for (String c : line.split("\t", -1)) {
        cols.add(fold.apply(c.strip()));
      }
      if (cols.get(0).isEmpty()) {
        throw new JishiException("bad vocabulary line (empty first column): " + source + ":" + number);
      }
      entries.put(cols.get(0), List.copyOf(cols));
    }
  }
}
