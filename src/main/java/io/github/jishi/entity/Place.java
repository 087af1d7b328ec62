package io.github.jishi.entity;

import java.util.Objects;

/**
 * One administrative unit: {@code 330100 杭州市 (city, in 330000 浙江省)}.
 *
 * <p>Municipalities (北京市, 天津市, 上海市, 重庆市) are provinces whose city is themselves; Hong
 * Kong, Macau and Taiwan are provinces too. {@code parentCode} is empty for provinces.
 */
public record Place(String code, String name, String shortName, PlaceLevel level, String parentCode) {
  public Place {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(parentCode, "parentCode");
  }
}
