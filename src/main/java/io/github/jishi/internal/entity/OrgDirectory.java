package io.github.jishi.internal.entity;

import io.github.jishi.JishiException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** The organisations jishi knows by name, read from the bundled {@code orgs.tsv}. */
final class OrgDirectory {
  static final String RESOURCE = "orgs.tsv";
  private static final String HEADER = "canonical\taliases\tkind\tcity";
  private static final Pattern KIND = Pattern.compile("[a-z_]+");

  /** One organisation: canonical name, other names, kind, and its city when it has one seat. */
  record OrgEntry(String canonical, List<String> aliases, String kind, String city) {
    OrgEntry {
      Objects.requireNonNull(canonical, "canonical");
      aliases = List.copyOf(aliases);
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(city, "city");
    }

    List<String> names() {
      List<String> out = new ArrayList<>();
      out.add(canonical);
      out.addAll(aliases);
      return out;
    }
  }

  private final List<OrgEntry> entries;
  private final Map<String, OrgEntry> byName;

  private OrgDirectory(List<OrgEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, OrgEntry> names = new LinkedHashMap<>();
    for (OrgEntry e : entries) {
      for (String name : e.names()) {
        names.putIfAbsent(name, e);
      }
    }
    this.byName = names;
  }

  static OrgDirectory loadBundled() {
    try (InputStream in = OrgDirectory.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new JishiException("bundled organisation list missing from the classpath: " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
    } catch (IOException e) {
      throw new JishiException("cannot read bundled organisation list: " + RESOURCE, e);
    }
  }

  static OrgDirectory parse(BufferedReader reader, String source) throws IOException {
    List<OrgEntry> entries = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#") || line.equals(HEADER)) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 4 || cols[0].isBlank() || !KIND.matcher(cols[2]).matches()) {
        throw new JishiException("bad organisation line (expected canonical<TAB>aliases<TAB>kind<TAB>city): "
            + source + ":" + number);
      }
      List<String> aliases = cols[1].isBlank() ? List.of()
          : Arrays.stream(cols[1].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      entries.add(new OrgEntry(cols[0].strip(), aliases, cols[2], cols[3].strip()));
    }
    return new OrgDirectory(entries);
  }

  List<OrgEntry> entries() {
    return entries;
  }

  /** Every canonical name and alias, each once. */
  List<String> names() {
    return List.copyOf(byName.keySet());
  }

  Map<String, OrgEntry> byName() {
    return byName;
  }

  Optional<OrgEntry> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The longest known organisation with a city whose name {@code text} starts with. */
  Optional<OrgEntry> cityPrefixOf(String text) {
    OrgEntry best = null;
    for (Map.Entry<String, OrgEntry> e : byName.entrySet()) {
      if (!e.getValue().city().isEmpty() && text.startsWith(e.getKey())
          && (best == null || e.getKey().length() > longestNameIn(best, text))) {
        best = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  private static int longestNameIn(OrgEntry entry, String text) {
    int longest = 0;
    for (String n : entry.names()) {
      if (text.startsWith(n)) {
        longest = Math.max(longest, n.length());
      }
    }
    return longest;
  }
}
