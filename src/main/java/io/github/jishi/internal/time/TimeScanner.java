package io.github.jishi.internal.time;

import io.github.jishi.internal.time.RawTime.Kind;
import io.github.jishi.internal.time.RawTime.Point;
import io.github.jishi.internal.time.RawTime.YearRef;
import io.github.jishi.time.DateSpan;
import io.github.jishi.time.Precision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the time expressions of a text in one left-to-right pass, without resolving them.
 *
 * <p>Only characters that can open an expression (digits, Chinese numerals and the first
 * characters of the relative words) stop the scan; every match looks a bounded number of
 * characters ahead and a run of digits or numerals that fails is skipped whole, so the work is
 * linear in the text. A number never starts inside a longer run of digits or a latin token
 * ({@code B2-20181903}, {@code 20200514/343233024.png}).
 */
final class TimeScanner {
  private static final byte TRIGGER = 1;
  private static final byte STOP = 2;
  /** Added to TRIGGER where a word of the lexicon or a festival may start: only there are they looked up. */
  private static final byte WORD = 4;
  private static final byte FESTIVAL = 8;
  /** A character that opens an expression only before one of a few others (星 before 期). */
  private static final byte GATE = 16;
  /**
   * Not an opening: a character that may follow a number of one to three digits in a time
   * ({@code 月}, {@code 日}, {@code :}, a unit, a range's dash); after any other such a number is read no further.
   */
  private static final byte AFTER_NUMBER = 32;
  /** Not an opening: {@link #AMOUNT_NEXT}, what may follow the number of a count of time. */
  private static final byte UNIT_NEXT = 64;
  /** Not an opening: a Chinese numeral ({@code 〇零○一二三四五六七八九十}). */
  private static final byte NUMERAL = (byte) 128;
  private static final byte OPENS = TRIGGER | STOP | WORD | FESTIVAL | GATE;
  /**
   * The exact pairs of characters that may open a word, a festival or a gated expression, with
   * what each opens (WORD, FESTIVAL, GATE): an open-addressed table of {@code first << 16 | second}.
   */
  private static final int PAIR_SLOTS = 1 << 10;
  private static final int PAIR_FILTER_BITS = 13;
  /**
   * A filter of the opening pairs, one bit per hash of a pair (1 KB), asked before {@link #PAIR_KEYS}:
   * most characters that open something only in a pair open nothing where they stand ({@code 国家}),
   * and between pages, when the tables are out of the cache, 16 lines of filter cost less than
   * 80 lines of exact pairs.
   */
  private static final long[] PAIR_FILTER = new long[(1 << PAIR_FILTER_BITS) / 64];
  private static final int[] PAIR_KEYS = new int[PAIR_SLOTS];
  private static final byte[] PAIR_FLAGS = new byte[PAIR_SLOTS];
  private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];
  private static final Festivals FESTIVALS = Festivals.bundled();
  private static final TimeWords WORDS = TimeWords.bundled();

  /** What may follow the number of a count of time: a measure word, 多, 半 or the first character of a unit. */
  private static final String AMOUNT_NEXT = "个多余几半秒分小钟天日星礼周月季年";
  /** Weekday names after 星期, 礼拜 or 周: Monday is 0; 日 and 天 are Sunday. */
  private static final String WEEKDAYS = "一二三四五六日天";
  private static final String CN_DIGITS = "〇零○一二三四五六七八九";
  private static final String CN_NUMERALS = CN_DIGITS + "十";

  static {
    for (char c = '0'; c <= '9'; c++) {
      CLASS[c] = TRIGGER;
    }
    for (char c : (CN_NUMERALS + "今前明后本上下昨近第Q春夏秋冬").toCharArray()) {
      CLASS[c] = TRIGGER;
    }
    for (char c : FESTIVALS.firstChars()) {
      CLASS[c] |= FESTIVAL;
    }
    for (String w : FESTIVALS.names()) {
      allowPair(w.charAt(0), w.charAt(1), FESTIVAL);
    }
    for (char c : WORDS.firstChars()) {
      CLASS[c] |= WORD;
    }
    for (String w : WORDS.words()) {
      allowPair(w.charAt(0), w.charAt(1), WORD);
    }
    // Characters that open an expression only before certain others: 星期, 过去, 两天...
    String amountNext = AMOUNT_NEXT + "十";
    String[][] gates = {
      {"两几数多半", amountNext}, {"星", "期"}, {"礼", "拜"}, {"周", WEEKDAYS}, {"这", "周星礼个一"}, {"过", "去"},
      {"未", "来"}, {"最", "近"}, {"接", "下"}, {"头", CN_NUMERALS + "两几半"}, {"次翌", "年"}, {"次", "月"}, {"农阴", "历"}, {"当", "月年"},
      {"闰", CN_NUMERALS + "正腊冬"}, {"正腊冬", "月"},
      // frequent characters that open something only before one of a few (去年, 日前, 年底, 同月)
      {"去", "年"}, {"日", "前"}, {"年", "初底末内中"}, {"同", "月年"},
      {"寒", "假"}, {"暑", "假期"}, {"月", "底初末中"}, {"民", "国"}, {"元", "月"},
    };
    for (String[] gate : gates) {
      for (char c : gate[0].toCharArray()) {
        CLASS[c] |= GATE;
        for (char d : gate[1].toCharArray()) {
          allowPair(c, d, GATE);
        }
      }
    }
    for (char c : CN_NUMERALS.toCharArray()) {
      CLASS[c] |= NUMERAL;
    }
    for (char c : "。！？!?\n\r".toCharArray()) {
      CLASS[c] = STOP;
    }
    for (char c : (AMOUNT_NEXT + CN_NUMERALS + "两年世/.·•・:：点时pPaA月日季—-–－~～至到―−、").toCharArray()) {
      CLASS[c] |= AFTER_NUMBER;
    }
    for (char c : AMOUNT_NEXT.toCharArray()) {
      CLASS[c] |= UNIT_NEXT;
    }
  }

  /** Characters after a bare 4-digit number that make it a quantity, not an edition year. */
  private static final String EDITION_STOP =
      "年月日号时分秒点家个万亿千百元角项台名人次件余多张所条位套户篇部场款种米吨倍辆座只块份本字小天周"
          + "公克斤平股美港届期批例双对幅层栋间升毫厘英里级岁头匹架艘枚首集页行章节卷度轮至到和及与或亩箱"
          + "包瓶颗株棵立方兆瓦伏左上下以内外前后之来多强家起亿";

  /** Before a bare weekday: a count or 每 makes 周一 part of another phrase ({@code 两周一次}, {@code 每周五}). */
  private static final String NOT_BEFORE_WEEKDAY = "每隔逐一二三四五六七八九十两几数个第半";
  /** After a festival that is also an everyday word (雨水, 五一): the words that make it a day. */
  private static final String[] FESTIVAL_MARKS = {
    "节", "当天", "当日", "期间", "前后", "假期", "小长假", "黄金周", "前夕", "时节", "节气", "这天", "那天", "之际", "来临", "晚会"
  };

  private static final Point NO_YEAR = Point.of(YearRef.NONE, 0, 0, 0);

  private final char[] a;
  private final int n;
  /** The expressions read so far; allocated at the first, since most sentences have none. */
  private List<RawTime> out = List.of();
  private int sentence;
  /** Where to resume when a match fails: past the whole run of digits or numerals it started. */
  private int skip;
  /** The value of the number the last number reader accepted. */
  private int val;
  /** The period the last period reader accepted; see {@link Point}. */
  private int periodFrom;
  private int periodTo;
  private Precision periodPrecision;

  private TimeScanner(String text) {
    this.a = text.toCharArray();
    this.n = a.length;
  }

  static List<RawTime> scan(String text) {
    TimeScanner scanner = new TimeScanner(text);
    scanner.run();
    return scanner.out;
  }

  private void run() {
    final char[] a = this.a;
    final byte[] cls = CLASS;
    int i = 0;
    final int n = this.n;
    while (i < n) {
      char c = a[i];
      byte k = cls[c];
      if ((k & OPENS) == 0) {
        i++;
        continue;
      }
      if ((k & STOP) != 0) {
        sentence++;
        i++;
        continue;
      }
      byte pair = i + 1 < n && (k & (WORD | FESTIVAL | GATE)) != 0 ? pairFlags(c, a[i + 1]) : 0;
      if ((k & TRIGGER) == 0 && pair == 0) {
        // a character that opens something only before certain others, and none of them is here
        i++;
        continue;
      }
      skip = i + 1;
      RawTime r = openAt(i, pair);
      if (r != null) {
        if (r.end() < n && (r.kind() == Kind.POINT && r.from().day() > 0 || r.kind() == Kind.RANGE && r.to().day() > 0)) {
          r = withWeekdayNote(r);
        }
        if (r.end() < n && (isRangeSep(a[r.end()]) || fromUntilAt(r.end()))) {
          r = joinedRange(r);
        }
        if (out.isEmpty()) {
          out = new ArrayList<>(4);
        }
        out.add(r);
        i = r.end();
      } else {
        i = Math.max(skip, i + 1);
      }
    }
  }

  /**
   * A point followed by a range's separator and a second point the readers did not join
   * ({@code 2022年下半年至2023年上半年}, {@code 9月下旬至10月上旬}, {@code 一季度至三季度}): one range,
   * the second point taking the first's year when it states none; else {@code r} as it is.
   */
  private RawTime joinedRange(RawTime r) {
    int q = sepEnd(r.end());
    int clock = clockRangeEnd(r, q);
    if (clock > 0) {
      return r.withEnd(clock);
    }
    if (r.kind() != Kind.POINT) {
      return r;
    }
    if (q >= n || (CLASS[a[q]] & (TRIGGER | WORD | FESTIVAL | GATE)) == 0) {
      return r;
    }
    int savedSkip = skip;
    skip = q + 1;
    RawTime second = openAt(q, pairFlagsAt(q));
    skip = savedSkip;
    Point from = r.from();
    if (second != null && second.kind() == Kind.BARE_DAY && second.sentence() == r.sentence() && from.day() > 0
        && second.from().day() > from.day()
        && (from.monthRelative()
            || validDay(from.month(), second.from().day(), from.yearRef() == YearRef.STATED ? from.year() : 0))) {
      // 10月17日(星期五)至19日(星期日), 本月17日—19日: the bare day ends the range, in the same month
      Point to = new Point(from.yearRef(), from.year(), from.monthRelative(), from.month(), second.from().day(), 0, 0,
          null);
      RawTime joined = range(r.start(), second.end(), from, to, r.end());
      return second.end() < n ? withWeekdayNote(joined) : joined;
    }
    if (second == null || second.kind() != Kind.POINT || second.sentence() != r.sentence()) {
      return r;
    }
    RawTime joined = range(r.start(), second.end(), r.from(), second.from(), r.end());
    return second.from().day() > 0 && second.end() < n ? withWeekdayNote(joined) : joined;
  }

  /**
   * A day followed by its weekday, in brackets or not ({@code 5月8日（星期三）上午9时}, {@code 5月8日(周三)},
   * {@code 2024年5月20日星期一}): the note belongs to the day, not a weekday of its own, and a clock time
   * may follow it; else {@code r}. A weekday that opens a range ({@code 5月20日周一至周五}) is no note.
   */
  private RawTime withWeekdayNote(RawTime r) {
    boolean bracket = a[r.end()] == '（' || a[r.end()] == '(';
    int w = weekWordAt(bracket ? r.end() + 1 : r.end());
    if (w == 0) {
      return r;
    }
    int p = (bracket ? r.end() + 1 : r.end()) + w;
    if (WEEKDAYS.indexOf(at(p)) < 0) {
      return r;
    }
    if (bracket) {
      return at(p + 1) == '）' || at(p + 1) == ')' ? r.withEnd(timeOfDay(p + 2)) : r;
    }
    // 2024年5月20日星期一 (a space between, which normalization removes): the day's weekday, not a second date
    return isRangeSep(at(p + 1)) ? r : r.withEnd(timeOfDay(p + 1));
  }

  /**
   * After an expression that ends in a clock time, the end of a second clock time at {@code q}
   * ({@code 下午3点到5点}, {@code 上午9点至下午3点}): the two are one expression on the first's day;
   * -1 when there is none.
   */
  private int clockRangeEnd(RawTime r, int q) {
    char last = a[r.end() - 1];
    if ("点时分半刻钟整".indexOf(last) < 0 && !(isAsciiDigit(last) && r.end() >= 3 && (a[r.end() - 3] == ':' || a[r.end() - 3] == '：'))) {
      return -1;
    }
    TimeWords.Word part = WORDS.at(a, q, TimeWords.Kind.PART);
    int p = part == null ? q : q + part.word().length();
    int e = clockEnd(p);
    return e > p ? e : -1;
  }

  private static void allowPair(char first, char second, byte flag) {
    int key = first << 16 | second;
    int h = pairSlot(key);
    while (PAIR_KEYS[h] != 0 && PAIR_KEYS[h] != key) {
      h = (h + 1) & (PAIR_SLOTS - 1);
    }
    if (PAIR_KEYS[h] == 0) {
      int used = 0;
      for (int x : PAIR_KEYS) {
        used += x != 0 ? 1 : 0;
      }
      if (2 * (used + 1) > PAIR_SLOTS) {
        throw new IllegalStateException("time scanner: more than " + PAIR_SLOTS / 2 + " opening pairs");
      }
    }
    PAIR_KEYS[h] = key;
    PAIR_FLAGS[h] |= flag;
    int f = pairFilterBit(key);
    PAIR_FILTER[f >>> 6] |= 1L << f;
  }

  private static int pairFilterBit(int key) {
    return (key * 0x85EBCA6B) >>> (32 - PAIR_FILTER_BITS);
  }

  private static int pairSlot(int key) {
    return (key * 0x9E3779B1) >>> (32 - 10);
  }

  /** What the pair {@code first second} may open (WORD, FESTIVAL, GATE bits), 0 for nothing. */
  private static byte pairFlags(char first, char second) {
    int key = first << 16 | second;
    int f = pairFilterBit(key);
    if ((PAIR_FILTER[f >>> 6] & (1L << f)) == 0) {
      return 0;
    }
    int h = pairSlot(key);
    int x;
    while ((x = PAIR_KEYS[h]) != 0) {
      if (x == key) {
        return PAIR_FLAGS[h];
      }
      h = (h + 1) & (PAIR_SLOTS - 1);
    }
    return 0;
  }

  /** What the characters at {@code p} may open as a pair, 0 at the text's end. */
  private byte pairFlagsAt(int p) {
    return p >= 0 && p + 1 < n ? pairFlags(a[p], a[p + 1]) : 0;
  }

  /** What opens at {@code i}, where the pair there may open {@code pair}. */
  private RawTime openAt(int i, byte pair) {
    // digits first, the most frequent opening, without entering the large dispatch of the others
    return isAsciiDigit(a[i]) ? digitLed(i) : matchAt(i, pair);
  }

  /** What opens at {@code i}, a character other than a digit (those go to {@link #digitLed}). */
  private RawTime matchAt(int i, byte pair) {
    char c = a[i];
    RawTime w = (pair & WORD) != 0 ? wordLed(i) : null;
    if (w != null) {
      return w;
    }
    if ((pair & FESTIVAL) != 0) {
      RawTime f = festival(i, NO_YEAR, i);
      if (f != null) {
        return f;
      }
    }
    if (isCnNumeral(c)) {
      return numeralLed(i);
    }
    char next = at(i + 1);
    switch (c) {
      case '今':
        if (next == '明') {
          return adjacentDays(i);
        }
        if (next == '后') {
          // 今后三年: a window from the reference, as 未来三年
          return prefixed(i, i + 2, NEXT_WINDOW);
        }
        if (next == '个' && at(i + 2) == '月') {
          return relativeMonthBody(i, 0, i + 3);
        }
        if (weekWordAt(next == '个' ? i + 2 : i + 1) > 0) {
          return week(i, next == '个' ? i + 2 : i + 1, 0);
        }
        if (next == '年') {
          return afterYear(i, YearRef.RELATIVE, 0, i + 2);
        }
        if (next == '天' || (next == '日' && !startsWith(i + 2, "头条"))) {
          return relativeDay(i, i + 2, 0);
        }
        return null;
      case '去':
        return next == '年' ? afterYear(i, YearRef.RELATIVE, -1, i + 2) : null;
      case '前':
        if (isDigitOrNumeral(at(i - 1)) || at(i - 1) == '年' || at(i - 1) == '元' && at(i - 2) == '公') {
          // 公元前221年 is a year before the common era, not 221 years ago
          return null;
        }
        if (next == '年') {
          return afterYear(i, YearRef.RELATIVE, -2, i + 2);
        }
        if (next == '天') {
          return relativeDay(i, i + 2, -2);
        }
        RawTime q = quartersSoFar(i);
        if (q != null) {
          return q;
        }
        return prefixed(i, i + 1, BEFORE);
      case '明':
        if (next == '后' && "说证声表发透光文简鲜分英查标注阐申聪".indexOf(at(i - 1)) < 0) {
          RawTime days = adjacentDays(i);
          if (days != null) {
            return days;
          }
        }
        if (next == '年') {
          return afterYear(i, YearRef.RELATIVE, 1, i + 2);
        }
        if ((next == '天' || next == '日') && at(i - 1) != '的') {
          return relativeDay(i, i + 2, 1);
        }
        return null;
      case '后':
        if ("之此然以最其落随背今前".indexOf(at(i - 1)) >= 0) {
          return null;
        }
        return next == '年' ? afterYear(i, YearRef.RELATIVE, 2, i + 2) : prefixed(i, i + 1, AFTER);
      case '昨':
        return next == '天' || next == '日' ? relativeDay(i, i + 2, -1) : null;
      case '本':
        if (next == '年' && at(i + 2) == '度') {
          return point(i, i + 3, Point.of(YearRef.RELATIVE, 0, 0, 0));
        }
        if (startsWith(i + 1, "季度")) {
          return relativeQuarter(i, i + 3, 0);
        }
        if (startsWith(i + 1, "世纪")) {
          return century(i, i + 3, 0);
        }
        return relativeMonthOrWeek(i, 0);
      case '民':
        return next == '国' ? republicYear(i, i + 2) : null;
      case '元':
        // 元月 is January; after an amount (3000元月薪, 万元月均) it is a currency's 元
        return next == '月' && !isDigitOrNumeral(at(i - 1)) && "万千百亿美欧日港韩新单纪公多".indexOf(at(i - 1)) < 0
                && "薪均租供饼".indexOf(at(i + 2)) < 0
            ? monthBody(i, YearRef.NONE, 0, 1, i + 2) : null;
      case '这':
        if (startsWith(i + 1, "个季度")) {
          return relativeQuarter(i, i + 4, 0);
        }
        if (next == '个' && at(i + 2) == '月' && "球亮光饼活色台".indexOf(at(i + 3)) < 0) {
          return relativeMonthBody(i, 0, i + 3);
        }
        if (next == '一' && at(i + 2) == '年') {
          return point(i, i + 3, Point.of(YearRef.RELATIVE, 0, 0, 0));
        }
        return week(i, next == '个' || next == '一' ? i + 2 : i + 1, 0);
      case '上':
      case '下': {
        int sign = c == '上' ? -1 : 1;
        if (next == '半' && at(i + 2) == '月') {
          // 上半月 alone: that half of the month the sentence named, else of the reference's
          int e = monthPeriod(i);
          return e < 0 ? null : sameMonthPeriod(i, e);
        }
        if (startsWith(i + 1, "半年")) {
          // 上半年, 下半年末
          int e = yearPeriod(i);
          return bareYearPeriod(i, e, periodFrom, periodTo, periodPrecision);
        }
        if ("线网以之登爬马基成资日根样剧脚课文账版范".indexOf(at(i - 1)) >= 0) {
          return null;
        }
        if (next == '年' && at(i + 2) != '级' && at(i + 2) != '度') {
          return afterYear(i, YearRef.RELATIVE, sign, i + 2);
        }
        if (next == '一' && at(i + 2) == '年' && at(i + 3) != '级') {
          return afterYear(i, YearRef.RELATIVE, sign, i + 3);
        }
        if (c == '上' && startsWith(i + 1, "世纪")) {
          return century(i, i + 3, -1);
        }
        int qd = next == '个' ? i + 2 : i + 1;
        if (startsWith(qd, "季度")) {
          return relativeQuarter(i, qd + 2, sign);
        }
        int weekAt = next == c ? i + 2 : i + 1;
        int weeks = next == c ? 2 * sign : sign;
        RawTime wk = week(i, at(weekAt) == '个' ? weekAt + 1 : weekAt, weeks);
        if (wk != null) {
          return wk;
        }
        RawTime mw = relativeMonthOrWeek(i, sign);
        return mw != null ? mw : prefixed(i, i + 1, sign < 0 ? BEFORE : AFTER);
      }
      case '星':
      case '礼':
      case '周':
        return bareWeekday(i);
      case '过':
        return next == '去' ? prefixed(i, i + 2, PAST_WINDOW) : null;
      case '未':
        return next == '来' ? prefixed(i, i + 2, NEXT_WINDOW) : null;
      case '接':
        return startsWith(i + 1, "下来") ? prefixed(i, i + 3, NEXT_WINDOW) : null;
      case '最':
        return next == '近' ? prefixed(i, i + 2, PAST_WINDOW) : null;
      case '头':
        return firstMonths(i, i + 1);
      case '次':
      case '翌':
        if (c == '次' && next == '月' && "份的度".indexOf(at(i + 2)) < 0) {
          // 次月: the month after the one the text named
          return RawTime.of(Kind.SAME_MONTH, i, i + 2, sentence, null, null, -1, 1, false, false);
        }
        return next == '年' && "名数多层届".indexOf(at(i + 2)) < 0 ? afterYear(i, YearRef.SAME, 1, i + 2) : null;
      case '月':
        return bareMonthPeriod(i);
      case '当':
        if (next == '年') {
          // 当年年底, 当年9月: the year the text named; 当年的 is mostly 'back then'
          char after = at(i + 2);
          return "底初末内度年".indexOf(after) >= 0 || isDigitOrNumeral(after) || after == '，' || after == '、'
              ? afterYear(i, YearRef.SAME, 0, i + 2) : null;
        }
        return next == '月' && "份的".indexOf(at(i + 2)) < 0
            ? RawTime.of(Kind.SAME_MONTH, i, i + 2, sentence, null, null, -1, 0, false, false)
            : null;
      case '农':
      case '阴':
      case '闰':
      case '正':
      case '腊':
        return lunar(i);
      case '两':
      case '几':
      case '半':
      case '数':
      case '多':
        return amountLed(i);
      case '近':
        if ("最附接靠邻将".indexOf(at(i - 1)) >= 0) {
          return null;
        }
        return next == '日' || next == '期' ? recent(i, i + 2) : prefixed(i, i + 1, PAST_WINDOW);
      case '日':
        return next == '前' && !isDigitOrNumeral(at(i - 1))
                && "月假节生作念止周期当次翌同每终前末平昨今明本该此等旦之庆休两几数某".indexOf(at(i - 1)) < 0
            ? recent(i, i + 2)
            : null;
      case '年':
        return bareYearEnds(i);
      case '第':
        return bareQuarter(i, i + 1);
      case 'Q':
        return isAsciiAlnum(at(i - 1)) ? null : quarterQ(i, YearRef.NONE, 0, i);
      case '寒':
      case '暑': {
        int e = schoolHoliday(i);
        return e < 0 ? null : bareYearPeriod(i, e, periodFrom, periodTo, periodPrecision);
      }
      case '春':
      case '夏':
      case '秋':
      case '冬':
        if (c == '冬' && next == '月') {
          return lunar(i);
        }
        return next == '季' ? bareSeason(i) : null;
      case '同':
        if (next == '月' && "份的".indexOf(at(i + 2)) < 0 && "不相共如等".indexOf(at(i - 1)) < 0) {
          return RawTime.of(Kind.SAME_MONTH, i, i + 2, sentence, null, null, -1, 0, false, false);
        }
        if (next == '年' && "不相共如等".indexOf(at(i - 1)) < 0
            && "龄级代份纪限度轻华终会薪".indexOf(at(i + 2)) < 0) {
          return afterYear(i, YearRef.SAME, 0, i + 2);
        }
        return null;
      default:
        return null;
    }
  }


  /**
   * {@code 本季度}, {@code 上个季度} ending at {@code end}, with the quarter's 初 or 末 if one follows
   * ({@code 上季度末}: its last month), as {@link #quarter} reads them after a year.
   */
  private RawTime relativeQuarter(int start, int end, int quarters) {
    if (at(end) == '末' || at(end) == '初' && startOfNotAWord(end + 1)) {
      return counted(start, end + 1, Counted.quarterMonth(quarters, at(end) == '末'));
    }
    return counted(start, end, Counted.quarter(quarters));
  }

  /**
   * Days or years named one after another, as one span: {@code 今明两天}, {@code 明后两日},
   * {@code 今明后三天}, {@code 明后天} (tomorrow and the day after), {@code 今明两年}; the count, when
   * written, must be the number of words. Null for anything else ({@code 今明}, {@code 明后年}).
   */
  private RawTime adjacentDays(int i) {
    int first = a[i] == '今' ? 0 : 1;
    int last = first;
    int p = i + 1;
    while (last < 2 && at(p) == (last == 0 ? '明' : '后')) {
      last++;
      p++;
    }
    int words = last - first + 1;
    if (words < 2) {
      return null;
    }
    char unit;
    int end;
    Amount count = amountAt(p);
    if (count != null) {
      if (count.half() || count.lo() != words || count.hi() != words) {
        return null;
      }
      unit = at(count.end());
      end = count.end() + 1;
    } else if (words == 2 && first == 1 && (at(p) == '天' || at(p) == '日')) {
      // 明后天
      unit = at(p);
      end = p + 1;
    } else {
      return null;
    }
    if (unit == '年' && count != null) {
      return range(i, end, Point.of(YearRef.RELATIVE, first, 0, 0), Point.of(YearRef.RELATIVE, last, 0, 0), -1);
    }
    if (unit != '天' && unit != '日') {
      return null;
    }
    int f = first;
    int l = last;
    return counted(i, end, (d, t) -> Optional.of(Counted.span(d.plusDays(f), d.plusDays(l))));
  }

  // ---------------------------------------------------------------- words of the lexicon

  /** A word of {@code time-words} at {@code i}: now, a relative day, a relative part of a day, a part of a day and its clock. */
  private RawTime wordLed(int i) {
    TimeWords.Word w = WORDS.at(a, i);
    if (w == null) {
      return null;
    }
    int e = i + w.word().length();
    switch (w.kind()) {
      case DAY:
        if (w.word().startsWith("后") && "之此然以最其落随背今前".indexOf(at(i - 1)) >= 0
            || w.word().equals("前日") && (isDigitOrNumeral(at(i - 1)) || at(i - 1) == '年')) {
          return null;
        }
        return relativeDay(i, e, w.offset());
      case DAYPART:
        return counted(i, clockEnd(e), Counted.day(w.offset()));
      case YEAR:
        return afterYear(i, YearRef.RELATIVE, w.offset(), e);
      case NOW:
        // 而家, 宜家 and 依家 are Cantonese for now, and Mandarin text holds them inside other words (进而家庭, 宜家家居)
        if (w.word().endsWith("家") && (isCjk(at(i - 1)) || isCjk(at(e)))) {
          return null;
        }
        return counted(i, e, Counted.day(0));
      case PART: {
        int ce = clockEnd(e);
        return ce > e ? counted(i, ce, Counted.clock()) : null;
      }
      case ANCHORED:
        // 次日, 当天下午3点: a day counted from the one the text named last, with its clock if one follows
        return RawTime.of(Kind.SAME_DAY, i, w.word().endsWith("晚") ? clockEnd(e) : timeOfDay(e), sentence, null, null, -1,
            w.offset(), false, false);
      default:
        return null;
    }
  }

  // ---------------------------------------------------------------- named days

  /** A festival or solar term at {@code p}, in the year of {@code year} (which starts at {@code start}). */
  private RawTime festival(int start, Point year, int p) {
    Festivals.Name f = FESTIVALS.at(a, p);
    if (f == null || isDigitOrNumeral(at(p - 1)) && p == start) {
      return null;
    }
    int e = p + f.word().length();
    if (!f.alone() && year.yearRef() == YearRef.NONE) {
      // the mark may follow a closing quote: “五一”假期
      int m0 = pastClosingQuote(e);
      boolean marked = false;
      for (String m : FESTIVAL_MARKS) {
        if (startsWith(m0, m)) {
          marked = true;
          break;
        }
      }
      if (!marked || isCnNumeral(at(m0)) || isCjk(at(p - 1)) && p == start && "在于至到和、".indexOf(at(p - 1)) < 0) {
        return null;
      }
    }
    return named(start, timeOfDay(e), year, f.rule());
  }

  private RawTime named(int start, int end, Point year, RawTime.YearRule rule) {
    boolean setsContext = year.yearRef() == YearRef.STATED && !targetBefore(start);
    return new RawTime(Kind.NAMED, start, end, sentence, year, null, -1, 0, setsContext, false, rule, null);
  }

  private RawTime counted(int start, int end, RawTime.RefRule rule) {
    return new RawTime(Kind.COUNTED, start, end, sentence, null, null, -1, 0, false, false, null, rule);
  }

  /** {@code 农历八月十五}, {@code 正月初六}, {@code 闰四月初八}, {@code 腊月二十三}, {@code 正月}: a lunar day or month. */
  private RawTime lunar(int i) {
    return lunarAt(i, Point.of(YearRef.NONE, 0, 0, 0), i);
  }

  private RawTime lunarAt(int start, Point year, int i) {
    int p = i;
    boolean marked = false;
    if (startsWith(p, "农历") || startsWith(p, "阴历")) {
      p += 2;
      marked = true;
    }
    boolean leap = at(p) == '闰';
    if (leap) {
      p++;
    }
    int month;
    int me;
    if (at(p) == '正' && at(p + 1) == '月') {
      month = 1;
      me = p + 2;
    } else if ((at(p) == '腊' || at(p) == '冬') && at(p + 1) == '月') {
      month = at(p) == '腊' ? 12 : 11;
      me = p + 2;
    } else if (marked || leap) {
      int e = number(p);
      if (e < 0 || at(e) != '月' || val < 1 || val > 12) {
        return null;
      }
      month = val;
      me = e + 1;
    } else {
      return null;
    }
    int day = 0;
    int de = me;
    if (at(me) == '初') {
      int e = number(me + 1);
      if (e > 0 && val >= 1 && val <= 10) {
        day = val;
        de = e;
      }
    } else if (startsWith(me, "朔日")) {
      day = 1;
      de = me + 2;
    } else {
      int e = number(me);
      if (e > 0 && val >= 1 && val <= 30 && at(e) != '月') {
        day = val;
        de = at(e) == '日' || at(e) == '号' ? e + 1 : e;
      }
    }
    if (day == 0 && !marked && !leap && month != 1 && month != 12) {
      return null;
    }
    final int m = month;
    final int d = day;
    final boolean l = leap;
    RawTime.YearRule rule = d == 0
        ? y -> LunarCalendar.month(y, m, l)
        : y -> LunarCalendar.day(y, m, l, d).map(DateSpan::day);
    return named(start, d == 0 ? de : timeOfDay(de), year, rule);
  }

  /**
   * A decade from {@code start}, its {@code 年代} ending at {@code end}, maybe with 初, 中期 or 末
   * after it (the first, middle and last three or four years): in the century starting in year
   * {@code century} ({@code 上世纪80年代}), or without one ({@code 90年代}, {@code 八十年代}, century
   * -1) the last such decade that has begun by the reference's year.
   */
  private RawTime decade(int start, int end, int decade, int century) {
    int first = 0;
    int last = 9;
    if (at(end) == '初') {
      last = 3;
      end++;
    } else if (startsWith(end, "中期")) {
      first = 4;
      last = 6;
      end += 2;
    } else if (at(end) == '末') {
      first = 7;
      end += startsWith(end, "末期") ? 2 : 1;
    }
    if (century >= 0) {
      // 20世纪80年代, 1990年代: the years are written, as a plan's are
      return range(start, end, Point.of(YearRef.STATED, century + decade + first, 0, 0),
          Point.of(YearRef.STATED, century + decade + last, 0, 0), -1);
    }
    int f = first;
    int l = last;
    return counted(start, end, (d, t) -> {
      int from = century >= 0 ? century + decade : (d.getYear() / 100) * 100 + decade;
      if (century < 0 && from > d.getYear()) {
        from -= 100;
      }
      return Optional.of(new DateSpan(LocalDate.of(from + f, 1, 1), LocalDate.of(from + l, 12, 31),
          Precision.MULTI_YEAR));
    });
  }

  /** {@code 本世纪}, {@code 上世纪}, with 初, 中叶, 末 or {@code 90年代} ({@code 八十年代}). */
  private RawTime century(int start, int p, int offset) {
    // the 21st century is 2001-2100; its decades (本世纪20年代) are 2020-2029
    int base = 2000 + 100 * offset;
    int e = digitRun(p, 2);
    if (e < 0 && isCnNumeral(at(p))) {
      // 上世纪八十年代: the decade in numerals
      int ce = numeralRunEnd(p, 2);
      val = cnSmall(p, ce);
      e = val > 0 ? ce : -1;
    }
    if (e > 0 && startsWith(e, "年代") && val % 10 == 0) {
      return decade(start, e + 2, val, base);
    }
    int first = base + 1;
    int last = base + 100;
    int end = p;
    if (at(p) == '初') {
      last = base + 10;
      end = p + 1;
    } else if (startsWith(p, "中叶")) {
      first = base + 40;
      last = base + 60;
      end = p + 2;
    } else if (at(p) == '末') {
      first = base + 91;
      end = p + 1;
    }
    int f = first;
    int l = last;
    return counted(start, end, (d, t) -> Optional.of(
        new DateSpan(LocalDate.of(f, 1, 1), LocalDate.of(l, 12, 31), Precision.MULTI_YEAR)));
  }

  // ---------------------------------------------------------------- weeks and weekdays

  /** The length of 周, 星期 or 礼拜 at {@code p}, or 0. */
  private int weekWordAt(int p) {
    if (at(p) == '周') {
      return 1;
    }
    return startsWith(p, "星期") || startsWith(p, "礼拜") ? 2 : 0;
  }

  /**
   * After a prefix ({@code 这}, {@code 上上}, {@code 今个}) at {@code start}, a week word at {@code p}
   * and what follows: a weekday, 末, or nothing (the week itself).
   */
  private RawTime week(int start, int p, int weeks) {
    int w = weekWordAt(p);
    if (w == 0) {
      return null;
    }
    int q = p + w;
    char c = at(q);
    if (w == 1 && "期边围年刊转折长到全密报记岁薪".indexOf(c) >= 0) {
      return null;
    }
    int weekday = WEEKDAYS.indexOf(c);
    if (weekday >= 0 && c != '\0') {
      int from = Math.min(weekday, 6);
      int to = weekdayRangeTo(q, from);
      if (to >= 0) {
        return counted(start, timeOfDay(to >> 3), Counted.weekdays(weeks, from, to & 7));
      }
      return counted(start, timeOfDay(q + 1), Counted.weekday(weeks, from));
    }
    if (c == '末') {
      return counted(start, timeOfDay(q + 1), Counted.weekend(weeks));
    }
    if (w == 2 && isCjk(c) && "内里中的以前后，、。".indexOf(c) < 0 && weeks == 0) {
      return null;
    }
    return counted(start, q, Counted.week(weeks));
  }

  /**
   * After the weekday {@code from} at {@code q}, a range to a later day of the same week
   * ({@code 上周三到周五}, {@code 下周二至四}): that day (0 Monday .. 6 Sunday) in the low three bits,
   * the range's end above them; -1 for none.
   */
  private int weekdayRangeTo(int q, int from) {
    if (!isRangeSep(at(q + 1))) {
      return -1;
    }
    int r = sepEnd(q + 1);
    int p = r + weekWordAt(r);
    int last = WEEKDAYS.indexOf(at(p));
    return last < 0 || Math.min(last, 6) <= from ? -1 : (p + 1) << 3 | Math.min(last, 6);
  }

  /** {@code 星期三}, {@code 礼拜天}, {@code 周五} alone: the next such day, the reference's included. */
  private RawTime bareWeekday(int i) {
    int w = weekWordAt(i);
    if (w == 0 || NOT_BEFORE_WEEKDAY.indexOf(at(i - 1)) >= 0 || isAsciiDigit(at(i - 1))) {
      return null;
    }
    int q = i + w;
    int weekday = WEEKDAYS.indexOf(at(q));
    if (weekday < 0 || at(q) == '\0') {
      return null;
    }
    // 周一至周五 names working days, not a date
    int e = q + 1;
    if (isRangeSep(at(e)) && weekWordAt(sepEnd(e)) > 0) {
      skip = sepEnd(e) + weekWordAt(sepEnd(e)) + 1;
      return null;
    }
    if (at(e) == '、' && weekWordAt(e + 1) > 0 || at(e) == '和' || at(e) == '及') {
      return null;
    }
    return counted(i, timeOfDay(e), Counted.nextWeekday(Math.min(weekday, 6)));
  }

  // ---------------------------------------------------------------- counts of units


  private static final int BEFORE = 0;
  private static final int AFTER = 1;
  private static final int PAST_WINDOW = 2;
  private static final int NEXT_WINDOW = 3;

  /** A count: {@code end} just after it; {@code lo..hi} the numbers it may mean ({@code 十几}: 11..19, {@code 半}: 0). */
  private record Amount(int end, int lo, int hi, boolean half) {}

  /** A unit after a count; {@code half} for 个半月 or 一年半, {@code bareMonth} for 月 without 个. */
  private record UnitHit(int end, Counted.Unit unit, boolean half, boolean more, boolean bareMonth) {}

  private Amount amountAt(int p) {
    char c = at(p);
    int e = p;
    int v;
    if (isAsciiDigit(c)) {
      v = 0;
      while (e < n && isAsciiDigit(a[e])) {
        if (e - p == 3) {
          return null;
        }
        v = v * 10 + (a[e] - '0');
        e++;
      }
    } else if (c == '两') {
      v = 2;
      e = p + 1;
    } else if (c == '几' || c == '数') {
      return new Amount(p + 1, 2, 9, false);
    } else if (c == '多') {
      return new Amount(p + 1, 2, 10, false);
    } else if (c == '半') {
      return new Amount(p + 1, 0, 0, true);
    } else if (isCnNumeral(c)) {
      while (e < n && isCnNumeral(a[e])) {
        if (e - p == 3) {
          return null;
        }
        e++;
      }
      v = cnSmall(p, e);
      if (v < 0) {
        return null;
      }
    } else {
      return null;
    }
    if (v <= 0) {
      return null;
    }
    char x = at(e);
    if (x == '多' || x == '余' || x == '几') {
      if (v >= 10 && v % 10 == 0) {
        return new Amount(e + 1, v + 1, v + 9, false);
      }
      if (x == '几') {
        return null;
      }
    }
    return new Amount(e, v, v, false);
  }

  private UnitHit unitAt(int p, Amount amount) {
    int q = p;
    boolean measure = at(q) == '个';
    if (measure) {
      q++;
    }
    boolean more = false;
    if (at(q) == '多') {
      more = true;
      q++;
    }
    boolean half = false;
    if (at(q) == '半' && !amount.half()) {
      half = true;
      q++;
    }
    TimeWords.Word w = WORDS.at(a, q, TimeWords.Kind.UNIT);
    if (w == null) {
      return null;
    }
    String word = w.word();
    int e = q + word.length();
    if (word.equals("钟") && !measure) {
      return null;
    }
    if (word.equals("周") && (at(e) == '年' || at(e) == '岁')) {
      return null;
    }
    if (word.equals("年") && "级代度纪轻龄份初底末".indexOf(at(e)) >= 0) {
      return null;
    }
    if (word.equals("日") && isAsciiDigit(at(p - 1))) {
      return null;
    }
    boolean bareMonth = word.equals("月") && !measure;
    // 一年半, 两天半; 个 then 半 comes before the unit (三个半月), not after it
    if (at(e) == '半' && !half && !amount.half() && (!measure || w.unit() != Counted.Unit.MONTH)) {
      half = true;
      e++;
    }
    if (at(e) == '多' && !more) {
      more = true;
      e++;
    }
    return new UnitHit(e, w.unit(), half, more, bareMonth);
  }

  /** The rule for {@code amount} of {@code unit} in {@code mode}. */
  private static RawTime.RefRule rule(Amount amount, UnitHit unit, int mode) {
    int count = amount.hi() + (unit.more() ? 1 : 0);
    boolean half = amount.half() || unit.half();
    if (mode == PAST_WINDOW || mode == NEXT_WINDOW) {
      if (half) {
        count++;
      }
      return Counted.window(unit.unit(), Math.max(count, 1), mode == NEXT_WINDOW);
    }
    boolean after = mode == AFTER;
    if (half) {
      return switch (unit.unit()) {
        case YEAR -> Counted.partial(Counted.Unit.YEAR, count, Counted.Unit.MONTH, 6, after);
        case QUARTER -> Counted.partial(Counted.Unit.MONTH, 3 * count, Counted.Unit.MONTH, 1, after);
        case MONTH -> Counted.partial(Counted.Unit.MONTH, count, Counted.Unit.DAY, 15, after);
        case WEEK -> Counted.partial(Counted.Unit.WEEK, count, Counted.Unit.DAY, 3, after);
        case DAY -> Counted.partial(Counted.Unit.DAY, count, Counted.Unit.HOUR, 12, after);
        default -> Counted.units(unit.unit(), Math.max(count, 1), after);
      };
    }
    return Counted.units(unit.unit(), count, after);
  }

  /** A count, a unit and 前, 后 or 以来 after them: {@code 三天后}, {@code 两个月之前}, {@code 十多年来}. */
  private RawTime amountLed(int i) {
    if (at(i - 1) == '第' || at(i - 1) == '每' || isAsciiAlnum(at(i - 1))) {
      return null;
    }
    int k = i;
    while (k < n && (isAsciiDigit(a[k]) || isCnNumeral(a[k]) || a[k] == '两') && k - i < 4) {
      k++;
    }
    if ((CLASS[at(k == i ? i + 1 : k)] & UNIT_NEXT) == 0) {
      // most numbers count money, people or things: nothing of time follows them
      return null;
    }
    Amount amount = amountAt(i);
    if (amount == null) {
      return null;
    }
    UnitHit unit = unitAt(amount.end(), amount);
    if (unit == null || unit.bareMonth() && amount.lo() != amount.hi() || unit.bareMonth() && "两几数".indexOf(a[i]) < 0) {
      return null;
    }
    int e = unit.end();
    int mode;
    int end;
    if (startsWith(e, "之前") || startsWith(e, "以前")) {
      mode = BEFORE;
      end = e + 2;
    } else if (at(e) == '前' && at(e + 1) != '后') {
      mode = BEFORE;
      end = e + 1;
    } else if (startsWith(e, "之后") || startsWith(e, "以后")) {
      mode = AFTER;
      end = e + 2;
    } else if (at(e) == '后' && at(e + 1) != '来') {
      mode = AFTER;
      end = e + 1;
    } else if (startsWith(e, "以来")) {
      mode = PAST_WINDOW;
      end = e + 2;
    } else if (at(e) == '来' && "到自看说讲临源往".indexOf(at(e + 1)) < 0) {
      mode = PAST_WINDOW;
      end = e + 1;
    } else if (at(e) == '内' || startsWith(e, "之内") || startsWith(e, "以内")) {
      // 三天内完成整改: from the reference on, as 未来三天内
      mode = NEXT_WINDOW;
      end = at(e) == '内' ? e + 1 : e + 2;
    } else {
      return null;
    }
    if (amount.lo() == 0 && !amount.half() && !unit.half()) {
      return null;
    }
    return counted(i, end, rule(amount, unit, mode));
  }

  /** After 上, 前, 下, 后, 近, 过去, 未来... at {@code start}: a count and unit at {@code p} ({@code 上两周}, {@code 未来三年内}). */
  private RawTime prefixed(int start, int p, int mode) {
    if ((mode == BEFORE || mode == AFTER) && "的之以".indexOf(at(start - 1)) >= 0) {
      return null;
    }
    Amount amount = amountAt(p);
    if (amount == null || amount.lo() != amount.hi() && mode != PAST_WINDOW && mode != NEXT_WINDOW) {
      return null;
    }
    UnitHit unit = unitAt(amount.end(), amount);
    if (unit == null) {
      return null;
    }
    int e = unit.end();
    if (mode == PAST_WINDOW || mode == NEXT_WINDOW) {
      if (startsWith(e, "以内") || startsWith(e, "之内") || startsWith(e, "以来")) {
        e += 2;
      } else if (at(e) == '内' || at(e) == '里' || at(e) == '中' || mode == PAST_WINDOW && at(e) == '来') {
        e++;
      }
    } else if (isCjk(at(e)) && "名位个项批次轮届级强".indexOf(at(e)) >= 0) {
      return null;
    }
    return counted(start, e, rule(amount, unit, mode));
  }

  /** {@code 头两个月}: the first months of the year. */
  private RawTime firstMonths(int start, int p) {
    int e = firstMonthsEnd(p);
    return e < 0 ? null : bareYearPeriod(start, e, periodFrom, periodTo, periodPrecision);
  }

  /** {@code 两个月} at {@code p} just after 前 or 头: months 1..N of a year; sets the period. */
  private int firstMonthsEnd(int p) {
    Amount amount = amountAt(p);
    if (amount == null || amount.half() || amount.lo() != amount.hi() || amount.hi() < 1 || amount.hi() > 11) {
      return -1;
    }
    int e = amount.end();
    if (at(e) == '个') {
      e++;
    }
    if (at(e) != '月') {
      return -1;
    }
    return setPeriod(e + 1, 1, amount.hi(), amount.hi() <= 3 ? Precision.QUARTER : amount.hi() <= 6 ? Precision.HALF : Precision.YEAR);
  }

  // ---------------------------------------------------------------- numbers first

  private RawTime digitLed(int i) {
    int e = digitRunEnd(i);
    skip = e;
    if (!digitStartOk(i)) {
      return null;
    }
    int len = e - i;
    if (len == 4) {
      return yearLed(i, e, value(i, e));
    }
    if (e >= n || (CLASS[a[e]] & AFTER_NUMBER) == 0) {
      // most numbers count money, people or things: nothing of time follows them
      return null;
    }
    if (len <= 2) {
      RawTime r = smallNumberLed(i, e, value(i, e));
      return r != null ? r : amountLed(i);
    }
    if (len == 3 && a[e] == '年' && rocYearWithDay(e + 1)) {
      // 113年5月15日: a year of the Republic of China's calendar (1911 + N), as Taiwan's pages write them
      return afterYear(i, YearRef.STATED, 1911 + value(i, e), e + 1);
    }
    return len == 3 ? amountLed(i) : null;
  }

  /**
   * {@code 民国113年}, {@code 中华民国112年}, {@code 民国三十八年}, {@code 民国元年}: a year of the Republic of China's
   * calendar (1912 is its first) from {@code start} (or the 中华 before it), the number at {@code p}.
   */
  private RawTime republicYear(int start, int p) {
    int from = start >= 2 && a[start - 2] == '中' && a[start - 1] == '华' ? start - 2 : start;
    int e;
    int year;
    if (at(p) == '元' && at(p + 1) == '年') {
      e = p + 1;
      year = 1;
    } else if (isAsciiDigit(at(p))) {
      e = digitRunEnd(p);
      year = e - p <= 3 ? value(p, e) : -1;
    } else {
      // 民国三十八年; written digit by digit, 民国一一三年
      e = numeralRunEnd(p, 3);
      year = e > p ? cnSmall(p, e) : -1;
      if (year < 0 && e - p == 3) {
        year = cnDigits(p, e);
      }
    }
    if (year < 1 || year > 200 || at(e) != '年') {
      return null;
    }
    return afterYear(from, YearRef.STATED, 1911 + year, e + 1);
  }

  /**
   * Whether a month and a day follow at {@code p} ({@code 5月15日}): only then is a three-digit
   * number before 年 taken for a year of the Republic of China's calendar, which a count never is
   * ({@code 建党100年}).
   */
  private boolean rocYearWithDay(int p) {
    int me = digitRun(p, 2);
    if (me < 0 || at(me) != '月' || val < 1 || val > 12) {
      return false;
    }
    int de = digitRun(me + 1, 2);
    return de > 0 && (at(de) == '日' || at(de) == '号') && val >= 1 && val <= 31;
  }

  /** A number in Chinese numerals at {@code i}: a year, a month, a quarter or a clock time, else a count of time. */
  private RawTime numeralLed(int i) {
    int e = numeralRunEnd(i, n);
    skip = e;
    if (e - i >= 2 && a[e - 1] == '五') {
      RawTime plan = planPeriod(i, e);
      if (plan != null) {
        return plan;
      }
    }
    if (e == n || (CLASS[a[e]] & AFTER_NUMBER) == 0) {
      // most numerals are words' own (统一, 一批, 进一步): nothing of time follows them
      return null;
    }
    RawTime r = numeralForms(i, e);
    return r != null ? r : amountLed(i);
  }

  /**
   * A five-year plan's period, the numerals from {@code i} to {@code e} ending in 五 ({@code 十四五}
   * 2021-2025, {@code 九五} 1996-2000), read only before 时期, 期间, 以来 or 规划期 (the whole plan),
   * 初 or 初期 (its first two years), 中期 (its middle year), 末, 末期 or 期末 (its last year), maybe
   * after a closing quote ({@code “十四五”时期}); alone, 十四五 mostly names a plan's document.
   */
  private RawTime planPeriod(int i, int e) {
    int number = cnSmall(i, e - 1);
    if (number < 1 || number > 16 || e - i == 2 && a[i] == '十') {
      // 十五 alone is fifteen
      return null;
    }
    // the first two plans ran 1953-1962; the third began in 1966, after three years of readjustment
    int first = number == 1 ? 1953 : number == 2 ? 1958 : 1966 + 5 * (number - 3);
    int p = pastClosingQuote(e);
    int from = first;
    int to = first + 4;
    int end;
    if (startsWith(p, "时期") || startsWith(p, "期间") || startsWith(p, "以来") || startsWith(p, "规划期")) {
      end = e;
    } else if (startsWith(p, "初期") || at(p) == '初') {
      to = first + 1;
      end = p + (at(p + 1) == '期' ? 2 : 1);
    } else if (startsWith(p, "中期")) {
      from = to = first + 2;
      end = p + 2;
    } else if (startsWith(p, "期末") || startsWith(p, "末期") || at(p) == '末') {
      from = first + 4;
      end = p + (at(p) == '期' || at(p + 1) == '期' ? 2 : 1);
    } else {
      return null;
    }
    // the years are written, if in a plan's name: a range of stated years, which sets no page year
    return range(i, end, Point.of(YearRef.STATED, from, 0, 0), Point.of(YearRef.STATED, to, 0, 0), -1);
  }

  /** The forms of {@link #numeralLed} but the count, for the numerals from {@code i} to {@code e}. */
  private RawTime numeralForms(int i, int e) {
    int len = e - i;
    if (len == 4 && at(e) == '年') {
      int y = cnYear(i);
      if (y >= 1900 && y <= 2100) {
        return afterYear(i, YearRef.STATED, y, e + 1);
      }
      return null;
    }
    if (len > 3) {
      return null;
    }
    if (len == 2 && at(e) == '年' && cnDigit(a[i]) >= 0 && cnDigit(a[i + 1]) >= 0 && !isCnNumeral(at(i - 1))) {
      // 八五年, 〇八年: a year written short
      return afterYear(i, YearRef.SHORT, 10 * cnDigit(a[i]) + cnDigit(a[i + 1]), e + 1);
    }
    int v = cnSmall(i, e);
    if (v < 0) {
      return null;
    }
    if (v >= 10 && v % 10 == 0 && startsWith(e, "年代")) {
      return decade(i, e + 2, v, -1);
    }
    if (at(e) == '点' || at(e) == '时') {
      RawTime clock = bareClock(i, e);
      if (clock != null) {
        return clock;
      }
    }
    if (v == 0) {
      return null;
    }
    if (at(e) == '月' && v <= 12 && at(e + 1) != '度' && "统唯同万之第单专".indexOf(at(i - 1)) < 0) {
      return monthBody(i, YearRef.NONE, 0, v, e + 1);
    }
    if (at(e) == '季' && at(e + 1) == '度' && v <= 4 && at(i - 1) != '每') {
      return bareQuarter(i, i);
    }
    return null;
  }

  private RawTime yearLed(int i, int e, int y) {
    if (y < 1900 || y > 2100) {
      return null;
    }
    char c = at(e);
    if (c == '年' && at(e + 1) == '代' && y % 10 == 0) {
      // 1990年代: the decade, not the year
      return decade(i, e + 2, y % 100, y - y % 100);
    }
    if (c == '年') {
      return afterYear(i, YearRef.STATED, y, e + 1);
    }
    if (isRangeSep(c)) {
      int q = sepEnd(e);
      int e2 = digitRun(q, 4);
      if (e2 - q == 4 && at(e2) == '年' && val > y && val <= 2100) {
        int end = at(e2 + 1) == '度' ? e2 + 2 : e2 + 1;
        return range(i, end, Point.of(YearRef.STATED, y, 0, 0), Point.of(YearRef.STATED, val, 0, 0), -1);
      }
      if (e2 - q == 4 && val == y + 1 && startsWith(e2, "学年")) {
        // 2023—2024学年: a school year, September to August
        return range(i, e2 + 2, Point.of(YearRef.STATED, y, 9, 0), Point.of(YearRef.STATED, val, 8, 0), -1);
      }
    }
    if (c == '-' || c == '/' || c == '.') {
      RawTime r = numericDate(i, e, y, c);
      if (r != null) {
        return r;
      }
    }
    if (c == 'Q') {
      return quarterQ(i, YearRef.STATED, y, e);
    }
    if (isCjk(c) && EDITION_STOP.indexOf(c) < 0 && "第〔[【".indexOf(at(i - 1)) < 0) {
      // An edition: 2022世界人工智能大会 states the year the page is about.
      return point(i, e, Point.of(YearRef.STATED, y, 0, 0));
    }
    return null;
  }

  /** {@code 2021-02-20}, {@code 2021/2/19}, {@code 2021.2.19}, with an optional clock time. */
  private RawTime numericDate(int i, int e, int y, char sep) {
    int me = digitRun(e + 1, 2);
    if (me < 0 || at(me) != sep) {
      return null;
    }
    int m = val;
    int de = digitRun(me + 1, 2);
    if (de < 0) {
      return null;
    }
    int d = val;
    char after = at(de);
    if (after == 'T' && validDay(m, d, y) && clockEnd(de + 1) > de + 1) {
      // ISO 8601: 2024-03-08T09:30:00, an offset or Z after it
      return point(i, isoZoneEnd(clockEnd(de + 1)), Point.of(YearRef.STATED, y, m, d));
    }
    if (isRangeSep(after) && !(sep == '-' && after == '-') && validDay(m, d, y)) {
      // 2024.3.8-2024.3.10, 2024/3/8—3/10, 2024.3.8-10: a range of numeric dates
      RawTime r = numericRangeEnd(i, de, y, m, d, sep);
      if (r != null) {
        return r;
      }
    }
    if (isAsciiLetter(after) || ("-/.".indexOf(after) >= 0 && isAsciiAlnum(at(de + 1)))) {
      return null;
    }
    if (!validDay(m, d, y)) {
      skip = de;
      return null;
    }
    int end = clock(de, true);
    return point(i, end, Point.of(YearRef.STATED, y, m, d));
  }

  /**
   * The range of numeric dates from {@code y.m.d} at {@code i}, a range's separator at {@code sepAt}
   * and its end: a whole date ({@code 2024.3.10}), a month and day ({@code 3.10}) or a day
   * ({@code 10}, {@code 10日}) written with the same separator, later than the first; else null.
   */
  private RawTime numericRangeEnd(int i, int sepAt, int y, int m, int d, char sep) {
    int p = sepEnd(sepAt);
    int e1 = digitRun(p, 4);
    if (e1 < 0) {
      return null;
    }
    int first = val;
    int y2 = y;
    int m2 = m;
    int d2;
    int end;
    if (e1 - p == 4 && at(e1) == sep) {
      int me = digitRun(e1 + 1, 2);
      if (me < 0 || at(me) != sep) {
        return null;
      }
      m2 = val;
      end = digitRun(me + 1, 2);
      if (end < 0) {
        return null;
      }
      y2 = first;
      d2 = val;
    } else if (e1 - p <= 2 && at(e1) == sep) {
      end = digitRun(e1 + 1, 2);
      if (end < 0) {
        return null;
      }
      m2 = first;
      d2 = val;
    } else if (e1 - p <= 2 && (at(e1) == '日' || at(e1) == '号')) {
      end = e1 + 1;
      d2 = first;
    } else if (e1 - p <= 2 && (CLASS[at(e1)] & UNIT_NEXT) == 0 && "点时万亿%".indexOf(at(e1)) < 0) {
      // not 2024.3.8至10个工作日
      end = e1;
      d2 = first;
    } else {
      return null;
    }
    if (isAsciiAlnum(at(end)) || "-/.:：".indexOf(at(end)) >= 0 && isAsciiDigit(at(end + 1)) || !validDay(m2, d2, y2)
        || y2 * 10000 + m2 * 100 + d2 <= y * 10000 + m * 100 + d) {
      return null;
    }
    return range(i, end, Point.of(YearRef.STATED, y, m, d), Point.of(YearRef.STATED, y2, m2, d2), sepAt);
  }

  /** Just past a UTC offset ({@code +08:00}, {@code Z}) after an ISO clock time ending at {@code p}. */
  private int isoZoneEnd(int p) {
    if (at(p) == 'Z') {
      return p + 1;
    }
    if ((at(p) == '+' || at(p) == '-') && isAsciiDigit(at(p + 1)) && isAsciiDigit(at(p + 2))) {
      int q = p + 3;
      if (at(q) == ':' && isAsciiDigit(at(q + 1)) && isAsciiDigit(at(q + 2))) {
        return q + 3;
      }
      return q;
    }
    return p;
  }

  private RawTime smallNumberLed(int i, int e, int v) {
    char c = at(e);
    if (c == '年' && e - i == 2 && digitRun(e + 1, 2) > 0 && at(digitRunEnd(e + 1)) == '月' && val >= 1 && val <= 12) {
      // 19年6月: a year written short, trusted only with its month
      return afterYear(i, YearRef.SHORT, v, e + 1);
    }
    if (startsWith(e, "年代") && e - i == 2 && v % 10 == 0) {
      return decade(i, e + 2, v, -1);
    }
    if (startsWith(e, "世纪") && v >= 15 && v <= 22) {
      return century(i, e + 2, v - 21);
    }
    if ((c == '/' || c == '.') && isAsciiDigit(at(e + 1))) {
      RawTime r = dayMonthYear(i, e, v, c);
      if (r != null) {
        return r;
      }
    }
    if ((c == '·' || c == '•' || c == '・') && v >= 1 && v <= 12) {
      // 8·15, 3·15: a day named by its month and day
      int de = digitRun(e + 1, 2);
      if (de > 0 && !isAsciiAlnum(at(de)) && at(de) != '·' && validDay(v, val, 0)) {
        return point(i, de, Point.of(YearRef.NONE, 0, v, val));
      }
    }
    if (":：点时pPaA".indexOf(c) >= 0) {
      RawTime clock = bareClock(i, e);
      if (clock != null) {
        return clock;
      }
    }
    if (c == '月') {
      return v >= 1 && v <= 12 ? monthBody(i, YearRef.NONE, 0, v, e + 1) : null;
    }
    if (isRangeSep(c)) {
      return monthRange(i, YearRef.NONE, 0, v, e);
    }
    if (c == '、') {
      // 5、6月份: months listed one after another
      return monthList(i, YearRef.NONE, 0, v, e);
    }
    if (c == '日' && v >= 1 && v <= 31) {
      char x = at(e + 1);
      if (x == '内' || x == '游' || startsWith(e + 1, "以内") || startsWith(e + 1, "之内")) {
        return null;
      }
      int end = timeOfDay(e + 1);
      return RawTime.of(Kind.BARE_DAY, i, end, sentence, Point.of(YearRef.NONE, 0, 0, v), null, -1, 0, false, futureBefore(i));
    }
    if (c == '季' && at(e + 1) == '度' && v >= 1 && v <= 4) {
      return bareQuarter(i, i);
    }
    return null;
  }


  /** Where the digits at {@code p} end. */
  private int digitRunEnd(int p) {
    int e = p;
    while (e < n && isAsciiDigit(a[e])) {
      e++;
    }
    return e;
  }

  /** Just past a closing quote at {@code p}, else {@code p}: a mark may follow a quoted name ({@code “十四五”时期}). */
  private int pastClosingQuote(int p) {
    return "”\"」』’".indexOf(at(p)) >= 0 ? p + 1 : p;
  }

  /** The end of the Chinese numerals from {@code p}, at most {@code max} of them. */
  private int numeralRunEnd(int p, int max) {
    int e = p;
    while (e < n && e - p < max && isCnNumeral(a[e])) {
      e++;
    }
    return e;
  }

  /**
   * {@code 11.10.2014} (day.month.year, the dotted European order) and {@code 10/31/1974} or
   * {@code 3/3/15} (slashes: month first as in the US, taken only when no other reading fits:
   * the second number exceeds 12 or equals the first).
   */
  private RawTime dayMonthYear(int i, int e, int first, char sep) {
    int se = digitRun(e + 1, 2);
    if (se < 0 || at(se) != sep) {
      return null;
    }
    int second = val;
    int ye = digitRunEnd(se + 1);
    int len = ye - se - 1;
    if (!(len == 4 || len == 2 && sep == '/') || isAsciiAlnum(at(ye)) || (at(ye) == sep || at(ye) == '.') && isAsciiDigit(at(ye + 1))) {
      return null;
    }
    int y = value(se + 1, ye);
    int month;
    int day;
    if (sep == '.') {
      day = first;
      month = second;
    } else if (second > 12 || second == first) {
      month = first;
      day = second;
    } else {
      return null;
    }
    if (len == 2) {
      // a two-digit year: the nearer century, as the slash form is written in recent dates
      y = y <= 30 ? 2000 + y : 1900 + y;
    }
    if (y < 1900 || y > 2100 || !validDay(month, day, y)) {
      return null;
    }
    return point(i, clock(ye, true), Point.of(YearRef.STATED, y, month, day));
  }

  /** A clock time with no day before it ({@code 15:30}, {@code 下午3:15} without its part, {@code 三点十五}): the reference's day. */
  private RawTime bareClock(int i, int e) {
    int ce = clockEnd(i);
    if (ce <= i) {
      return null;
    }
    char h = at(e);
    boolean colon = h == ':' || h == '：';
    boolean ampm = h == 'p' || h == 'P' || h == 'a' || h == 'A';
    if (colon) {
      // ratios and scores (比例1:50, 以3:1获胜) are not times
      if ("比以为分".indexOf(at(i - 1)) >= 0 || isAsciiDigit(at(ce)) || at(ce) == ':') {
        return null;
      }
    } else if (!ampm) {
      boolean minutes = ce > e + 1;
      char before = at(i - 1);
      boolean partOfDay = "晚早午凌夜".indexOf(before) >= 0;
      boolean beforeOk = !isCjk(before) || partOfDay || "于在至到从约".indexOf(before) >= 0;
      // after 早 or 晚 (早8点准时发车) the hour is a clock whatever follows it
      boolean afterOk = partOfDay || !isCjk(at(ce)) || "钟整前后左到至起开许的召举".indexOf(at(ce)) >= 0;
      // 三点意见, 提出两点: points of a list, not hours
      if (!(minutes ? "第这那几每".indexOf(before) < 0 : beforeOk && afterOk)) {
        return null;
      }
    }
    return counted(i, ce, Counted.clock());
  }

  /**
   * Where a clock time at {@code p} ends ({@code p} when there is none): {@code 15:30[:00]},
   * {@code 3pm}, {@code 3:15PM}, {@code 3点}, {@code 三点十五(分)}, {@code 三点零五}, {@code 三点半},
   * {@code 三点一刻}, {@code 9时20分}, and the Cantonese {@code 三点踏三} and {@code 三点三个字} (5 minutes a 字).
   * Pure: it reads, and changes nothing.
   */
  private int clockEnd(int p) {
    int he = p;
    int hour;
    boolean digits = isAsciiDigit(at(p));
    if (digits) {
      he = digitRunEnd(p);
      if (he - p > 2) {
        return p;
      }
      hour = value(p, he);
    } else if (at(p) == '两' && (at(p + 1) == '点' || at(p + 1) == '时')) {
      // 下午两点: two o'clock
      he = p + 1;
      hour = 2;
    } else {
      he = numeralRunEnd(p, 3);
      if (he == p) {
        return p;
      }
      hour = cnSmall(p, he);
    }
    if (hour < 0 || hour > 24) {
      return p;
    }
    char u = at(he);
    if (digits && (u == ':' || u == '：')) {
      int me = digitRunEnd(he + 1);
      if (me - he - 1 != 2 || value(he + 1, me) > 59) {
        return p;
      }
      if ((at(me) == ':' || at(me) == '：') && digitRunEnd(me + 1) - me - 1 == 2) {
        me = digitRunEnd(me + 1);
      }
      return ampmEnd(me);
    }
    if (digits && ampmEnd(he) > he && hour >= 1 && hour <= 12) {
      return ampmEnd(he);
    }
    if (u != '点' && u != '时') {
      return p;
    }
    int e = he + 1;
    if (at(e) == '钟') {
      e++;
    }
    if (at(e) == '半' || at(e) == '整') {
      return e + 1;
    }
    if (startsWith(e, "一刻") || startsWith(e, "三刻")) {
      return e + 2;
    }
    int q = e;
    if (at(q) == '踏' || at(q) == '搭' || at(q) == '零' || at(q) == '〇') {
      if (at(q + 1) == '半' && at(q) != '零') {
        return q + 2;
      }
      q++;
    }
    int me = q;
    if (isAsciiDigit(at(q))) {
      me = digitRunEnd(q);
      if (me - q > 2 || value(q, me) > 59) {
        return e;
      }
    } else {
      me = numeralRunEnd(q, 3);
      if (me == q || cnSmall(q, me) < 0 || cnSmall(q, me) > 59) {
        return e;
      }
    }
    if (at(me) == '分') {
      return me + 1;
    }
    if (startsWith(me, "个字")) {
      return me + 2;
    }
    // 三点十五 with no unit is a time only when nothing counts on after it (三点十五个)
    return isCjk(at(me)) && "个名项条万千百亿".indexOf(at(me)) >= 0 ? e : me;
  }

  /** Past an am/pm mark at {@code p} ({@code pm}, {@code PM}, {@code p}), or {@code p}. */
  private int ampmEnd(int p) {
    char c = at(p);
    if (c != 'a' && c != 'p' && c != 'A' && c != 'P') {
      return p;
    }
    char m = at(p + 1);
    if (m == 'm' || m == 'M') {
      return isAsciiLetter(at(p + 2)) ? p : p + 2;
    }
    return isAsciiLetter(m) ? p : p + 1;
  }

  // ---------------------------------------------------------------- year, month, day

  /** What may follow a year at {@code p} (just after 年 or 今年): a month, a period, 度, or a range. */
  private RawTime afterYear(int start, YearRef ref, int y, int p) {
    if (ref == YearRef.STATED && isRangeSep(at(p))) {
      int q = sepEnd(p);
      int ye = yearNumber(q);
      if (ye > 0 && at(ye) == '年' && val > y && val <= 2100) {
        int end = at(ye + 1) == '度' ? ye + 2 : ye + 1;
        return range(start, end, Point.of(ref, y, 0, 0), Point.of(ref, val, 0, 0), p);
      }
    }
    int me = number(p);
    if (me > 0) {
      int m = val;
      if (at(me) == '月') {
        if (m < 1 || m > 12) {
          skip = me + 1;
          return null;
        }
        return monthBody(start, ref, y, m, me + 1);
      }
      if (isRangeSep(at(me))) {
        RawTime r = monthRange(start, ref, y, m, me);
        if (r != null) {
          return r;
        }
      }
      if (at(me) == '、') {
        RawTime r = monthList(start, ref, y, m, me);
        if (r != null) {
          return r;
        }
      }
    }
    if (at(p) == '元' && at(p + 1) == '月') {
      // 2024年元月: January
      return monthBody(start, ref, y, 1, p + 2);
    }
    Point year = Point.of(ref, y, 0, 0);
    if ((CLASS[at(p)] & (FESTIVAL | TRIGGER | WORD | GATE)) != 0) {
      RawTime f = (pairFlagsAt(p) & FESTIVAL) != 0 ? festival(start, year, p) : null;
      if (f == null && "农阴正腊闰".indexOf(at(p)) >= 0) {
        f = lunarAt(start, year, p);
      }
      if (f != null) {
        return f;
      }
    }
    if (ref == YearRef.STATED && at(p) == '第') {
      RawTime week = isoWeek(start, y, p);
      if (week != null) {
        return week;
      }
    }
    int pe = yearPeriod(p);
    if (pe > 0) {
      return point(start, pe, year.withPeriod(periodFrom, periodTo, periodPrecision));
    }
    return point(start, at(p) == '度' ? p + 1 : p, year);
  }

  /**
   * {@code 2022年第10周} at {@code start}, 第 at {@code p}: the week so numbered in ISO 8601 (weeks run
   * Monday to Sunday; the first holds January 4), which may begin in the year before; else null.
   */
  private RawTime isoWeek(int start, int y, int p) {
    int e = number(p + 1);
    if (e < 0 || at(e) != '周' || at(e + 1) == '年' || at(e + 1) == '岁') {
      return null;
    }
    LocalDate jan4 = LocalDate.of(y, 1, 4);
    if (val < 1 || val > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
      return null;
    }
    LocalDate monday = jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, val).with(DayOfWeek.MONDAY);
    LocalDate sunday = monday.plusDays(6);
    Point from = Point.of(YearRef.STATED, monday.getYear(), monday.getMonthValue(), monday.getDayOfMonth());
    return range(start, e + 1, from.withPeriod(0, 0, Precision.WEEK),
        Point.of(YearRef.STATED, sunday.getYear(), sunday.getMonthValue(), sunday.getDayOfMonth()), -1);
  }

  /**
   * {@code 2024年5、6月}, {@code 2024年4、5、6月}: months that follow one another, listed, as one
   * span; null for a list with a gap ({@code 3、6、9月}), which no span covers.
   */
  private RawTime monthList(int start, YearRef ref, int y, int m1, int p) {
    if (m1 < 1 || m1 >= 12) {
      return null;
    }
    int firstEnd = p;
    int last = m1;
    while (at(p) == '、') {
      int e = number(p + 1);
      if (e < 0 || val != last + 1) {
        return null;
      }
      last = val;
      p = e;
    }
    if (at(p) != '月') {
      return null;
    }
    int end = at(p + 1) == '份' ? p + 2 : p + 1;
    return range(start, end, Point.of(ref, y, m1, 0), Point.of(ref, y, last, 0), firstEnd);
  }

  /** {@code 1-6月}: the number at {@code start} is a month because the one after the separator is. */
  private RawTime monthRange(int start, YearRef ref, int y, int m1, int sepAt) {
    int q = sepEnd(sepAt);
    int me = number(q);
    if (me < 0 || at(me) != '月' || m1 < 1 || val <= m1 || val > 12) {
      return null;
    }
    int end = at(me + 1) == '份' ? me + 2 : me + 1;
    return range(start, end, Point.of(ref, y, m1, 0), Point.of(YearRef.NONE, 0, val, 0), -1);
  }

  /** What follows a month at {@code p} (just after 月): a day, a day range, a period or a month range. */
  private RawTime monthBody(int start, YearRef ref, int y, int m, int p) {
    int yearForCheck = ref == YearRef.STATED ? y : 0;
    if (at(p) == '份') {
      // 3月份, 3月份上旬
      int pe = monthPeriod(p + 1);
      return pe > 0 ? point(start, pe, Point.of(ref, y, m, 0).withPeriod(periodFrom, periodTo, periodPrecision))
          : point(start, p + 1, Point.of(ref, y, m, 0));
    }
    int de = number(p);
    if (de > 0) {
      int d = val;
      char u = at(de);
      if (u == '日' || u == '号') {
        if (!validDay(m, d, yearForCheck)) {
          skip = de + 1;
          return null;
        }
        Point from = Point.of(ref, y, m, d);
        int q = de + 1;
        if (isRangeSep(at(q))) {
          RawTime r = dayRangeTail(start, from, q);
          if (r != null) {
            return r;
          }
        }
        return point(start, timeOfDay(q), from);
      }
      if (isRangeSep(u) && isAsciiDigit(at(p))) {
        // 9月1—3日: the first day borrows its unit from the second
        int de2 = digitRun(sepEnd(de), 2);
        int d2 = val;
        if (de2 > 0 && (at(de2) == '日' || at(de2) == '号')
            && validDay(m, d, yearForCheck) && validDay(m, d2, yearForCheck) && d2 > d) {
          return range(start, timeOfDay(de2 + 1), Point.of(ref, y, m, d), Point.of(YearRef.NONE, 0, 0, d2), -1);
        }
        int m2 = d2;
        if (de2 > 0 && at(de2) == '月' && m2 > m && m2 <= 12 && validDay(m, d, yearForCheck)) {
          // 10月17—11月2日: the first day borrows its unit from the second, in a later month
          int de3 = digitRun(de2 + 1, 2);
          if (de3 > 0 && (at(de3) == '日' || at(de3) == '号') && validDay(m2, val, yearForCheck)) {
            return range(start, timeOfDay(de3 + 1), Point.of(ref, y, m, d), Point.of(YearRef.NONE, 0, m2, val), -1);
          }
        }
      }
    }
    Point month = Point.of(ref, y, m, 0);
    RawTime ordinal = ordinalWeekday(start, Point.of(ref, y, 0, 0), m, p);
    if (ordinal != null) {
      return ordinal;
    }
    int pe = monthPeriod(p);
    if (pe > 0) {
      return point(start, pe, month.withPeriod(periodFrom, periodTo, periodPrecision));
    }
    if (isRangeSep(at(p))) {
      // 3月至5月, 2021年9月至2022年3月
      int q = sepEnd(p);
      YearRef ref2 = YearRef.NONE;
      int y2 = 0;
      int ye = yearNumber(q);
      if (ye > 0 && at(ye) == '年') {
        ref2 = YearRef.STATED;
        y2 = val;
        q = ye + 1;
      }
      int me = number(q);
      if (me > 0 && at(me) == '月' && val >= 1 && val <= 12) {
        int m2 = val;
        boolean later = ref2 == YearRef.STATED
            ? ref == YearRef.STATED && (y2 > y || (y2 == y && m2 > m))
            : m2 > m;
        if (later) {
          int end = at(me + 1) == '份' ? me + 2 : me + 1;
          return range(start, end, month, Point.of(ref2, y2, m2, 0), p);
        }
      }
    }
    return point(start, p, month);
  }


  /** {@code 第二个星期日}, {@code 的第一个周一}, {@code 最后一个星期五} after month {@code m} at {@code p}. */
  private RawTime ordinalWeekday(int start, Point year, int m, int p) {
    int q = at(p) == '的' ? p + 1 : p;
    int nth;
    if (startsWith(q, "最后一个")) {
      nth = -1;
      q += 4;
    } else if (at(q) == '第') {
      int e = number(q + 1);
      if (e < 0 || val < 1 || val > 5 || at(e) != '个') {
        return null;
      }
      nth = val;
      q = e + 1;
    } else {
      return null;
    }
    int w = weekWordAt(q);
    int weekday = w == 0 ? -1 : WEEKDAYS.indexOf(at(q + w));
    if (weekday < 0 || at(q + w) == '\0') {
      return null;
    }
    java.time.DayOfWeek dow = java.time.DayOfWeek.of(Math.min(weekday, 6) + 1);
    int k = nth;
    RawTime.YearRule rule = yr -> {
      java.time.LocalDate d = Festivals.nthWeekday(yr, m, k, dow);
      return d.getMonthValue() == m ? Optional.of(DateSpan.day(d)) : Optional.empty();
    };
    return named(start, timeOfDay(q + w + 1), year, rule);
  }

  /** After a day at {@code q} (on the separator): {@code —3日}, {@code 至9月2日}, {@code 至2022年1月2日}. */
  private RawTime dayRangeTail(int start, Point from, int q) {
    int r = sepEnd(q);
    YearRef ref2 = YearRef.NONE;
    int y2 = 0;
    int ye = yearNumber(r);
    if (ye > 0 && at(ye) == '年') {
      ref2 = YearRef.STATED;
      y2 = val;
      r = ye + 1;
    }
    int e1 = number(r);
    if (e1 < 0) {
      return null;
    }
    int v1 = val;
    int m2 = 0;
    int d2;
    int e;
    if (at(e1) == '月') {
      int e2 = number(e1 + 1);
      if (e2 < 0 || (at(e2) != '日' && at(e2) != '号')) {
        return null;
      }
      m2 = v1;
      d2 = val;
      e = e2 + 1;
      if (m2 < 1 || m2 > 12 || !validDay(m2, d2, y2)) {
        return null;
      }
    } else if ((at(e1) == '日' || at(e1) == '号') && ref2 == YearRef.NONE) {
      d2 = v1;
      e = e1 + 1;
      if (d2 <= from.day() || !validDay(from.month(), d2, 0)) {
        return null;
      }
    } else {
      return null;
    }
    return range(start, timeOfDay(e), from, Point.of(ref2, y2, m2, d2), q);
  }

  // ---------------------------------------------------------------- periods

  private int setPeriod(int end, int from, int to, Precision precision) {
    periodFrom = from;
    periodTo = to;
    periodPrecision = precision;
    return end;
  }

  /**
   * {@code 月底}, {@code 月初}, {@code 月末} at the 月 {@code i}, with no month before it: that period
   * of the month the sentence named last, else of the reference's month. Not after a number or a
   * word that makes it part of another ({@code 每月底}, {@code 岁月}).
   */
  private RawTime bareMonthPeriod(int i) {
    char prev = at(i - 1);
    if (isDigitOrNumeral(prev) || "每个上下本当同前次该正腊冬岁年闰".indexOf(prev) >= 0) {
      return null;
    }
    int e = monthPeriod(i + 1);
    return e < 0 ? null : sameMonthPeriod(i, e);
  }

  /** The period {@link #monthPeriod} just read, from {@code start} to {@code end}, of the month the sentence named last. */
  private RawTime sameMonthPeriod(int start, int end) {
    Point period = NO_YEAR.withPeriod(periodFrom, periodTo, periodPrecision);
    return RawTime.of(Kind.SAME_MONTH, start, end, sentence, period, null, -1, 0, false, false);
  }

  /** A period of a month at {@code p}: 上旬, 中下旬, 初, 底, 末. Returns its end or -1. */
  private int monthPeriod(int p) {
    if (at(p) == '第' && at(p + 2) == '周') {
      // 5月第二周: days 8 to 14, a week counted from the month's first day
      int w = isAsciiDigit(at(p + 1)) ? at(p + 1) - '0' : cnDigit(at(p + 1));
      return w >= 1 && w <= 4 ? setPeriod(p + 3, 7 * w - 6, 7 * w, Precision.WEEK) : -1;
    }
    if (at(p + 1) == '半' && at(p + 2) == '月' && (at(p) == '上' || at(p) == '下') && at(p + 3) != '刊') {
      // 上半月 days 1 to 15, 下半月 16 to the month's end (not 上半月刊, a magazine's issue)
      return at(p) == '上' ? setPeriod(p + 3, 1, 15, Precision.MONTH) : setPeriod(p + 3, 16, 31, Precision.MONTH);
    }
    if (startsWith(p, "中下旬")) {
      return setPeriod(p + 3, 11, 31, Precision.WEEK);
    }
    if (startsWith(p, "上中旬")) {
      return setPeriod(p + 3, 1, 20, Precision.WEEK);
    }
    if (at(p + 1) == '旬') {
      switch (at(p)) {
        case '上':
          return setPeriod(p + 2, 1, 10, Precision.WEEK);
        case '中':
          return setPeriod(p + 2, 11, 20, Precision.WEEK);
        case '下':
          return setPeriod(p + 2, 21, 31, Precision.WEEK);
        default:
          return -1;
      }
    }
    if (at(p) == '初' && startOfNotAWord(p + 1)) {
      return setPeriod(p + 1, 1, 10, Precision.WEEK);
    }
    if (at(p) == '中' && (!isCjk(at(p + 1)) || at(p + 1) == '前')) {
      // 3月中，…: days 11 to 20, as 中旬; 3月中国… is another word
      return setPeriod(p + 1, 11, 20, Precision.WEEK);
    }
    if (at(p) == '底' || at(p) == '末') {
      return setPeriod(p + 1, 21, 31, Precision.WEEK);
    }
    return -1;
  }

  /** A period of a year at {@code p}: 初, 底, 上半年, 一季度, Q3, 春季... Returns its end or -1. */
  private int yearPeriod(int p) {
    int e = yearEnds(at(p) == '年' ? p + 1 : p);
    if (e > 0) {
      return e;
    }
    if (startsWith(p, "上半年") || startsWith(p, "下半年")) {
      int first = at(p) == '上' ? 1 : 7;
      if (at(p + 3) == '末' || at(p + 3) == '底') {
        // 上半年末: the half's last month, as 三季度末
        return setPeriod(p + 4, first + 5, first + 5, Precision.MONTH);
      }
      return setPeriod(p + 3, first, first + 5, Precision.HALF);
    }
    if (startsWith(p, "首季")) {
      // 2024年首季度, 今年首季: the first quarter
      return setPeriod(at(p + 2) == '度' ? p + 3 : p + 2, 1, 3, Precision.QUARTER);
    }
    e = quarter(at(p) == '第' ? p + 1 : p);
    if (e > 0) {
      return e;
    }
    if (at(p) == '前' || at(p) == '头') {
      e = at(p) == '前' ? quartersSoFarEnd(p + 1, true) : -1;
      if (e > 0) {
        return e;
      }
      e = firstMonthsEnd(p + 1);
      if (e > 0) {
        return e;
      }
    }
    if (at(p) == 'Q' && at(p + 1) >= '1' && at(p + 1) <= '4' && !isAsciiAlnum(at(p + 2))) {
      int q = at(p + 1) - '0';
      return setPeriod(p + 2, 3 * q - 2, 3 * q, Precision.QUARTER);
    }
    char s = at(p + 1);
    if (s == '季' || s == '天') {
      return season(p, p + 2);
    }
    return schoolHoliday(p);
  }

  /** {@code 寒假} (January and February) or {@code 暑假}, {@code 暑期} (July and August) at {@code p}: its end or -1. */
  private int schoolHoliday(int p) {
    if (startsWith(p, "寒假")) {
      return setPeriod(p + 2, 1, 2, Precision.SEASON);
    }
    if (startsWith(p, "暑假") || startsWith(p, "暑期")) {
      return setPeriod(p + 2, 7, 8, Precision.SEASON);
    }
    return -1;
  }

  /** 初, 底, 末, 内 of a year at {@code p}. */
  private int yearEnds(int p) {
    switch (at(p)) {
      case '初':
        return startOfNotAWord(p + 1) ? setPeriod(p + 1, 1, 2, Precision.SEASON) : -1;
      case '中':
        // 年中 ends a phrase (今年年中，…; 年中前): June and July; 年中考核, 年中国 are other words
        return !isCjk(at(p + 1)) || at(p + 1) == '前' ? setPeriod(p + 1, 6, 7, Precision.SEASON) : -1;
      case '底':
      case '末':
        return setPeriod(p + 1, 11, 12, Precision.SEASON);
      case '内':
        return "容部外地涵需科阁陆蒙河网幕".indexOf(at(p + 1)) < 0 ? setPeriod(p + 1, 1, 12, Precision.YEAR) : -1;
      default:
        return -1;
    }
  }

  /** {@code 一季度}, {@code 3季度} at {@code p} (after any 第). */
  private int quarter(int p) {
    int e = number(p);
    if (e < 0 || at(e) != '季' || at(e + 1) != '度' || val < 1 || val > 4) {
      return -1;
    }
    if (at(e + 2) == '末') {
      // 三季度末: the quarter's last month
      return setPeriod(e + 3, 3 * val, 3 * val, Precision.MONTH);
    }
    if (at(e + 2) == '初' && startOfNotAWord(e + 3)) {
      return setPeriod(e + 3, 3 * val - 2, 3 * val - 2, Precision.MONTH);
    }
    return setPeriod(e + 2, 3 * val - 2, 3 * val, Precision.QUARTER);
  }

  /** {@code 三季度} or {@code 三个季度} at {@code p}, just after 前: the quarters up to that one. */
  private int quartersSoFarEnd(int p, boolean afterYear) {
    int e;
    if (afterYear && at(p) == '两') {
      // 2021年前两个季度; alone, 前两个季度 counts back from the reference's quarter, as 前两个月 does
      e = p + 1;
      val = 2;
    } else {
      e = number(p);
    }
    if (e < 0 || val < 2 || val > 3) {
      return -1;
    }
    if (at(e) == '个') {
      e++;
    }
    if (at(e) != '季' || at(e + 1) != '度') {
      return -1;
    }
    return setPeriod(e + 2, 1, 3 * val, Precision.QUARTER);
  }

  private int season(int p, int end) {
    switch (at(p)) {
      case '春':
        return setPeriod(end, 3, 5, Precision.SEASON);
      case '夏':
        return setPeriod(end, 6, 8, Precision.SEASON);
      case '秋':
        return setPeriod(end, 9, 11, Precision.SEASON);
      case '冬':
        return setPeriod(end, 12, 14, Precision.SEASON);
      default:
        return -1;
    }
  }

  private RawTime bareYearPeriod(int start, int end, int from, int to, Precision precision) {
    return point(start, end, Point.of(YearRef.NONE, 0, 0, 0).withPeriod(from, to, precision));
  }

  /** Bare 年初, 年底, 年末, 年内 at the 年 {@code i}; not after a number or a word ending in 年. */
  private RawTime bareYearEnds(int i) {
    char prev = at(i - 1);
    if (isDigitOrNumeral(prev) || "两多余几半每近今去前明后本当同年周个新学财全百千万青少老中成幼童晚早历".indexOf(prev) >= 0) {
      return null;
    }
    int e = yearEnds(i + 1);
    if (e < 0) {
      return null;
    }
    return bareYearPeriod(i, e, periodFrom, periodTo, periodPrecision);
  }

  private RawTime bareQuarter(int i, int p) {
    int e = quarter(p);
    return e < 0 ? null : bareYearPeriod(i, e, periodFrom, periodTo, periodPrecision);
  }

  private RawTime quartersSoFar(int i) {
    int e = quartersSoFarEnd(i + 1, false);
    return e < 0 ? null : bareYearPeriod(i, e, periodFrom, periodTo, periodPrecision);
  }

  /** {@code Q3} at {@code q}, after a year ({@code 2021Q3}) or alone. */
  private RawTime quarterQ(int start, YearRef ref, int y, int q) {
    char d = at(q + 1);
    if (at(q) != 'Q' || d < '1' || d > '4' || isAsciiAlnum(at(q + 2))) {
      return null;
    }
    int k = d - '0';
    return point(start, q + 2, Point.of(ref, y, 0, 0).withPeriod(3 * k - 2, 3 * k, Precision.QUARTER));
  }

  /** {@code 春季} alone; 春天 alone is too often a figure of speech ({@code 科技的春天}). */
  private RawTime bareSeason(int i) {
    int e = season(i, i + 2);
    return e < 0 ? null : bareYearPeriod(i, e, periodFrom, periodTo, periodPrecision);
  }

  // ---------------------------------------------------------------- relative words

  private RawTime relativeDay(int start, int p, int offset) {
    return RawTime.of(Kind.RELATIVE_DAY, start, timeOfDay(p), sentence, null, null, -1, offset, false, false);
  }

  private RawTime recent(int start, int end) {
    return RawTime.of(Kind.RECENT, start, end, sentence, null, null, -1, 0, false, false);
  }

  /** 本月, 上月, 上个月, 下月, 下个月 (with a day or period), or 本周, 上周, 下周 (with a weekday). */
  private RawTime relativeMonthOrWeek(int i, int offset) {
    if ("线网以之登爬马基成资日根样剧脚课文账版范".indexOf(at(i - 1)) >= 0) {
      return null;
    }
    int p = i + 1;
    if (offset != 0 && at(p) == '个' && at(p + 1) == '月') {
      p++;
    }
    if (at(p) == '月') {
      if ("球亮光饼活色台".indexOf(at(p + 1)) >= 0) {
        return null;
      }
      return relativeMonthBody(i, offset, p + 1);
    }
    if (at(p) == '周' && p == i + 1) {
      return relativeWeek(i, offset, p + 1);
    }
    return null;
  }

  private RawTime relativeMonthBody(int start, int offset, int p) {
    int de = number(p);
    if (de > 0 && (at(de) == '日' || at(de) == '号') && val >= 1 && val <= 31) {
      // the day is taken before the clock after it is read
      Point day = Point.relativeMonth(offset, val);
      return point(start, timeOfDay(de + 1), day);
    }
    int pe = monthPeriod(p);
    if (pe > 0) {
      return point(start, pe, Point.relativeMonth(offset, 0).withPeriod(periodFrom, periodTo, periodPrecision));
    }
    return point(start, p, Point.relativeMonth(offset, 0));
  }

  /** A week, or with a weekday ({@code 上周五}) one day of it: offset is then weeks * 7 + (0 = Monday). */
  private RawTime relativeWeek(int start, int offset, int p) {
    if ("期边围年刊转折长到全密".indexOf(at(p)) >= 0) {
      return null;
    }
    if (at(p) == '末') {
      return counted(start, timeOfDay(p + 1), Counted.weekend(offset));
    }
    int weekday = WEEKDAYS.indexOf(at(p));
    if (weekday >= 0) {
      int to = weekdayRangeTo(p, Math.min(weekday, 6));
      if (to >= 0) {
        return counted(start, timeOfDay(to >> 3), Counted.weekdays(offset, Math.min(weekday, 6), to & 7));
      }
      return RawTime.of(Kind.RELATIVE_WEEKDAY, start, timeOfDay(p + 1), sentence, null, null, -1,
          offset * 7 + Math.min(weekday, 6), false, false);
    }
    return RawTime.of(Kind.RELATIVE_WEEK, start, p, sentence, null, null, -1, offset, false, false);
  }

  // ---------------------------------------------------------------- results

  private RawTime point(int start, int end, Point p) {
    boolean setsContext = p.yearRef() == YearRef.STATED && !targetBefore(start) && !sinceAfter(end);
    return RawTime.of(Kind.POINT, start, end, sentence, p, null, -1, 0, setsContext, futureBefore(start));
  }

  private RawTime range(int start, int end, Point from, Point to, int fromEnd) {
    return RawTime.of(Kind.RANGE, start, end, sentence, from, to, fromEnd, 0, false, futureBefore(start));
  }

  /** 到2035年, 截至2021年底: a target or a cut-off, not the year the text is about. */
  private boolean targetBefore(int start) {
    char p = at(start - 1);
    return p == '到' || p == '至';
  }

  /** 2019年以来, 2030年前: a starting point or a deadline, not the year the text is about. */
  private boolean sinceAfter(int end) {
    return startsWith(end, "以来") || at(end) == '前';
  }

  /** 将于9月1日: an announced date, which lies ahead of the reference date. */
  private boolean futureBefore(int start) {
    if (start >= 2 && fromUntilAt(start - 2)) {
      // 即日起至9月30日: the end of what starts on a day is not before it
      return true;
    }
    if (start < 2 || a[start - 1] != '于' && a[start - 1] != '在') {
      return false;
    }
    return "将定拟划计".indexOf(a[start - 2]) >= 0;
  }

  // ---------------------------------------------------------------- time of day

  /** Extends past an optional part of the day ({@code 上午}, {@code 晚上}) and clock time ({@code 08:43}, {@code 9时20分}) at {@code p}. */
  private int timeOfDay(int p) {
    TimeWords.Word part = WORDS.at(a, p, TimeWords.Kind.PART);
    if (part != null) {
      p += part.word().length();
    } else if ((at(p) == '晚' || at(p) == '早') && clockEnd(p + 1) > p + 1) {
      // 5月20日晚8点: 晚 and 早 alone are parts of the day only before a clock
      p++;
    }
    return clockEnd(p);
  }

  /** A clock time after a numeric date ({@code 2021-02-20 08:43}), an optional space between. */
  private int clock(int p, boolean spaceAllowed) {
    int c = spaceAllowed && at(p) == ' ' ? p + 1 : p;
    if (!isAsciiDigit(at(c))) {
      return p;
    }
    int e = clockEnd(c);
    return e > c ? e : p;
  }

  // ---------------------------------------------------------------- characters and numbers

  private char at(int p) {
    return p >= 0 && p < n ? a[p] : '\0';
  }

  private boolean startsWith(int p, String s) {
    if (p < 0 || p + s.length() > n) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (a[p + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** 初 not opening another word: 今年初步, 9月初次 are not the start of a period. */
  private boolean startOfNotAWord(int p) {
    return "步次级中期稿心审赛选创见试始衷具学".indexOf(at(p)) < 0;
  }

  private boolean digitStartOk(int i) {
    char p = at(i - 1);
    if (p >= 0x80 || p == '\0') {
      return true;
    }
    if (isAsciiAlnum(p)) {
      return false;
    }
    return ".-/_:%+#@=&~\\".indexOf(p) < 0 || !isAsciiAlnum(at(i - 2));
  }

  /** 1 to {@code max} ASCII digits at {@code p} not followed by another; sets {@link #val}. */
  private int digitRun(int p, int max) {
    int e = p;
    int v = 0;
    while (e < n && isAsciiDigit(a[e])) {
      if (e - p == max) {
        return -1;
      }
      v = v * 10 + (a[e] - '0');
      e++;
    }
    if (e == p) {
      return -1;
    }
    val = v;
    return e;
  }

  /** A month or day number, ASCII or Chinese, at {@code p}; sets {@link #val}. */
  private int number(int p) {
    char c = at(p);
    if (isAsciiDigit(c)) {
      return digitRun(p, 2);
    }
    if (c == '廿' || c == '卅') {
      int units = cnDigit(at(p + 1));
      val = (c == '廿' ? 20 : 30) + Math.max(units, 0);
      return units > 0 ? p + 2 : p + 1;
    }
    if (!isCnNumeral(c)) {
      return -1;
    }
    int e = p;
    while (e < n && isCnNumeral(a[e])) {
      if (e - p == 3) {
        return -1;
      }
      e++;
    }
    int v = cnSmall(p, e);
    if (v <= 0) {
      return -1;
    }
    val = v;
    return e;
  }

  /** A 4-digit year, ASCII or Chinese, at {@code p}; sets {@link #val}. */
  private int yearNumber(int p) {
    int e = digitRun(p, 4);
    if (e - p == 4) {
      return e;
    }
    if (p + 4 <= n && !isCnNumeral(at(p + 4))) {
      int y = cnYear(p);
      if (y > 0) {
        val = y;
        return p + 4;
      }
    }
    return -1;
  }

  /** The year written with four Chinese digits at {@code p} (二〇二一), or -1. */
  private int cnYear(int p) {
    return cnDigits(p, p + 4);
  }

  /** The number written digit by digit in Chinese in {@code [p, e)} (二〇二一, 一一三), or -1. */
  private int cnDigits(int p, int e) {
    int v = 0;
    for (int k = p; k < e; k++) {
      int d = cnDigit(at(k));
      if (d < 0) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** 一 to 九十九 written in Chinese in {@code [p, e)}, or -1. */
  private int cnSmall(int p, int e) {
    int len = e - p;
    int ten = -1;
    for (int k = p; k < e; k++) {
      if (a[k] == '十') {
        if (ten >= 0) {
          return -1;
        }
        ten = k;
      } else if (cnDigit(a[k]) <= 0) {
        return -1;
      }
    }
    if (ten < 0) {
      return len == 1 ? cnDigit(a[p]) : -1;
    }
    int tens = ten == p ? 1 : (ten == p + 1 ? cnDigit(a[p]) : -1);
    if (tens < 0 || e - ten > 2) {
      return -1;
    }
    int units = e - ten == 2 ? cnDigit(a[ten + 1]) : 0;
    return tens * 10 + units;
  }

  private static int cnDigit(char c) {
    switch (c) {
      case '〇': case '零': case '○': return 0;
      case '一': return 1;
      case '二': return 2;
      case '三': return 3;
      case '四': return 4;
      case '五': return 5;
      case '六': return 6;
      case '七': return 7;
      case '八': return 8;
      case '九': return 9;
      default: return -1;
    }
  }

  private int value(int from, int to) {
    int v = 0;
    for (int k = from; k < to; k++) {
      v = v * 10 + (a[k] - '0');
    }
    return v;
  }

  static boolean validDay(int month, int day, int year) {
    return month >= 1 && month <= 12 && day >= 1 && day <= monthLength(month, year);
  }

  /** The days of {@code month} (1 to 12) in {@code year}; 29 for February of an unknown year (0). */
  static int monthLength(int month, int year) {
    return Month.of(month).length(year == 0 || Year.isLeap(year));
  }

  /** {@code 起至} or {@code 起到} at {@code p}: from one day until another ({@code 3月1日起至5月31日}). */
  private boolean fromUntilAt(int p) {
    return a[p] == '起' && (at(p + 1) == '至' || at(p + 1) == '到');
  }

  private int sepEnd(int p) {
    char c = a[p];
    if (c == '起') {
      return p + 2;
    }
    if ((c == '—' || c == '-') && at(p + 1) == c) {
      return p + 2;
    }
    return p + 1;
  }

  private static boolean isRangeSep(char c) {
    return c == '—' || c == '-' || c == '–' || c == '－' || c == '~' || c == '～' || c == '至' || c == '到'
        || c == '―' || c == '−';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiAlnum(char c) {
    return isAsciiDigit(c) || isAsciiLetter(c);
  }

  private static boolean isCnNumeral(char c) {
    return (CLASS[c] & NUMERAL) != 0;
  }

  private static boolean isDigitOrNumeral(char c) {
    return isAsciiDigit(c) || isCnNumeral(c) || c == '两';
  }

  private static boolean isCjk(char c) {
    return c >= '\u4e00' && c <= '\u9fff';
  }
}
