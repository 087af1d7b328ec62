package io.github.jishi.internal.view;

import io.github.jishi.event.PolicyEvent;
import io.github.jishi.time.Precision;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An event's date as a reader writes it in Chinese, at the event's precision: {@code 2025年9月19日},
 * {@code 2025年9月}, {@code 2025年7月—9月}, {@code 2025年}, {@code 9月19日（年份不详）}.
 *
 * <p>The page's script writes the same labels; this is the Java side for exports.
 */
final class DateLabel {
  private DateLabel() {}

  /** The label of {@code e}'s date; {@code 日期不详} when it has neither date nor month-day. */
  public static String of(PolicyEvent e) {
    if (e.date().isEmpty()) {
      return e.monthDay().map(md -> md.getMonthValue() + "月" + md.getDayOfMonth() + "日（年份不详）").orElse("日期不详");
    }
    LocalDate a = e.date().get();
    LocalDate b = e.dateEnd().orElse(a);
    return switch (e.precision()) {
      case DAY -> a.equals(b) ? day(a) : range(a, b);
      case MONTH -> a.getYear() == b.getYear() && a.getMonth() == b.getMonth()
          ? a.getYear() + "年" + a.getMonthValue() + "月"
          : months(a, b);
      case YEAR -> a.getYear() == b.getYear() ? a.getYear() + "年" : a.getYear() + "—" + b.getYear() + "年";
      case MULTI_YEAR -> a.getYear() + "—" + b.getYear() + "年";
      case SEASON, QUARTER, HALF -> months(a, b);
      case WEEK -> range(a, b);
    };
  }

  /** The Chinese name of a precision: 日, 周, 月, 季, 季度, 半年, 年, 多年. */
  public static String precisionName(Precision p) {
    return switch (p) {
      case DAY -> "日";
      case WEEK -> "周";
      case MONTH -> "月";
      case SEASON -> "季";
      case QUARTER -> "季度";
      case HALF -> "半年";
      case YEAR -> "年";
      case MULTI_YEAR -> "多年";
    };
  }

  private static String day(LocalDate d) {
    return String.format(Locale.ROOT, "%d年%d月%d日", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  private static String range(LocalDate a, LocalDate b) {
    if (a.getYear() != b.getYear()) {
      return day(a) + "—" + day(b);
    }
    if (a.getMonth() != b.getMonth()) {
      return day(a) + "—" + b.getMonthValue() + "月" + b.getDayOfMonth() + "日";
    }
    return day(a) + "—" + b.getDayOfMonth() + "日";
  }

  private static String months(LocalDate a, LocalDate b) {
    if (a.getYear() != b.getYear()) {
      return a.getYear() + "年" + a.getMonthValue() + "月—" + b.getYear() + "年" + b.getMonthValue() + "月";
    }
    return a.getYear() + "年" + a.getMonthValue() + "月—" + b.getMonthValue() + "月";
  }
}
