package io.github.jishi.index;

import java.util.Set;

/**
 * What a city filter matches: administrative codes (a province's code also finds its cities and
 * districts) and, for units the gazetteer could not pin to one code, canonical names.
 */
public record PlaceMatch(Set<String> codes, Set<String> names) {
  public PlaceMatch {
    codes = Set.copyOf(codes);
    names = Set.copyOf(names);
  }
}
