package io.github.jishi.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named programme: a pilot zone, plan, platform, challenge or recurring event, with its other
 * names, its kind ({@code pilot_zone}, {@code plan}, {@code expo}, …) and the places written inside
 * its names ({@code 四川} in {@code 四川天府新区}; empty for most programmes).
 */
public record ProgramEntry(String canonical, List<String> aliases, String kind, List<String> places) {
  private static final Pattern KIND = Pattern.compile("[a-z][a-z_]*");

  public ProgramEntry {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(aliases, "aliases");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(places, "places");
    if (canonical.isBlank()) {
      throw new IllegalArgumentException("canonical must not be blank");
    }
    aliases = List.copyOf(aliases);
    for (String alias : aliases) {
      if (alias.isBlank()) {
        throw new IllegalArgumentException("blank alias for programme '" + canonical + "'");
      }
    }
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("kind must be lowercase letters and underscores: '" + kind + "'");
    }
    places = List.copyOf(places);
    for (String place : places) {
      if (place.isBlank()) {
        throw new IllegalArgumentException("blank place for programme '" + canonical + "'");
      }
    }
  }

  /** A programme whose names name no place. */
  public ProgramEntry(String canonical, List<String> aliases, String kind) {
    this(canonical, aliases, kind, List.of());
  }

  /** The canonical name followed by the aliases. */
  public List<String> names() {
    List<String> out = new ArrayList<>(aliases.size() + 1);
    out.add(canonical);
    out.addAll(aliases);
    return List.copyOf(out);
  }

  /** The first of this programme's places written inside {@code name}, or null. */
  public String placeIn(String name) {
    Objects.requireNonNull(name, "name");
    for (String place : places) {
      if (name.contains(place)) {
        return place;
      }
    }
    return null;
  }
}
