package io.github.jishi.entity;

/** What a mention names. The lowercase name is the JSON {@code type}. */
public enum MentionType {
  /** A place: a province, city, district or county, or a zone within one. */
  PLACE,
  /** An organisation: a ministry, a government or one of its offices. */
  ORG,
  /** A national programme: a pilot, demonstration zone or title. */
  PROGRAM,
  /** A time expression. */
  TIME;

  /**
   * The lowercase name, as JSON writes it.
   *
   * @return {@code place}, {@code org}, {@code program} or {@code time}
   */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
