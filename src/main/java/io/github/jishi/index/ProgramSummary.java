package io.github.jishi.index;

import java.util.List;

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
}
