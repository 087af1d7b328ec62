package io.github.jishi.internal.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import io.github.jishi.time.DateSpan;
import io.github.jishi.time.Precision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Days of the Chinese lunisolar calendar ({@code 农历}) as Gregorian days, by ICU4J's
 * {@link ChineseCalendar} (astronomical new moons and solar terms at UTC+8, as China's calendar
 * is computed), so no table of months needs maintaining here.
 */
final class LunarCalendar {
  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  private static final TimeZone CHINA_ZONE = TimeZone.getTimeZone("GMT+8");

  /** Months already computed, by year, month and leap: the astronomy behind each takes a while. */
  private static final java.util.Map<Integer, Optional<LunarMonth>> MONTHS = new java.util.concurrent.ConcurrentHashMap<>();

  private LunarCalendar() {}

  /** A lunar month: its first Gregorian day and its length (29 or 30 days). */
  private record LunarMonth(LocalDate first, int length) {
    Optional<LocalDate> day(int d) {
      int k = d == 0 ? length : d;
      return k >= 1 && k <= length ? Optional.of(first.plusDays(k - 1L)) : Optional.empty();
    }
  }

  /**
   * Lunar {@code month} (1-12, {@code leap} for the leap month after it) of the lunar year that
   * begins in Gregorian {@code year}; empty when that year has no such leap month.
   */
  private static Optional<LunarMonth> lunarMonth(int year, int month, boolean leap) {
    return MONTHS.computeIfAbsent(year * 32 + month * 2 + (leap ? 1 : 0), k -> compute(year, month, leap));
  }

  private static Optional<LunarMonth> compute(int year, int month, boolean leap) {
    ChineseCalendar c = new ChineseCalendar(CHINA_ZONE);
    // Midsummer lies in the lunar year that began in the same Gregorian year: read its era and
    // year there rather than relying on how a given ICU version numbers extended years.
    c.setTimeInMillis(LocalDate.of(year, 7, 1).atStartOfDay(CHINA).toInstant().toEpochMilli());
    int era = c.get(Calendar.ERA);
    int cycleYear = c.get(Calendar.YEAR);
    c.clear();
    c.set(Calendar.ERA, era);
    c.set(Calendar.YEAR, cycleYear);
    c.set(Calendar.MONTH, month - 1);
    c.set(Calendar.IS_LEAP_MONTH, leap ? 1 : 0);
    c.set(Calendar.DAY_OF_MONTH, 1);
    long millis = c.getTimeInMillis();
    if (c.get(Calendar.MONTH) != month - 1 || (c.get(Calendar.IS_LEAP_MONTH) == 1) != leap) {
      return Optional.empty();
    }
    LocalDate first = Instant.ofEpochMilli(millis).atZone(CHINA).toLocalDate();
    return Optional.of(new LunarMonth(first, c.getActualMaximum(Calendar.DAY_OF_MONTH)));
  }

  /**
   * The month of lunar {@code month} that falls in Gregorian {@code year}: the late months (11, 12)
   * of a lunar year mostly fall in the next Gregorian year, so {@code 2024年腊八} is taken from the
   * lunar year that began in 2023.
   */
  private static Optional<LunarMonth> monthInYear(int year, int month, boolean leap) {
    Optional<LunarMonth> m = lunarMonth(year, month, leap);
    if (month >= 11 && (m.isEmpty() || m.get().first().getYear() > year)) {
      Optional<LunarMonth> before = lunarMonth(year - 1, month, leap);
      if (before.isPresent() && before.get().first().plusDays(before.get().length() - 1L).getYear() == year) {
        return before;
      }
    }
    return m;
  }

  /**
   * The Gregorian day of lunar {@code month}/{@code day} ({@code day} 0: the month's last day) that
   * falls in Gregorian {@code year}; empty when there is no such leap month or day.
   */
  static Optional<LocalDate> day(int year, int month, boolean leap, int day) {
    return monthInYear(year, month, leap).flatMap(m -> m.day(day));
  }

  /** The days of lunar {@code month} that falls in Gregorian {@code year}. */
  static Optional<DateSpan> month(int year, int month, boolean leap) {
    return monthInYear(year, month, leap)
        .map(m -> new DateSpan(m.first(), m.first().plusDays(m.length() - 1L), Precision.MONTH));
  }
}
