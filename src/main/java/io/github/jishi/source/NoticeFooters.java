package io.github.jishi.source;

import io.github.jishi.text.NormalizedText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the foot of an official notice: after one of the notice's phrases ({@code 印发给你们},
 * {@code 特此公告}), a date alone on its line ({@code 2025年3月18日}, {@code 二〇二五年三月十八日}),
 * with the issuing bodies on the lines right above it, or on the same line before it.
 */
final class NoticeFooters {
  /** How many lines after a notice phrase the foot may stand. */
  private static final int WINDOW = 8;
  /** Longest line read as an issuer. */
  private static final int ISSUER_MAX = 30;
  /** Most issuer lines stacked above one date. */
  private static final int ISSUERS_MAX = 3;

  private static final SourceLexicon.Words W = SourceLexicon.words();

  private static final String CN_DIGIT = "〇○零一二三四五六七八九";
  private static final Pattern DATE_LINE =
      Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日|([" + CN_DIGIT + "]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日");
  private static final Pattern ISSUER =
      Pattern.compile("[\\p{IsHan}（）()·]{2," + ISSUER_MAX + "}?(?:" + W.issuerEndings + ")");

  private NoticeFooters() {}

  /** Whether {@code normalized} holds a notice phrase. */
  static boolean isNotice(String normalized) {
    for (String mark : W.noticeMarks) {
      if (normalized.contains(mark)) {
        return true;
      }
    }
    return false;
  }

  /** The foot of the notice in {@code text}, offsets into the text as written, or empty. */
  static Optional<NoticeFooter> find(NormalizedText text) {
    String body = text.text();
    List<int[]> lines = lines(body);
    int lastMark = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = line(body, lines.get(i));
      if (lastMark >= 0 && i - lastMark <= WINDOW) {
        Optional<NoticeFooter> footer = footerAt(text, lines, i, lastMark);
        if (footer.isPresent()) {
          return footer;
        }
      }
      if (hasMark(line)) {
        lastMark = i;
      }
    }
    return Optional.empty();
  }

  private static Optional<NoticeFooter> footerAt(NormalizedText text, List<int[]> lines, int i, int lastMark) {
    String body = text.text();
    String line = line(body, lines.get(i)).strip();
    Matcher m = DATE_LINE.matcher(line);
    if (!m.find() || m.end() != line.length()) {
      return Optional.empty();
    }
    Optional<LocalDate> date = date(m);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    String before = line.substring(0, m.start()).strip();
    List<String> issuers = new ArrayList<>();
    int first = i;
    if (!before.isEmpty()) {
      if (!isIssuer(before)) {
        return Optional.empty();
      }
      issuers.add(before);
    } else {
      for (int k = i - 1; k > lastMark && issuers.size() < ISSUERS_MAX; k--) {
        String above = line(body, lines.get(k)).strip();
        if (!isIssuer(above)) {
          break;
        }
        issuers.add(0, above);
        first = k;
      }
    }
    int start = text.originalOffset(lines.get(first)[0]);
    int end = text.originalOffset(lines.get(i)[1]);
    return Optional.of(new NoticeFooter(String.join("、", issuers), date.get(), start, end));
  }

  private static boolean isIssuer(String line) {
    return line.length() <= ISSUER_MAX && ISSUER.matcher(line).matches();
  }

  private static boolean hasMark(String line) {
    for (String mark : W.noticeMarks) {
      if (line.contains(mark)) {
        return true;
      }
    }
    return false;
  }

  private static List<int[]> lines(String body) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    while (start <= body.length()) {
      int end = body.indexOf('\n', start);
      if (end < 0) {
        end = body.length();
      }
      out.add(new int[] {start, end});
      start = end + 1;
    }
    return out;
  }

  private static String line(String body, int[] span) {
    return body.substring(span[0], span[1]);
  }

  private static Optional<LocalDate> date(Matcher m) {
    try {
      if (m.group(1) != null) {
        return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      int year = 0;
      for (char c : m.group(4).toCharArray()) {
        year = year * 10 + digit(c);
      }
      return valid(year, chineseNumber(m.group(5)), chineseNumber(m.group(6)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> valid(int y, int m, int d) {
    if (y < 1900 || y > 2100) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y, m, d));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int digit(char c) {
    int at = CN_DIGIT.indexOf(c);
    return at <= 2 ? 0 : at - 2;
  }

  /** {@code 十} 10, {@code 十二} 12, {@code 二十七} 27, {@code 三十一} 31. */
  private static int chineseNumber(String s) {
    int ten = s.indexOf('十');
    if (ten < 0) {
      return digit(s.charAt(0));
    }
    int tens = ten == 0 ? 1 : digit(s.charAt(0));
    int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(s.length() - 1));
    return tens * 10 + ones;
  }
}
