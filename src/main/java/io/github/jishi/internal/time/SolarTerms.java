package io.github.jishi.internal.time;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * The day (China time, UTC+8) on which the Sun reaches an apparent ecliptic longitude, which is
 * how the 24 solar terms ({@code 节气}) are defined: {@code 春分} at 0°, {@code 清明} at 15°, ...
 *
 * <p>The Sun's apparent longitude is the low-accuracy formula of Jean Meeus, <i>Astronomical
 * Algorithms</i> (2nd ed., 1998), chapter 25 "Solar Coordinates" (about 0.01°, a quarter of an
 * hour of the Sun's motion), solved for the instant by Newton's method. A term that falls within
 * minutes of midnight may therefore be placed on the neighbouring day; the published calendars
 * agree with it on every other.
 */
final class SolarTerms {
  private static final double J2000 = 2451545.0;
  private static final double TROPICAL_YEAR = 365.2422;
  /** Terrestrial minus universal time, about 69 s in the 2010s and 2020s; its drift matters far less than the formula's error. */
  private static final double DELTA_T_DAYS = 69.0 / 86400.0;

  /** Days already computed, by year and longitude. */
  private static final java.util.Map<Integer, LocalDate> DAYS = new java.util.concurrent.ConcurrentHashMap<>();

  private SolarTerms() {}

  /** The day of {@code year} on which the Sun's apparent longitude is {@code degrees} (a multiple of 15). */
  static LocalDate day(int year, int degrees) {
    return DAYS.computeIfAbsent(year * 360 + degrees, k -> compute(year, degrees));
  }

  private static LocalDate compute(int year, int degrees) {
    // 小寒 (285°) to 惊蛰 (345°) fall in January to March, before the March equinox of the same year
    double offset = degrees >= 285 ? degrees - 360 : degrees;
    double jde = LocalDate.of(year, 3, 21).getLong(JulianFields.JULIAN_DAY) + offset / 360.0 * TROPICAL_YEAR;
    for (int k = 0; k < 8; k++) {
      double diff = degrees - apparentLongitude(jde);
      diff -= 360.0 * Math.floor((diff + 180.0) / 360.0);
      jde += diff / 360.0 * TROPICAL_YEAR;
      if (Math.abs(diff) < 1e-7) {
        break;
      }
    }
    // Julian days start at noon: + 0.5 to midnight, + 8 h to China time
    double local = jde - DELTA_T_DAYS + 0.5 + 8.0 / 24.0;
    return LocalDate.MIN.with(JulianFields.JULIAN_DAY, (long) Math.floor(local));
  }

  /** The Sun's apparent longitude in degrees at Julian ephemeris day {@code jde} (Meeus 25.2-25.8). */
  static double apparentLongitude(double jde) {
    double t = (jde - J2000) / 36525.0;
    double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
    double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
        + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
        + 0.000289 * Math.sin(3 * m);
    double omega = Math.toRadians(125.04 - 1934.136 * t);
    double lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
    return lambda - 360.0 * Math.floor(lambda / 360.0);
  }
}
