package io.github.jishi.event;

import java.util.Objects;

/**
 * A place an event names, with where it sits in the hierarchy.
 *
 * @param name canonical full name ({@code 萧山区})
 * @param code GB/T 2260 code, empty when the name could not be resolved to one unit
 * @param level {@code province}, {@code city} or {@code district}
 * @param city full name of its city or municipality, empty for a province
 * @param province full name of its province, empty when unresolved
 */
public record EventPlace(String name, String code, String level, String city, String province) {
  /**
   * Checks that no part is null.
   *
   * @param name canonical full name
   * @param code GB/T 2260 code, or empty
   * @param level {@code province}, {@code city} or {@code district}
   * @param city full name of its city or municipality, or empty
   * @param province full name of its province, or empty
   */
  public EventPlace {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(province, "province");
  }

  /**
   * The unit an event is "about" at city granularity: the city, else the province, else the name.
   *
   * @return the city, province or name
   */
  public String cityOrProvince() {
    if (!city.isEmpty()) {
      return city;
    }
    return province.isEmpty() ? name : province;
  }
}
