package io.github.jishi.internal.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * One administrative unit: {@code 330100 杭州市 (city, in 330000 浙江省)}.
 *
 * <p>Municipalities (北京市, 天津市, 上海市, 重庆市) are provinces whose city is themselves; Hong
 * Kong, Macau and Taiwan are provinces too. {@code parentCode} is empty for provinces.
 * {@code pinyin} is the short name's pinyin with tone marks, one syllable per space ({@code háng
 * zhōu}), empty where unknown; {@code english} is the unit's English name where it has one that
 * is not its pinyin (Hong Kong, Inner Mongolia, Urumqi), else empty; {@code seat} is the latitude
 * and longitude of the unit's seat, {@code null} where unknown (see {@link #coordinates()}).
 */
public record Place(String code, String name, String shortName, PlaceLevel level, String parentCode,
    String pinyin, String english, Seat seat) {
  public Place {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(parentCode, "parentCode");
    Objects.requireNonNull(pinyin, "pinyin");
    Objects.requireNonNull(english, "english");
  }

  /** A unit without pinyin, English name or coordinates. */
  public Place(String code, String name, String shortName, PlaceLevel level, String parentCode) {
    this(code, name, shortName, level, parentCode, "", "", null);
  }

  /** The latitude and longitude (WGS 84 degrees) of a unit's seat. */
  public record Seat(double latitude, double longitude) {}

  /** The seat's coordinates, where the gazetteer knows them. */
  public Optional<Seat> coordinates() {
    return Optional.ofNullable(seat);
  }

  /**
   * The pinyin as a name is written: syllables joined, capitalised, with an apostrophe before a
   * syllable that starts with a vowel ({@code Hángzhōu}, {@code Xī'ān}); empty where unknown.
   */
  public String pinyinName() {
    if (pinyin.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(pinyin.length());
    for (String syllable : pinyin.split(" ")) {
      if (syllable.isEmpty()) {
        continue;
      }
      if (b.length() > 0 && "aoeāáǎàōóǒòēéěè".indexOf(syllable.charAt(0)) >= 0) {
        b.append('\'');
      }
      b.append(syllable);
    }
    if (b.length() > 0) {
      b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
    }
    return b.toString();
  }
}
