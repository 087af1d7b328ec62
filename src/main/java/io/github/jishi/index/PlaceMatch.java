package io.github.jishi.index;

import java.util.Set;

/**
 * What a city filter matches: administrative codes (a province's code also finds its cities and
 * districts) and, for units the gazetteer could not pin to one code, canonical names.
 *
 * @param codes GB/T 2260 codes
 * @param names canonical place names
 */
public record PlaceMatch(Set<String> codes, Set<String> names) {
  /**
   * Copies the sets.
   *
   * @param codes GB/T 2260 codes
   * @param names canonical place names
   */
  public PlaceMatch {
    codes = Set.copyOf(codes);
    names = Set.copyOf(names);
  }
}
