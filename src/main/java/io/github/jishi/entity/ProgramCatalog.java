package io.github.jishi.entity;

import io.github.jishi.JishiException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The programmes jishi knows by name: the bundled {@code programs.tsv}, optionally merged with a
 * user file in the same format.
 *
 * <p>Format: UTF-8, one programme a line, {@code canonical<TAB>aliases<TAB>kind} with aliases
 * separated by {@code |} (the column may be empty); lines starting with {@code #}, blank lines and
 * the header line {@code canonical<TAB>aliases<TAB>kind} are skipped. A user line with a canonical
 * name the catalog already has adds its aliases to that entry and replaces its kind; a user alias
 * that another entry also has resolves to the user's entry. Immutable and thread-safe.
 */
public final class ProgramCatalog {
  static final String RESOURCE = "programs.tsv";
  private static final String HEADER = "canonical\taliases\tkind";

  private final List<ProgramEntry> entries;
  private final Map<String, ProgramEntry> byKey;

  private ProgramCatalog(List<ProgramEntry> entries, Map<String, ProgramEntry> byKey) {
    this.entries = List.copyOf(entries);
    this.byKey = Map.copyOf(byKey);
  }

  /** The bundled catalog. */
  public static ProgramCatalog load() {
    return build(bundled(), List.of());
  }

  /** The bundled catalog merged with the programmes of {@code userTsv}. */
  public static ProgramCatalog load(Path userTsv) {
    Objects.requireNonNull(userTsv, "userTsv");
    List<ProgramEntry> user;
    try (BufferedReader reader = Files.newBufferedReader(userTsv, StandardCharsets.UTF_8)) {
      user = parse(reader, userTsv.toString());
    } catch (NoSuchFileException e) {
      throw new JishiException("programme file not found: " + userTsv);
    } catch (IOException e) {
      throw new JishiException("cannot read programme file (" + e.getMessage() + "): " + userTsv, e);
    }
    return build(bundled(), user);
  }

  private static List<ProgramEntry> bundled() {
    try (InputStream in = ProgramCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new JishiException("bundled programme list missing from the classpath: " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
    } catch (IOException e) {
      throw new JishiException("cannot read bundled programme list: " + RESOURCE, e);
    }
  }

  static List<ProgramEntry> parse(BufferedReader reader, String source) throws IOException {
    List<ProgramEntry> out = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#") || line.equals(HEADER)) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      try {
        if (cols.length != 3) {
          throw new IllegalArgumentException("has " + cols.length + " columns");
        }
        List<String> aliases = cols[1].isBlank() ? List.of()
            : Arrays.stream(cols[1].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        out.add(new ProgramEntry(cols[0].strip(), aliases, cols[2].strip()));
      } catch (IllegalArgumentException e) {
        throw new JishiException("bad programme line (expected canonical<TAB>aliases<TAB>kind; "
            + e.getMessage() + "): " + source + ":" + number);
      }
    }
    return out;
  }

  private static ProgramCatalog build(List<ProgramEntry> bundled, List<ProgramEntry> user) {
    Map<String, ProgramEntry> byCanonical = new LinkedHashMap<>();
    for (ProgramEntry e : bundled) {
      merge(byCanonical, e);
    }
    for (ProgramEntry e : user) {
      merge(byCanonical, e);
    }
    List<ProgramEntry> entries = List.copyOf(byCanonical.values());
    Map<String, ProgramEntry> byKey = new LinkedHashMap<>();
    // user entries come later, so their names win any clash
    for (ProgramEntry e : entries) {
      for (String name : e.aliases()) {
        byKey.put(key(name), e);
      }
    }
    for (ProgramEntry e : user) {
      ProgramEntry merged = byCanonical.get(e.canonical());
      for (String name : e.aliases()) {
        byKey.put(key(name), merged);
      }
    }
    for (ProgramEntry e : entries) {
      byKey.put(key(e.canonical()), e);
    }
    return new ProgramCatalog(entries, byKey);
  }

  private static void merge(Map<String, ProgramEntry> byCanonical, ProgramEntry e) {
    ProgramEntry old = byCanonical.get(e.canonical());
    if (old == null) {
      byCanonical.put(e.canonical(), e);
      return;
    }
    Set<String> aliases = new LinkedHashSet<>(old.aliases());
    aliases.addAll(e.aliases());
    byCanonical.put(e.canonical(), new ProgramEntry(e.canonical(), List.copyOf(aliases), e.kind()));
  }

  /** The lookup form of a name: no surrounding or inner spaces, ASCII parentheses. */
  static String key(String name) {
    return name.strip().replace('（', '(').replace('）', ')').replace(" ", "").replace("\u3000", "");
  }

  /** The programme with this canonical name or alias. */
  public Optional<ProgramEntry> find(String nameOrAlias) {
    Objects.requireNonNull(nameOrAlias, "nameOrAlias");
    return Optional.ofNullable(byKey.get(key(nameOrAlias)));
  }

  /** All programmes, bundled ones first in file order, then the user's new ones. */
  public List<ProgramEntry> entries() {
    return entries;
  }

  /** Every canonical name and alias, each once (for the segmenter's custom words). */
  public List<String> allNames() {
    Set<String> names = new LinkedHashSet<>();
    for (ProgramEntry e : entries) {
      names.addAll(e.names());
    }
    return List.copyOf(names);
  }

  /**
   * The programmes whose canonical name or an alias contains {@code partialQuery}
   * ({@code 先导区} finds 国家人工智能创新应用先导区), exact matches first, then catalog order.
   */
  public List<ProgramEntry> matching(String partialQuery) {
    Objects.requireNonNull(partialQuery, "partialQuery");
    String q = key(partialQuery);
    if (q.isEmpty()) {
      throw new IllegalArgumentException("partialQuery must not be blank: '" + partialQuery + "'");
    }
    List<ProgramEntry> exact = new ArrayList<>();
    List<ProgramEntry> partial = new ArrayList<>();
    for (ProgramEntry e : entries) {
      boolean isExact = false;
      boolean contains = false;
      for (String name : e.names()) {
        String k = key(name);
        isExact |= k.equals(q);
        contains |= k.contains(q);
      }
      if (isExact) {
        exact.add(e);
      } else if (contains) {
        partial.add(e);
      }
    }
    exact.addAll(partial);
    return List.copyOf(exact);
  }
}
