package io.github.jishi.entity;

import java.util.Map;
import java.util.Objects;

/**
 * A name found in normalized text, with its offsets {@code [start, end)} and its canonical form.
 *
 * <p>Attributes carry what the type adds: places {@code code} (GB/T 2260); programmes
 * {@code qualifier}, {@code edition}, {@code kind}; organisations {@code city} when a local body's
 * city comes from context.
 */
public record Mention(MentionType type, String text, int start, int end, String canonical, Map<String, String> attributes) {
  /**
   * Checks the parts and copies the attributes.
   *
   * @param type what the mention names
   * @param text the name as written in the normalized text
   * @param start offset of its first character
   * @param end offset after its last character
   * @param canonical the canonical form of the name
   * @param attributes what the type adds (see above)
   */
  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(canonical, "canonical");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention offsets " + start + ".." + end);
    }
    attributes = Map.copyOf(attributes);
  }

  /**
   * A mention with no attributes.
   *
   * @param type what the mention names
   * @param text the name as written in the normalized text
   * @param start offset of its first character
   * @param end offset after its last character
   * @param canonical the canonical form of the name
   * @return the mention
   */
  public static Mention of(MentionType type, String text, int start, int end, String canonical) {
    return new Mention(type, text, start, end, canonical, Map.of());
  }

  /**
   * One attribute of the mention.
   *
   * @param key the attribute's name ({@code code}, {@code qualifier}...)
   * @return its value, or {@code null} when the mention has none
   */
  public String attribute(String key) {
    return attributes.get(key);
  }

  /**
   * The same mention moved by {@code delta} characters (sentence-relative to document-relative).
   *
   * @param delta characters to add to both offsets
   * @return the moved mention
   */
  public Mention shift(int delta) {
    return new Mention(type, text, start + delta, end + delta, canonical, attributes);
  }
}
