package io.github.jishi.entity;

/** What a mention names. The lowercase name is the JSON {@code type}. */
public enum MentionType {
  PLACE,
  ORG,
  PROGRAM,
  TIME;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
