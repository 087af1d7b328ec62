package io.github.jishi.internal.entity;

import io.github.jishi.JishiException;
import io.github.jishi.internal.lexicon.Lexicon;
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
import java.util.HashSet;
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
 * separated by {@code |} (the column may be empty), optionally a fourth column of places written
 * inside the names ({@code 四川} for {@code 四川天府新区}, {@code |}-separated) and a fifth with the
 * programme's seat, the full name of the place it sits in ({@code 北京市}); lines starting with
 * {@code #}, blank lines and the header line {@code canonical<TAB>aliases<TAB>kind} are skipped. A
 * user line with a canonical name the catalog already has adds its aliases and places to that entry
 * and replaces its kind; a user alias that another entry also has resolves to the user's entry.
 *
 * <p>Short forms are derived where the language derives them: a name that starts with a national
 * qualifier ({@code 国家}, {@code 中国}; vocabulary {@code program-national-qualifiers}) also goes by
 * the rest when the rest still ends in a programme type word and is no generic name
 * ({@code 国家历史文化名城} → {@code 历史文化名城}, but not {@code 国家级新区} → {@code 新区}), unless
 * another programme already has that name. Immutable and thread-safe.
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
    return load(Lexicon.bundled());
  }

  /** The bundled catalog, short forms derived with the type words of {@code lexicon}. */
  public static ProgramCatalog load(Lexicon lexicon) {
    Objects.requireNonNull(lexicon, "lexicon");
    return build(bundled(), List.of(), new ProgramWords(lexicon));
  }

  /** The bundled catalog merged with the programmes of {@code userTsv}. */
  public static ProgramCatalog load(Path userTsv) {
    return load(userTsv, Lexicon.bundled());
  }

  /** The bundled catalog merged with the programmes of {@code userTsv}, read with {@code lexicon}. */
  public static ProgramCatalog load(Path userTsv, Lexicon lexicon) {
    Objects.requireNonNull(userTsv, "userTsv");
    Objects.requireNonNull(lexicon, "lexicon");
    List<ProgramEntry> user;
    try (BufferedReader reader = Files.newBufferedReader(userTsv, StandardCharsets.UTF_8)) {
      user = parse(reader, userTsv.toString());
    } catch (NoSuchFileException e) {
      throw new JishiException("programme file not found: " + userTsv);
    } catch (IOException e) {
      throw new JishiException("cannot read programme file (" + e.getMessage() + "): " + userTsv, e);
    }
    return build(bundled(), user, new ProgramWords(lexicon));
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
        if (cols.length < 3 || cols.length > 5) {
          throw new IllegalArgumentException("has " + cols.length + " columns");
        }
        List<String> places = cols.length >= 4 ? split(cols[3]) : List.of();
        String seat = cols.length == 5 ? cols[4].strip() : "";
        out.add(new ProgramEntry(cols[0].strip(), split(cols[1]), cols[2].strip(), places, seat));
      } catch (IllegalArgumentException e) {
        throw new JishiException("bad programme line (expected canonical<TAB>aliases<TAB>kind[<TAB>places[<TAB>seat]]; "
            + e.getMessage() + "): " + source + ":" + number);
      }
    }
    return out;
  }

  private static List<String> split(String column) {
    return column.isBlank() ? List.of()
        : Arrays.stream(column.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static ProgramCatalog build(List<ProgramEntry> bundled, List<ProgramEntry> user, ProgramWords words) {
    Map<String, ProgramEntry> byCanonical = new LinkedHashMap<>();
    for (ProgramEntry e : bundled) {
      merge(byCanonical, e);
    }
    for (ProgramEntry e : user) {
      merge(byCanonical, e);
    }
    deriveShortForms(byCanonical, words);
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
    Set<String> places = new LinkedHashSet<>(old.places());
    places.addAll(e.places());
    String seat = e.seat().isEmpty() ? old.seat() : e.seat();
    byCanonical.put(e.canonical(), new ProgramEntry(e.canonical(), List.copyOf(aliases), e.kind(), List.copyOf(places), seat));
  }

  /** Adds to each entry the short forms its names have without a national qualifier. */
  private static void deriveShortForms(Map<String, ProgramEntry> byCanonical, ProgramWords words) {
    Set<String> taken = new HashSet<>();
    for (ProgramEntry e : byCanonical.values()) {
      for (String name : e.names()) {
        taken.add(key(name));
      }
    }
    for (Map.Entry<String, ProgramEntry> me : byCanonical.entrySet()) {
      ProgramEntry e = me.getValue();
      List<String> added = new ArrayList<>();
      for (String name : e.names()) {
        String rest = words.withoutNationalQualifier(name);
        if (rest != null && taken.add(key(rest))) {
          added.add(rest);
        }
      }
      if (!added.isEmpty()) {
        List<String> aliases = new ArrayList<>(e.aliases());
        aliases.addAll(added);
        me.setValue(new ProgramEntry(e.canonical(), aliases, e.kind(), e.places(), e.seat()));
      }
    }
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

  /** Every canonical name and alias, each once. */
  public List<String> allNames() {
    Set<String> names = new LinkedHashSet<>();
    for (ProgramEntry e : entries) {
      names.addAll(e.names());
    }
    return List.copyOf(names);
  }

  /**
   * The names the segmenter should keep whole: every name except those with a place written inside
   * ({@code 江西赣江新区} is left to the segmenter as {@code 江西} + {@code 赣江新区}, so the place
   * recognizer still finds {@code 江西}).
   */
  public List<String> segmenterWords() {
    Set<String> names = new LinkedHashSet<>();
    for (ProgramEntry e : entries) {
      for (String name : e.names()) {
        if (e.placeIn(name) == null) {
          names.add(name);
        }
      }
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
