package io.github.jishi.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named programme: a pilot zone, plan, platform, challenge or recurring event, with its other
 * names and its kind ({@code pilot_zone}, {@code plan}, {@code expo}, …).
 */
public record ProgramEntry(String canonical, List<String> aliases, String kind) {
  private static final Pattern KIND = Pattern.compile("[a-z][a-z_]*");

  public ProgramEntry {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(aliases, "aliases");
    Objects.requireNonNull(kind, "kind");
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
  }

  /** The canonical name followed by the aliases. */
  public List<String> names() {
    List<String> out = new ArrayList<>(aliases.size() + 1);
    out.add(canonical);
    out.addAll(aliases);
    return List.copyOf(out);
  }
}
