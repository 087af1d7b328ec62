package io.github.jishi.internal.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named programme: a pilot zone, plan, platform, challenge or recurring event, with its other
 * names, its kind ({@code pilot_zone}, {@code plan}, {@code expo}, …), the places written inside
 * its names ({@code 四川} in {@code 四川天府新区}; empty for most programmes) and its seat: the full
 * name of the one place where it sits when its names do not say it ({@code 北京市} for
 * {@code 中关村国家自主创新示范区}, {@code 福州市} for {@code 数字中国建设峰会}; empty otherwise).
 */
public record ProgramEntry(String canonical, List<String> aliases, String kind, List<String> places, String seat) {
  private static final Pattern KIND = Pattern.compile("[a-z][a-z_]*");

  public ProgramEntry {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(aliases, "aliases");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(places, "places");
    Objects.requireNonNull(seat, "seat");
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
    seat = seat.strip();
    for (String place : places) {
      if (place.isBlank()) {
        throw new IllegalArgumentException("blank place for programme '" + canonical + "'");
      }
    }
  }

  /** A programme whose names name no place and that has no seat. */
  public ProgramEntry(String canonical, List<String> aliases, String kind) {
    this(canonical, aliases, kind, List.of(), "");
  }

  /** A programme with places written inside its names and no seat. */
  public ProgramEntry(String canonical, List<String> aliases, String kind, List<String> places) {
    this(canonical, aliases, kind, places, "");
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
