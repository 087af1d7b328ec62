package io.github.jishi.index;

import java.util.List;

/** A programme the index knows: how many events name it, and which pages. */
public record ProgramSummary(String name, List<String> aliases, int events, List<String> sources) {
  public ProgramSummary {
    aliases = List.copyOf(aliases);
    sources = List.copyOf(sources);
  }
}
