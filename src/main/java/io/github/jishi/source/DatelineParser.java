package io.github.jishi.source;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a story's dateline ({@code 新华社北京3月5日电}, {@code 本报记者 王五 北京报道}) at the start of
 * one of its first paragraphs.
 *
 * <p>Only paragraph openings are searched, because the same shapes inside a story quote other
 * stories and say nothing about where this one was filed.
 */
final class DatelineParser {
  /** How many paragraphs from the top may hold the dateline. */
  private static final int PARAGRAPHS = 3;

  /** How far into a paragraph a dateline may end. */
  private static final int WINDOW = 80;

  private static final String AGENCY =
      "中新网|中新網|中新社|新华社|新華社|新华网|新華網|人民网|人民網|人民日报|人民日報|央视网|央視網|央视新闻|央視新聞"
          + "|中国新闻网|中國新聞網|光明网|光明網|央广网|央廣網|中国日报网|中國日報網|中国经济网|中國經濟網|国际在线|國際在線"
          + "|澎湃新闻|澎湃新聞|中国青年网|中國青年網|中青网|中青網|本报|本報";
  private static final String LEAD = "^[\\s　【\\[（(]{0,3}";
  private static final String REPORTER = "(?:[（(][^）)\\n]{1,30}[）)])?";
  private static final String DIGIT = "[0-9０-９]";

  /** Agency, place, month and day, then 电 or 讯: {@code 中新网杭州9月27日电（张三）}. */
  private static final Pattern DATED =
      Pattern.compile(
          LEAD
              + "(?:"
              + AGENCY
              + "|\\p{IsHan}{1,8}?(?:网|網|社|报|報|台|臺))"
              + "(\\p{IsHan}{2,8}?)("
              + DIGIT
              + "{1,2})月("
              + DIGIT
              + "{1,2})日(?:电|電|讯|訊|消息)"
              + REPORTER);

  /** A named agency and place without a day: {@code 新华社北京电}. */
  private static final Pattern UNDATED =
      Pattern.compile(LEAD + "(?:" + AGENCY + ")(\\p{IsHan}{2,6}?)(?:电|電)" + REPORTER);

  /** {@code 本报讯（记者 张三）}: filed by the paper itself, place not given. */
  private static final Pattern OWN_NEWS = Pattern.compile(LEAD + "(?:本报讯|本報訊)" + REPORTER);

  /** {@code 本报记者 裴昱 北京报道}: reporters, then the place fused with 报道. */
  private static final Pattern REPORTED =
      Pattern.compile(
          LEAD
              + "(?:本报|本報|\\p{IsHan}{1,8}?(?:网|網|社|报|報|台|臺))?(?:记者|記者|通讯员|通訊員)"
              + "(?:[\\s　]{0,3}[\\p{IsHan}·]{2,5}[\\s　、，,]{1,3}){1,6}?"
              + "(\\p{IsHan}{2,8}?)(?:报道|報道)");

  private DatelineParser() {}

  /** The dateline of {@code text}, with offsets into it, or empty when the story states none. */
  static Optional<Dateline> find(String text) {
    int start = 0;
    for (int p = 0; p < PARAGRAPHS && start < text.length(); p++) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String head = text.substring(start, Math.min(end, start + WINDOW));
      Optional<Dateline> found = match(head, start);
      if (found.isPresent()) {
        return found;
      }
      start = end + 1;
    }
    return Optional.empty();
  }

  private static Optional<Dateline> match(String head, int offset) {
    Matcher m = DATED.matcher(head);
    if (m.lookingAt()) {
      Optional<MonthDay> day = monthDay(m.group(2), m.group(3));
      return Optional.of(dateline(head, m, m.group(1), day, offset));
    }
    m = UNDATED.matcher(head);
    if (m.lookingAt()) {
      return Optional.of(dateline(head, m, m.group(1), Optional.empty(), offset));
    }
    m = OWN_NEWS.matcher(head);
    if (m.lookingAt()) {
      return Optional.of(dateline(head, m, "", Optional.empty(), offset));
    }
    m = REPORTED.matcher(head);
    if (m.lookingAt()) {
      return Optional.of(dateline(head, m, m.group(1), Optional.empty(), offset));
    }
    return Optional.empty();
  }

  private static Dateline dateline(
      String head, Matcher m, String place, Optional<MonthDay> day, int offset) {
    int from = m.start();
    while (from < m.end() && isLead(head.charAt(from))) {
      from++;
    }
    return new Dateline(head.substring(from, m.end()), place, day, offset + from, offset + m.end());
  }

  private static boolean isLead(char c) {
    return TextLines.isSpace(c) || c == '【' || c == '[' || c == '（' || c == '(';
  }

  private static Optional<MonthDay> monthDay(String month, String day) {
    try {
      return Optional.of(
          MonthDay.of(
              Integer.parseInt(TextLines.asciiDigits(month)), Integer.parseInt(TextLines.asciiDigits(day))));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
