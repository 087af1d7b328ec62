package io.github.jishi.source;

import io.github.jishi.text.NormalizedText;
import io.github.jishi.internal.text.TextNormalizer;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a story's dateline ({@code 新华社北京3月5日电}, {@code 本报记者 王五 北京报道}) at the start of
 * one of its first paragraphs, reading the normalized text (spaces kept, see
 * {@link TextNormalizer#normalizeKeepingSpaces}): pinyin annotations gone, traditional
 * script simplified, spaces inside dates folded ({@code 新華網(wǎng)杭州3月5日電} reads as
 * {@code 新华网杭州3月5日电}); the offsets it gives map back to the text as written.
 *
 * <p>Only paragraph openings are searched, because the same shapes inside a story quote other
 * stories and say nothing about where this one was filed. Short lines that end no sentence (a
 * repeated headline, a photo caption, a byline) do not count against the paragraphs searched.
 */
final class DatelineParser {
  /** How many story paragraphs from the top may hold the dateline. */
  private static final int PARAGRAPHS = 3;

  /** How many lines in all, short ones included, are searched. */
  private static final int LINES = 8;

  /** How far into a paragraph a dateline may end. */
  private static final int WINDOW = 80;

  /** Lines shorter than this that end no sentence are headings or captions, not story paragraphs. */
  private static final int SHORT_LINE = 40;

  private static final SourceLexicon.Words W = SourceLexicon.words();

  private static final String LEAD = "^[\\s【\\[（(]{0,3}(?:" + W.datelineLead + ")?";
  private static final String REPORTER = "(?:[（(][^）)\\n]{1,30}[）)])?";
  private static final String OUTLET = "(?:" + W.agencies + "|\\p{IsHan}{1,8}?(?:" + W.outletEndings + "))";

  /**
   * Agency, usually a place, perhaps a year, month and day, then 电 or 讯: {@code 中新网杭州9月27日电（张三）},
   * {@code 中新网11月20日电} (no place).
   */
  private static final Pattern DATED =
      Pattern.compile(
          LEAD + OUTLET + "\\s?(\\p{IsHan}{2,8}?)?\\s?(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日\\s?(?:" + W.filed + ")\\s?" + REPORTER);

  /** A named agency and place without a day: {@code 新华社北京电}. */
  private static final Pattern UNDATED =
      Pattern.compile(LEAD + "(?:" + W.agencies + ")\\s?(\\p{IsHan}{2,6}?)\\s?(?:" + W.filedUndated + ")\\s?" + REPORTER);

  /** {@code 本报讯（记者 张三）}: filed by the paper itself, place not given. */
  private static final Pattern OWN_NEWS = Pattern.compile(LEAD + "(?:" + W.own + ")\\s?" + REPORTER);

  /** {@code 本报记者 裴昱 北京报道}: reporters, then the place fused with 报道. */
  private static final Pattern REPORTED =
      Pattern.compile(
          LEAD
              + OUTLET + "?(?:" + W.reporter + ")"
              + "(?:\\s{0,3}[\\p{IsHan}·]{2,5}[\\s、，,]{1,3}){1,6}?"
              + "(\\p{IsHan}{2,8}?)(?:" + W.reported + ")");

  private DatelineParser() {}

  /** The lines of {@code text} a dateline may stand on: a prefix of it, so offsets into it are offsets into the text. */
  static String head(String text) {
    int end = 0;
    for (int line = 0; line < LINES; line++) {
      int nl = text.indexOf('\n', end);
      if (nl < 0) {
        return text;
      }
      end = nl + 1;
    }
    return text.substring(0, end);
  }

  /** Any word that closes a dateline, to rule out most pages before normalizing their head. */
  private static final Pattern CLOSER =
      Pattern.compile(W.filed + "|" + W.filedUndated + "|" + W.own + "|" + W.reported);

  /**
   * Whether the simplified lines of a page's head ({@code keys}, in order) may hold a dateline: a
   * word that closes one stands near the start of one of the first lines.
   */
  static boolean mayHold(List<String> keys) {
    for (int i = 0; i < keys.size() && i < LINES; i++) {
      String k = keys.get(i);
      if (CLOSER.matcher(k.length() > WINDOW + 10 ? k.substring(0, WINDOW + 10) : k).find()) {
        return true;
      }
    }
    return false;
  }

  /** The dateline of {@code text} as written, normalized here; offsets into {@code text}. */
  static Optional<Dateline> find(String text) {
    return find(TextNormalizer.create().normalizeKeepingSpaces(text));
  }

  /**
   * The dateline of {@code text} (as written), with offsets into it, or empty when the story states
   * none; {@code text} is normalized with its spaces kept.
   */
  static Optional<Dateline> find(NormalizedText text) {
    String body = text.text();
    int start = 0;
    int paragraphs = 0;
    for (int line = 0; line < LINES && paragraphs < PARAGRAPHS && start < body.length(); line++) {
      int end = body.indexOf('\n', start);
      if (end < 0) {
        end = body.length();
      }
      String head = body.substring(start, Math.min(end, start + WINDOW));
      Optional<Dateline> found = match(text, head, start);
      if (found.isPresent()) {
        return found;
      }
      if (!isShortLine(body, start, end)) {
        paragraphs++;
      }
      start = end + 1;
    }
    return Optional.empty();
  }

  private static boolean isShortLine(String body, int start, int end) {
    if (end - start >= SHORT_LINE) {
      return false;
    }
    return body.substring(start, end).indexOf('。') < 0;
  }

  private static Optional<Dateline> match(NormalizedText text, String head, int offset) {
    Matcher m = DATED.matcher(head);
    if (m.lookingAt()) {
      Optional<MonthDay> day = monthDay(m.group(3), m.group(4));
      Optional<Integer> year = year(m.group(2), day);
      return Optional.of(dateline(text, head, m, m.group(1) == null ? "" : m.group(1), day, year, offset));
    }
    m = UNDATED.matcher(head);
    if (m.lookingAt()) {
      return Optional.of(dateline(text, head, m, m.group(1), Optional.empty(), Optional.empty(), offset));
    }
    m = OWN_NEWS.matcher(head);
    if (m.lookingAt()) {
      return Optional.of(dateline(text, head, m, "", Optional.empty(), Optional.empty(), offset));
    }
    m = REPORTED.matcher(head);
    if (m.lookingAt()) {
      return Optional.of(dateline(text, head, m, m.group(1), Optional.empty(), Optional.empty(), offset));
    }
    return Optional.empty();
  }

  private static Dateline dateline(NormalizedText text, String head, Matcher m, String place, Optional<MonthDay> day,
      Optional<Integer> year, int offset) {
    int from = m.start();
    while (from < m.end() && isLead(head.charAt(from))) {
      from++;
    }
    int start = text.originalOffset(offset + from);
    int end = text.originalOffset(offset + m.end());
    while (end > start && TextLines.isSpace(text.original().charAt(end - 1))) {
      end--;
    }
    return new Dateline(text.original().substring(start, end), place, day, year, start, end);
  }

  private static boolean isLead(char c) {
    return TextLines.isSpace(c) || c == '【' || c == '[' || c == '（' || c == '(';
  }

  private static Optional<Integer> year(String year, Optional<MonthDay> day) {
    if (year == null || day.isEmpty()) {
      return Optional.empty();
    }
    int y = Integer.parseInt(year);
    if (y < 1900 || y > 2100 || !day.get().isValidYear(y)) {
      return Optional.empty();
    }
    return Optional.of(Year.of(y).getValue());
  }

  private static Optional<MonthDay> monthDay(String month, String day) {
    try {
      return Optional.of(MonthDay.of(Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
