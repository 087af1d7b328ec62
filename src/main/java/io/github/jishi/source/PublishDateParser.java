package io.github.jishi.source;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

  /** Labels that introduce a date in a page header; publish labels are preferred over others. */
  private static final Pattern LABELLED =
      Pattern.compile(
          "(发布时间|發佈時間|發布時間|发布日期|發佈日期|發布日期|发表时间|發表時間|发表日期|發表日期|发稿时间|發稿時間"
              + "|发布于|發佈於|發布於|更新时间|更新時間|更新日期|发文日期|發文日期|成文日期|时间|時間|日期"
              + "|(?i:published|publish date|date))\\s{0,3}([:：]?)\\s{0,3}"
              + YMD);
  private static final Pattern TIME_OF_DAY =
      Pattern.compile("^\\s{0,3}\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?");
  private static final Pattern URL_DATE =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-/_]?(\\d{2})[-/_]?(\\d{2})(?!\\d)");

  /** Words that make a short line a header line when a full date sits anywhere in it. */
  private static final String[] HEADER_WORDS = {
    "来源", "來源", "作者", "编辑", "編輯", "责编", "責編", "点击", "點擊", "阅读", "閱讀", "浏览", "瀏覽",
    "字号", "字號", "评论", "評論", "分享", "发布", "發佈", "發布", "稿源", "出处", "出處"
  };

  private PublishDateParser() {}

  /** A date found on a header line and the label that introduced it ({@code date} when none). */
  record HeaderDate(LocalDate date, String label) {
    boolean isPublishLabel() {
      return label.contains("发") || label.contains("發") || label.toLowerCase(Locale.ROOT).startsWith("publish");
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
   * The publish date stated by a page-header line such as {@code 发布时间:2025-07-07 03:24:12} or
   * {@code 2021-02-20 06:19  来源:中国证券报}; empty for a sentence that merely starts with a date.
   */
  static Optional<HeaderDate> headerDate(String line) {
    if (line.length() > 100) {
      return Optional.empty();
    }
    String s = TextLines.asciiDigits(line);
    Matcher m = LABELLED.matcher(s);
    while (m.find()) {
      boolean atStart = m.start() <= 2;
      boolean hasColon = !m.group(2).isEmpty();
      if (atStart || hasColon) {
        Optional<LocalDate> d = date(m.group(3), m.group(4), m.group(5));
        if (d.isPresent()) {
          return Optional.of(new HeaderDate(d.get(), m.group(1)));
        }
      }
    }
    if (s.contains("，") || s.contains("。") || s.contains(",")) {
      return Optional.empty();
    }
    m = LEADING_YMD.matcher(s);
    if (m.lookingAt()) {
      String rest = s.substring(m.end());
      Matcher time = TIME_OF_DAY.matcher(rest);
      if (time.lookingAt()) {
        rest = rest.substring(time.end());
      }
      if (rest.isEmpty() || TextLines.isSpace(rest.charAt(0)) || isHeaderStart(rest)) {
        return date(m.group(1), m.group(2), m.group(3)).map(d -> new HeaderDate(d, "date"));
      }
      return Optional.empty();
    }
    if (s.length() <= 80 && containsHeaderWord(s)) {
      m = ANY_YMD.matcher(s);
      if (m.find()) {
        return date(m.group(1), m.group(2), m.group(3)).map(d -> new HeaderDate(d, "date"));
      }
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
    for (String w : HEADER_WORDS) {
      if (rest.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsHeaderWord(String s) {
    for (String w : HEADER_WORDS) {
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
