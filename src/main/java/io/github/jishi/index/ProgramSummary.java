package io.github.jishi.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A programme the index knows: how many events name it, and which pages.
 *
 * @param name the canonical name
 * @param aliases its other names
 * @param events events that name it
 * @param sources pages that name it
 */
public record ProgramSummary(String name, List<String> aliases, int events, List<String> sources) {
  /**
   * Copies the lists.
   *
   * @param name the canonical name
   * @param aliases its other names
   * @param events events that name it
   * @param sources pages that name it
   */
  public ProgramSummary {
    aliases = List.copyOf(aliases);
    sources = List.copyOf(sources);
  }

  /**
   * The programmes named by pages or counted among events, most events first, then by name.
   *
   * @param sources the pages that name each programme
   * @param counts events per programme
   * @param aliases the other names of a canonical name
   * @return one summary per programme
   */
  public static List<ProgramSummary> list(Map<String, ? extends Collection<String>> sources, Map<String, Integer> counts,
      Function<String, List<String>> aliases) {
    Set<String> names = new TreeSet<>(sources.keySet());
    names.addAll(counts.keySet());
    List<ProgramSummary> out = new ArrayList<>();
    for (String name : names) {
      out.add(new ProgramSummary(name, aliases.apply(name), counts.getOrDefault(name, 0),
          sources.containsKey(name) ? List.copyOf(sources.get(name)) : List.of()));
    }
    out.sort(Comparator.comparingInt(ProgramSummary::events).reversed().thenComparing(ProgramSummary::name));
    return out;
  }
}
