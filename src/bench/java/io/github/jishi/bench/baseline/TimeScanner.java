package io.github.jishi.bench.baseline;

import io.github.jishi.bench.baseline.RawTime.Kind;
import io.github.jishi.bench.baseline.RawTime.Point;
import io.github.jishi.bench.baseline.RawTime.YearRef;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

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
  private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];

  private static final String CN_DIGITS = "〇零○一二三四五六七八九";
  private static final String CN_NUMERALS = CN_DIGITS + "十";

  static {
    for (char c = '0'; c <= '9'; c++) {
      CLASS[c] = TRIGGER;
    }
    for (char c : (CN_NUMERALS + "今去前明后本上下昨近日年第Q春夏秋冬同").toCharArray()) {
      CLASS[c] = TRIGGER;
    }
    for (char c : "。！？!?\n\r".toCharArray()) {
      CLASS[c] = STOP;
    }
  }

  /** Characters after a bare 4-digit number that make it a quantity, not an edition year. */
  private static final String EDITION_STOP =
      "年月日号时分秒点家个万亿千百元角项台名人次件余多张所条位套户篇部场款种米吨倍辆座只块份本字小天周"
          + "公克斤平股美港届期批例双对幅层栋间升毫厘英里级岁头匹架艘枚首集页行章节卷度轮至到和及与或亩箱"
          + "包瓶颗株棵立方兆瓦伏左上下以内外前后之来多强家起亿";

  /** Words that may follow a day: the time of day is part of the expression but not resolved. */
  private static final String[] DAY_PARTS = {
    "上午", "下午", "中午", "晚上", "晚间", "早上", "早晨", "凌晨", "傍晚", "夜间", "清晨"
  };

  private final char[] a;
  private final int n;
  private final List<RawTime> out = new ArrayList<>();
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
    int i = 0;
    while (i < n) {
      byte k = CLASS[a[i]];
      if (k == 0) {
        i++;
        continue;
      }
      if (k == STOP) {
        sentence++;
        i++;
        continue;
      }
      skip = i + 1;
      RawTime r = matchAt(i);
      if (r != null) {
        out.add(r);
        i = r.end();
      } else {
        i = Math.max(skip, i + 1);
      }
    }
  }

  private RawTime matchAt(int i) {
    char c = a[i];
    if (c >= '0' && c <= '9') {
      return digitLed(i);
    }
    if (isCnNumeral(c)) {
      return numeralLed(i);
    }
    char next = at(i + 1);
    switch (c) {
      case '今':
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
        if (isDigitOrNumeral(at(i - 1)) || at(i - 1) == '年') {
          return null;
        }
        if (next == '年') {
          return afterYear(i, YearRef.RELATIVE, -2, i + 2);
        }
        if (next == '天') {
          return relativeDay(i, i + 2, -2);
        }
        return quartersSoFar(i);
      case '明':
        if (next == '年') {
          return afterYear(i, YearRef.RELATIVE, 1, i + 2);
        }
        if ((next == '天' || next == '日') && at(i - 1) != '的') {
          return relativeDay(i, i + 2, 1);
        }
        return null;
      case '后':
        return next == '年' && "之此然以最其落随背今前".indexOf(at(i - 1)) < 0
            ? afterYear(i, YearRef.RELATIVE, 2, i + 2)
            : null;
      case '昨':
        return next == '天' || next == '日' ? relativeDay(i, i + 2, -1) : null;
      case '本':
        if (next == '年' && at(i + 2) == '度') {
          return point(i, i + 3, Point.of(YearRef.RELATIVE, 0, 0, 0));
        }
        return relativeMonthOrWeek(i, 0);
      case '上':
        if (startsWith(i + 1, "半年")) {
          return bareYearPeriod(i, i + 3, 1, 6, Precision.HALF);
        }
        return relativeMonthOrWeek(i, -1);
      case '下':
        if (startsWith(i + 1, "半年")) {
          return bareYearPeriod(i, i + 3, 7, 12, Precision.HALF);
        }
        return relativeMonthOrWeek(i, 1);
      case '近':
        return (next == '日' || next == '期') && "最附接靠邻将".indexOf(at(i - 1)) < 0
            ? recent(i, i + 2)
            : null;
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
      case '春':
      case '夏':
      case '秋':
      case '冬':
        return next == '季' ? bareSeason(i) : null;
      case '同':
        if (next == '年' && "不相共如等".indexOf(at(i - 1)) < 0
            && "龄级代份纪限度轻华终会薪".indexOf(at(i + 2)) < 0) {
          return afterYear(i, YearRef.SAME, 0, i + 2);
        }
        return null;
      default:
        return null;
    }
  }

  // ---------------------------------------------------------------- numbers first

  private RawTime digitLed(int i) {
    int e = i;
    while (e < n && isAsciiDigit(a[e])) {
      e++;
    }
    skip = e;
    if (!digitStartOk(i)) {
      return null;
    }
    int len = e - i;
    if (len == 4) {
      return yearLed(i, e, value(i, e));
    }
    if (len <= 2) {
      return smallNumberLed(i, e, value(i, e));
    }
    return null;
  }

  private RawTime numeralLed(int i) {
    int e = i;
    while (e < n && isCnNumeral(a[e])) {
      e++;
    }
    skip = e;
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
    int v = cnSmall(i, e);
    if (v <= 0) {
      return null;
    }
    if (at(e) == '月' && v <= 12 && at(e + 1) != '度' && "统唯同万之第单专".indexOf(at(i - 1)) < 0) {
      return monthBody(i, YearRef.NONE, 0, v, e + 1);
    }
    if (at(e) == '季' && at(e + 1) == '度' && v <= 4 && at(i - 1) != '每') {
      return bareYearPeriod(i, e + 2, 3 * v - 2, 3 * v, Precision.QUARTER);
    }
    return null;
  }

  private RawTime yearLed(int i, int e, int y) {
    if (y < 1900 || y > 2100) {
      return null;
    }
    char c = at(e);
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

  private RawTime smallNumberLed(int i, int e, int v) {
    char c = at(e);
    if (c == '月') {
      return v >= 1 && v <= 12 ? monthBody(i, YearRef.NONE, 0, v, e + 1) : null;
    }
    if (isRangeSep(c)) {
      return monthRange(i, YearRef.NONE, 0, v, e);
    }
    if (c == '日' && v >= 1 && v <= 31) {
      char x = at(e + 1);
      if (x == '内' || x == '游' || startsWith(e + 1, "以内") || startsWith(e + 1, "之内")) {
        return null;
      }
      int end = timeOfDay(e + 1);
      return new RawTime(Kind.BARE_DAY, i, end, sentence, Point.of(YearRef.NONE, 0, 0, v), null, -1, 0, false, false);
    }
    if (c == '季' && at(e + 1) == '度' && v >= 1 && v <= 4) {
      return bareYearPeriod(i, e + 2, 3 * v - 2, 3 * v, Precision.QUARTER);
    }
    return null;
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
    }
    Point year = Point.of(ref, y, 0, 0);
    int pe = yearPeriod(p);
    if (pe > 0) {
      return point(start, pe, year.withPeriod(periodFrom, periodTo, periodPrecision));
    }
    return point(start, at(p) == '度' ? p + 1 : p, year);
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
      return point(start, p + 1, Point.of(ref, y, m, 0));
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
        if (de2 > 0 && (at(de2) == '日' || at(de2) == '号')
            && validDay(m, d, yearForCheck) && validDay(m, val, yearForCheck) && val > d) {
          return range(start, timeOfDay(de2 + 1), Point.of(ref, y, m, d), Point.of(YearRef.NONE, 0, 0, val), -1);
        }
      }
    }
    Point month = Point.of(ref, y, m, 0);
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

  /** A period of a month at {@code p}: 上旬, 中下旬, 初, 底, 末. Returns its end or -1. */
  private int monthPeriod(int p) {
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
    if (startsWith(p, "上半年")) {
      return setPeriod(p + 3, 1, 6, Precision.HALF);
    }
    if (startsWith(p, "下半年")) {
      return setPeriod(p + 3, 7, 12, Precision.HALF);
    }
    e = quarter(at(p) == '第' ? p + 1 : p);
    if (e > 0) {
      return e;
    }
    if (at(p) == '前') {
      e = quartersSoFarEnd(p + 1);
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
    return -1;
  }

  /** 初, 底, 末, 内 of a year at {@code p}. */
  private int yearEnds(int p) {
    switch (at(p)) {
      case '初':
        return startOfNotAWord(p + 1) ? setPeriod(p + 1, 1, 2, Precision.SEASON) : -1;
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
    return setPeriod(e + 2, 3 * val - 2, 3 * val, Precision.QUARTER);
  }

  /** {@code 三季度} or {@code 三个季度} at {@code p}, just after 前: the quarters up to that one. */
  private int quartersSoFarEnd(int p) {
    int e = number(p);
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
    int e = quartersSoFarEnd(i + 1);
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
    return new RawTime(Kind.RELATIVE_DAY, start, timeOfDay(p), sentence, null, null, -1, offset, false, false);
  }

  private RawTime recent(int start, int end) {
    return new RawTime(Kind.RECENT, start, end, sentence, null, null, -1, 0, false, false);
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
    int de = digitRun(p, 2);
    if (de > 0 && (at(de) == '日' || at(de) == '号') && val >= 1 && val <= 31) {
      return point(start, timeOfDay(de + 1), Point.relativeMonth(offset, val));
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
    int weekday = "一二三四五六日天".indexOf(at(p));
    if (weekday >= 0) {
      return new RawTime(Kind.RELATIVE_WEEKDAY, start, timeOfDay(p + 1), sentence, null, null, -1,
          offset * 7 + Math.min(weekday, 6), false, false);
    }
    return new RawTime(Kind.RELATIVE_WEEK, start, p, sentence, null, null, -1, offset, false, false);
  }

  // ---------------------------------------------------------------- results

  private RawTime point(int start, int end, Point p) {
    boolean setsContext = p.yearRef() == YearRef.STATED && !targetBefore(start) && !sinceAfter(end);
    return new RawTime(Kind.POINT, start, end, sentence, p, null, -1, 0, setsContext, futureBefore(start));
  }

  private RawTime range(int start, int end, Point from, Point to, int fromEnd) {
    return new RawTime(Kind.RANGE, start, end, sentence, from, to, fromEnd, 0, false, futureBefore(start));
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
    if (start < 2 || a[start - 1] != '于' && a[start - 1] != '在') {
      return false;
    }
    return "将定拟划计".indexOf(a[start - 2]) >= 0;
  }

  // ---------------------------------------------------------------- time of day

  /** Extends past an optional 上午/下午... and clock time (08:43, 10时30分, 9点半) at {@code p}. */
  private int timeOfDay(int p) {
    for (String w : DAY_PARTS) {
      if (startsWith(p, w)) {
        p += 2;
        break;
      }
    }
    return clock(p, false);
  }

  private int clock(int p, boolean spaceAllowed) {
    int c = p;
    if (spaceAllowed && at(c) == ' ') {
      c++;
    }
    int he = digitRun(c, 2);
    if (he < 0 || val > 24) {
      return p;
    }
    char u = at(he);
    if (u == ':' || u == '：') {
      int me = digitRun(he + 1, 2);
      if (me - he - 1 != 2 || val > 59) {
        return p;
      }
      char u2 = at(me);
      if (u2 == ':' || u2 == '：') {
        int se = digitRun(me + 1, 2);
        if (se - me - 1 == 2 && val <= 59) {
          return se;
        }
      }
      return me;
    }
    if (u == '时' || u == '点') {
      int e = he + 1;
      if (u == '点' && at(e) == '半') {
        return e + 1;
      }
      int me = digitRun(e, 2);
      if (me > 0 && at(me) == '分' && val <= 59) {
        return me + 1;
      }
      return e;
    }
    return p;
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
    if (isAsciiAlnum(p)) {
      return false;
    }
    return ".-/_:%+#@=&~\\".indexOf(p) < 0 || p == '\0' || !isAsciiAlnum(at(i - 2));
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
    int y = 0;
    for (int k = 0; k < 4; k++) {
      int d = cnDigit(at(p + k));
      if (d < 0) {
        return -1;
      }
      y = y * 10 + d;
    }
    return y;
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
    int k = CN_DIGITS.indexOf(c);
    if (k < 0) {
      return -1;
    }
    return k <= 2 ? 0 : k - 2;
  }

  private int value(int from, int to) {
    int v = 0;
    for (int k = from; k < to; k++) {
      v = v * 10 + (a[k] - '0');
    }
    return v;
  }

  static boolean validDay(int month, int day, int year) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    boolean leap = year == 0 || Year.isLeap(year);
    return day <= Month.of(month).length(leap);
  }

  private int sepEnd(int p) {
    char c = a[p];
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
    return c != '\0' && CN_NUMERALS.indexOf(c) >= 0;
  }

  private static boolean isDigitOrNumeral(char c) {
    return isAsciiDigit(c) || isCnNumeral(c) || c == '两';
  }

  private static boolean isCjk(char c) {
    return c >= '\u4e00' && c <= '\u9fff';
  }
}
