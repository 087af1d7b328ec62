package io.github.jishi.internal.entity;

/** Administrative level. The lowercase name is the JSON {@code level}. */
public enum PlaceLevel {
  PROVINCE,
  CITY,
  DISTRICT;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
