package io.github.jishi.source;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publish dates from metadata values and from the date lines in a page header.
 *
 * <p>Dates are taken as written: {@code 2022-07-26T23:30:00-05:00} is 2022-07-26, without
 * converting zones, because the page states the day it means. Only epoch numbers, which state no
 * day, are placed in China Standard Time.
 */
final class PublishDateParser {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static final String YMD =
      "(\\d{4})\\s{0,2}(?:[-/.]|年)\\s{0,2}(\\d{1,2})\\s{0,2}(?:[-/.]|月)\\s{0,2}(\\d{1,2})(?!\\d)\\s{0,2}[日号號]?";
  private static final Pattern LEADING_YMD = Pattern.compile("^\\s*" + YMD);
  private static final Pattern ANY_YMD = Pattern.compile(YMD);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?i)(?<!\\d)(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?,?\\s+(\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
  private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:\\D.*)?$");
  private static final Pattern EPOCH = Pattern.compile("^\\s*(\\d{10}|\\d{13})(?:\\.\\d+)?\\s*$");

  /** A day.month.year date with dots, {@code 12.10.2014}: the European order, never month first. */
  private static final Pattern DMY_DOTTED = Pattern.compile("^\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])");
  /** A slashed date with the year last, {@code 25/10/2014}: read only when one field must be the day. */
  private static final Pattern SLASH_YEAR_LAST = Pattern.compile("^\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
  private static final Pattern TIME_OF_DAY =
      Pattern.compile("^\\s{0,3}\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?");
  private static final Pattern URL_DATE =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-/_]?(\\d{2})[-/_]?(\\d{2})(?!\\d)");
  /** A weekday after a date: {@code 2024年12月14日 星期六}, the mark of a page stamp. */
  private static final Pattern WEEKDAY = Pattern.compile("^\\s*[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?");
  /** A short name and a separator before a date: {@code 某社/ 2019.05.06 08:00}. */
  private static final Pattern BYLINE_NAME = Pattern.compile("^[^\\s\\d，。,；;！!？?:：]{2,12}\\s{0,3}[/|｜丨·]?\\s{0,3}$");

  private static final SourceLexicon.Words W = SourceLexicon.words();

  /** A metadata label at the start of a line or after a space, then a colon or a date. */
  private static final Pattern LABEL =
      Pattern.compile("(?<![\\p{IsHan}A-Za-z])(" + W.factLabelAlternation + ")\\s{0,3}([:：]?)");

  private PublishDateParser() {}

  /**
   * A date found on a header line.
   *
   * @param label the label that introduced it ({@code 发布时间}), or {@code date} when none did,
   *     {@code stamp} for a date followed by a weekday
   * @param kind the label's kind in {@code source-fact-labels} ({@code publish}, {@code signed},
   *     {@code update}, {@code time}), or {@code time} for an unlabelled date, {@code stamp} for a
   *     page stamp
   */
  record HeaderDate(LocalDate date, String label, String kind) {
    boolean isPublishLabel() {
      return kind.equals("publish");
    }

    boolean isStamp() {
      return kind.equals("stamp");
    }
  }

  /** A label and its value on a metadata line ({@code 发文机关:国务院办公厅}). */
  record Field(String label, String kind, String value) {}

  /**
   * The label-and-value fields of a metadata line such as {@code 发文机关: 国务院办公厅 成文日期: 2024年10月27日}:
   * empty unless the line opens with a label and a colon. A value runs to the next label; a label
   * alone gives an empty value (the value may stand on the next line).
   */
  static List<Field> fields(String line) {
    if (line.length() > 200) {
      return List.of();
    }
    Matcher m = LABEL.matcher(line);
    List<int[]> at = new ArrayList<>();
    while (m.find()) {
      if (!m.group(2).isEmpty()) {
        at.add(new int[] {m.start(), m.end(), m.start(1), m.end(1)});
      }
    }
    if (at.isEmpty() || !TextLines.trim(line.substring(0, at.get(0)[0])).isEmpty()) {
      return List.of();
    }
    List<Field> out = new ArrayList<>();
    for (int k = 0; k < at.size(); k++) {
      int valueEnd = k + 1 < at.size() ? at.get(k + 1)[0] : line.length();
      String label = line.substring(at.get(k)[2], at.get(k)[3]);
      out.add(new Field(label, W.factLabels.getOrDefault(label, "time"), TextLines.trim(line.substring(at.get(k)[1], valueEnd))));
    }
    return out;
  }

  /** The date of a metadata value of kind {@code kind}, or empty (always for expiry and other non-date kinds). */
  static Optional<LocalDate> fieldDate(Field f) {
    switch (f.kind()) {
      case "publish", "signed", "update", "time" -> {
        return pageDate(f.value());
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /** Parses a metadata value: ISO, RFC 1123, {@code 2022年7月26日}, {@code 20220726} or epoch. */
  static Optional<LocalDate> parse(String value) {
    if (value == null || value.isBlank() || value.length() > 200) {
      return Optional.empty();
    }
    String s = TextLines.asciiDigits(value);
    Matcher m = LEADING_YMD.matcher(s);
    if (m.lookingAt()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.find()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    m = MONTH_DAY_YEAR.matcher(s);
    if (m.find()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    m = EPOCH.matcher(s);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      Instant instant = m.group(1).length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
      return Optional.of(LocalDate.ofInstant(instant, CHINA));
    }
    m = COMPACT.matcher(s);
    if (m.matches()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = ANY_YMD.matcher(s);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    return Optional.empty();
  }

  /**
   * The date a page-header line states, such as {@code 发布时间:2025-07-07 03:24:12},
   * {@code 2021-02-20 06:19  来源:中国证券报}, {@code 某社/ 2019.05.06 08:00}, {@code 12.10.2014  10:05}
   * or, as a page stamp, {@code 2024年12月14日 星期六}; empty for a sentence that merely starts with
   * a date. The line is read in its normalized form.
   */
  static Optional<HeaderDate> headerDate(String line) {
    if (line.length() > 100) {
      return Optional.empty();
    }
    String s = TextLines.asciiDigits(line);
    Optional<HeaderDate> labelled = labelledDate(s);
    if (labelled.isPresent()) {
      return labelled;
    }
    Matcher m;
    if (s.contains("，") || s.contains("。") || s.contains(",")) {
      return Optional.empty();
    }
    Matcher lead = LEADING_YMD.matcher(s);
    int end = -1;
    Optional<LocalDate> date = Optional.empty();
    if (lead.lookingAt()) {
      end = lead.end();
      date = date(lead.group(1), lead.group(2), lead.group(3));
    } else {
      Matcher dmy = DMY_DOTTED.matcher(s);
      Matcher slash = SLASH_YEAR_LAST.matcher(s);
      if (dmy.lookingAt()) {
        end = dmy.end();
        date = date(dmy.group(3), dmy.group(2), dmy.group(1));
      } else if (slash.lookingAt()) {
        end = slash.end();
        date = slashYearLast(slash.group(1), slash.group(2), slash.group(3));
      }
    }
    if (end >= 0) {
      String rest = s.substring(end);
      Matcher time = TIME_OF_DAY.matcher(rest);
      boolean timed = time.lookingAt();
      if (timed) {
        rest = rest.substring(time.end());
      }
      Matcher weekday = WEEKDAY.matcher(rest);
      if (date.isPresent() && weekday.lookingAt()) {
        // a day and its weekday, no time: the site's "today"; with a time it dates the article
        if (!timed) {
          return date.map(d -> new HeaderDate(d, "stamp", "stamp"));
        }
        rest = rest.substring(weekday.end());
      }
      if (rest.isEmpty() || TextLines.isSpace(rest.charAt(0)) || isHeaderStart(rest)) {
        return date.map(d -> new HeaderDate(d, "date", "time"));
      }
      return Optional.empty();
    }
    Optional<HeaderDate> byline = byline(s);
    if (byline.isPresent()) {
      return byline;
    }
    if (s.length() <= 80 && containsHeaderWord(s)) {
      m = ANY_YMD.matcher(s);
      if (m.find()) {
        return date(m.group(1), m.group(2), m.group(3)).map(d -> new HeaderDate(d, "date", "time"));
      }
    }
    return Optional.empty();
  }

  /**
   * The date a label introduces on {@code line}: {@code 发布时间:2025-07-07}, or a label opening the
   * line without a colon ({@code date 2026-04-02 …}); labels of dates that are no page date
   * ({@code 信息时效期}) are passed over.
   */
  static Optional<HeaderDate> labelledDate(String line) {
    String s = TextLines.asciiDigits(line);
    Matcher m = LABEL.matcher(s);
    while (m.find()) {
      String label = m.group(1);
      String kind = W.factLabels.getOrDefault(label, "time");
      boolean atStart = TextLines.trim(s.substring(0, m.start())).isEmpty();
      boolean hasColon = !m.group(2).isEmpty();
      if ((atStart || hasColon) && isDateKind(kind)) {
        Optional<LocalDate> d = leadingDate(s.substring(m.end()));
        if (d.isPresent()) {
          return Optional.of(new HeaderDate(d.get(), label, kind));
        }
      }
    }
    return Optional.empty();
  }

  /** {@code 某社/ 2019.05.06 08:00}: a short name, a separator, a full date, perhaps a time, nothing else. */
  private static Optional<HeaderDate> byline(String s) {
    if (s.length() > 50) {
      return Optional.empty();
    }
    Matcher m = ANY_YMD.matcher(s);
    if (!m.find() || !BYLINE_NAME.matcher(s.substring(0, m.start())).matches()) {
      return Optional.empty();
    }
    String rest = s.substring(m.end());
    Matcher time = TIME_OF_DAY.matcher(rest);
    if (time.lookingAt()) {
      rest = rest.substring(time.end());
    }
    Matcher weekday = WEEKDAY.matcher(rest);
    if (weekday.lookingAt() && TextLines.trim(rest.substring(weekday.end())).isEmpty()) {
      // 今天是2024年12月14日 星期六: a page stamp with a few words before it
      return date(m.group(1), m.group(2), m.group(3)).map(d -> new HeaderDate(d, "stamp", "stamp"));
    }
    if (!TextLines.trim(rest).isEmpty()) {
      return Optional.empty();
    }
    return date(m.group(1), m.group(2), m.group(3)).map(d -> new HeaderDate(d, "byline", "time"));
  }

  private static boolean isDateKind(String kind) {
    return kind.equals("publish") || kind.equals("signed") || kind.equals("update") || kind.equals("time");
  }

  /** A date opening {@code value}: year first, or day.month.year with dots. */
  private static Optional<LocalDate> leadingDate(String value) {
    Matcher m = LEADING_YMD.matcher(value);
    if (m.lookingAt()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = DMY_DOTTED.matcher(value);
    if (m.lookingAt()) {
      return date(m.group(3), m.group(2), m.group(1));
    }
    return Optional.empty();
  }

  /** A page date as a header or metadata field writes it: year first, or day.month.year with dots. */
  static Optional<LocalDate> pageDate(String value) {
    if (value == null || value.length() > 200) {
      return Optional.empty();
    }
    return leadingDate(TextLines.asciiDigits(value));
  }

  /**
   * {@code a/b/yyyy}: day first when {@code a} exceeds 12, month first when {@code b} does; when both
   * could be the month the order is unknown and no date is read.
   */
  private static Optional<LocalDate> slashYearLast(String a, String b, String year) {
    int x = Integer.parseInt(a);
    int y = Integer.parseInt(b);
    if (x > 12 && y <= 12) {
      return date(year, b, a);
    }
    if (y > 12 && x <= 12) {
      return date(year, a, b);
    }
    return Optional.empty();
  }

  /** A date in the path of a page URL, such as {@code /2025/09-27/} or {@code t20220726_}. */
  static Optional<LocalDate> fromUrl(String url) {
    if (url == null || url.length() > 2000) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    while (m.find()) {
      Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** True when the line is a bare date (optionally with a time), as in lists of article titles. */
  static boolean isBareDate(String line) {
    if (line.length() > 30) {
      return false;
    }
    String s = TextLines.asciiDigits(line);
    Matcher m = LEADING_YMD.matcher(s);
    if (!m.lookingAt()) {
      return false;
    }
    String rest = s.substring(m.end());
    Matcher time = TIME_OF_DAY.matcher(rest);
    if (time.lookingAt()) {
      rest = rest.substring(time.end());
    }
    return TextLines.trim(rest).isEmpty();
  }

  private static boolean isHeaderStart(String rest) {
    char c = rest.charAt(0);
    if (c == '|' || c == '｜' || c == '丨' || c == '【' || c == '[' || c == '/' || c == '-') {
      return true;
    }
    for (String w : W.headerWords) {
      if (rest.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsHeaderWord(String s) {
    for (String w : W.headerWords) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static String month(String name) {
    String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(key)) {
        return Integer.toString(i + 1);
      }
    }
    return "0";
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
