package io.github.jishi.internal.time;

import io.github.jishi.internal.lexicon.Lexicon;

import io.github.jishi.time.Precision;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.time.YearSource;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the time expressions of normalized simplified Chinese text and resolves them to days.
 *
 * <p>Recognized: full dates ({@code 2021年2月19日}, {@code 2021-02-20}, {@code 2021/2/19},
 * {@code 2021.2.19}, {@code 二〇二一年三月五日}, with an ignored time of day such as {@code 上午} or
 * {@code 08:43}), years and months, month-days, relative words ({@code 今年}, {@code 去年},
 * {@code 本月}, {@code 上个月}, {@code 昨天}, {@code 上周五}, {@code 近日}), ranges ({@code 9月1日—3日},
 * {@code 8月30日至9月2日}, {@code 2025—2027年}, {@code 1-6月}) and fuzzy periods. A 4-digit number
 * is a year only with 年, with a month and day attached, or directly before a name
 * ({@code 2022世界人工智能大会}, an edition); document numbers, licences, phone numbers, amounts and
 * impossible days ({@code 2月30日}) yield nothing.
 *
 * <p>Also read: counts of units before or after the reference ({@code 三天后}, {@code 两年前},
 * {@code 上两周}, {@code 下三个月}) and windows ({@code 近两周}, {@code 未来三年内}, {@code 十年来}),
 * weeks and weekdays ({@code 这周}, {@code 上上周}, {@code 周五}, {@code 下星期二}, {@code 这周末}),
 * clock times with their day ({@code 今晚8点}, {@code 前天晚上9时20分}, {@code 15:30}), festivals
 * and solar terms ({@code 国庆}, {@code 中秋}, {@code 清明节}, {@code 冬至}), lunar dates
 * ({@code 农历八月十五}, {@code 正月初六}, {@code 闰四月初八}), ordinal weekdays
 * ({@code 五月第二个星期日}), short years ({@code 19年6月}, {@code 八五年}), decades and centuries,
 * {@code 当月}/{@code 同月}, {@code 8·15} and {@code 11.10.2014}. The README's "How dates are read"
 * gives the rule of each.
 *
 * <p>Fuzzy periods, chosen so a timeline can place them:
 * <ul>
 *   <li>{@code 年初}: January and February; {@code 年底}, {@code 年末}: November and December
 *       (precision season); {@code 年内}: the whole year.
 *   <li>{@code 上半年}, {@code 下半年}: January–June, July–December (half); {@code 一季度},
 *       {@code 第一季度}, {@code Q1}: the quarter; {@code 前三季度}: January–September (quarter).
 *   <li>{@code 春季} March–May, {@code 夏季} June–August, {@code 秋季} September–November,
 *       {@code 冬季} December to the end of the next February (season). {@code 春天} and the like
 *       count only after a year ({@code 今年春天}): alone they are mostly figures of speech.
 *   <li>{@code 上旬} 1–10, {@code 中旬} 11–20, {@code 下旬} 21 to the month's end; {@code 月初} 1–10,
 *       {@code 月底}, {@code 月末} 21 to the end (precision week).
 *   <li>{@code 近日}, {@code 日前}, {@code 近期}: the 14 days up to the
 *       reference date (week): a rough window, good enough to order events.
 * </ul>
 *
 * <p>Years, in this order:
 * <ol>
 *   <li>A year written in the expression is used as is (yearSource STATED).
 *   <li>Otherwise a year the text states (see {@link TimeContext}): {@code 2021年…} or an edition
 *       ({@code 2022世界人工智能大会}), first one stated earlier in the same sentence (CONTEXT), then
 *       one stated later in it ({@code 4月10日，2023年度…名单公布}: SENTENCE), then one stated earlier
 *       in the paragraph (CONTEXT) or in the story's lead (LEAD; DATELINE when it is the dateline's
 *       own date), for later sentences parsed with the same {@link TimeContext}. {@code 今年} is
 *       that year, {@code 去年} the one before, {@code 明年} the one after; year-less month-days and
 *       periods ({@code 8月26日}, {@code 年底}) take it. Not stating one: year ranges
 *       ({@code 2025—2027年}), targets and cut-offs ({@code 到2035年}, {@code 截至2021年底},
 *       {@code 2030年前}), starting points ({@code 2019年以来}) and years after the reference date's
 *       year, none of which is the year a page reports on.
 *   <li>Otherwise the page's dateline when it writes its year (DATELINE), else its notice's footer
 *       date (FOOTER), else the reference date (REFERENCE), as {@link TimeContext#forPage} orders
 *       them: {@code 今年} is its year. A month-day without a year takes that year unless it falls
 *       more than 2 months after that day: news reports what happened, so {@code 12月5日} read in a
 *       page of 10 July is taken from the year before. Announced dates ({@code 将于9月1日},
 *       {@code 定于…}) keep the year. Day, week and month words ({@code 昨天}, {@code 本周},
 *       {@code 上月}) always count from the reference date.
 *   <li>Otherwise nothing (NONE): date and dateEnd are empty and monthDay holds what the text gives
 *       (its day is 1 for a month alone).
 * </ol>
 *
 * <p>A bare day ({@code 3日}) is in the month of an earlier expression of the same sentence, else in
 * the month of the dateline, footer or reference day (the month before when it would fall after
 * that day, unless announced); sentences end at 。！？ and line breaks, and every call starts a new
 * one. The parser is stateless and thread-safe; all per-document state lives in the {@link TimeContext}.
 */
public final class TimeParser {
  private static final TimeParser BUNDLED = new TimeParser(new Marks(Lexicon.bundled()));
  /** The reference's own day, which {@code 至} alone joins to a later expression ({@code 今天到月底}). */
  private static final List<String> TODAY = List.of("即日", "今天", "今日");
  /** A bare day ({@code 17日}, {@code 十七号}), which a bare day range is made of. */
  private static final Pattern BARE_DAY = Pattern.compile("[0-9〇零一二三四五六七八九十]{1,3}[日号]");
  /** The longest span a bare day range may cover: the days of a month. */
  private static final int BARE_RANGE_DAYS = 31;

  /** The marks of periods ({@code 以来}, {@code 年底前}) this parser reads. */
  private final Marks marks;

  private TimeParser(Marks marks) {
    this.marks = marks;
  }

  /** A parser of the bundled words. */
  public static TimeParser create() {
    return BUNDLED;
  }

  /**
   * A parser that reads the marks of periods from {@code lexicon} ({@code time-since},
   * {@code time-by}, {@code time-by-not-before}, a user's overlay included).
   */
  public static TimeParser create(Lexicon lexicon) {
    Objects.requireNonNull(lexicon, "lexicon");
    return lexicon == Lexicon.bundled() ? BUNDLED : new TimeParser(new Marks(lexicon));
  }

  /**
   * The time expressions of {@code text} in order, offsets into {@code text}; updates
   * {@code context} with the years the text states.
   */
  public List<TimeExpression> parse(String text, TimeContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    context.newSentence();
    List<RawTime> raws = TimeScanner.scan(text);
    if (raws.isEmpty()) {
      return List.of();
    }
    List<TimeExpression> out = new ArrayList<>(raws.size());
    int[] later = laterYears(raws, context);
    int sentence = 0;
    for (int k = 0; k < raws.size(); k++) {
      RawTime raw = raws.get(k);
      if (!out.isEmpty() && raw.start() < out.get(out.size() - 1).end()) {
        // inside the mark a span took in (2019年至今天): part of that span, not a date of its own
        continue;
      }
      if (raw.sentence() != sentence) {
        context.newSentence();
        sentence = raw.sentence();
      }
      context.laterYear(later == null ? 0 : later[k]);
      Optional<TimeExpression> t = TimeResolver.resolve(raw, text, context);
      if (t.isPresent()) {
        TimeExpression x = openSpan(edgeDay(t.get(), text), text, context);
        if (raw.kind() == RawTime.Kind.SAME_DAY && raw.offset() == 0 && !out.isEmpty()
            && restatesDay(out.get(out.size() - 1), x)) {
          // 七夕当天, 5月10日当晚: 当天 right after the day it counts from adds no date of its own
          continue;
        }
        out.add(x);
        noteDay(x, context);
      }
    }
    context.laterYear(0);
    fromDayUntil(out, text);
    bareDayRanges(out, text);
    sameDayYearsAgo(out, text, context);
    return java.util.Collections.unmodifiableList(out);
  }

  /**
   * A single day, {@code 起至} or {@code 起到} and an expression that ends later, which the scanner does
   * not join ({@code 即日起至9月30日}, {@code 5月1日起至5日}), or today, {@code 至} or {@code 到} and such
   * an expression ({@code 今天到月底}): one span from the day to the end of the second, in place of the
   * two. Other pairs stay apart: in {@code 上周五至周一} the second day is read on its own.
   */
  private static void fromDayUntil(List<TimeExpression> out, String text) {
    for (int k = 0; k + 1 < out.size(); k++) {
      TimeExpression day = out.get(k);
      TimeExpression until = out.get(k + 1);
      int gap = until.start() - day.end();
      if (gap == 0 && (until.text().startsWith("到") || until.text().startsWith("至")) && TODAY.contains(day.text())
          && until.dateEnd().isPresent() && until.dateEnd().get().isAfter(day.date().orElse(LocalDate.MAX))) {
        // 今天到明天: the second read as 'by tomorrow' already runs from today; one span of both
        out.set(k, joined(day, until, text, Precision.DAY, Optional.empty()));
        out.remove(k + 1);
        continue;
      }
      if (gap < 1 || gap > 2) {
        continue;
      }
      char until0 = text.charAt(until.start() - 1);
      boolean joined = (until0 == '至' || until0 == '到')
          && (gap == 2 ? text.charAt(day.end()) == '起' : TODAY.contains(day.text()) || dayWords(day, until));
      if (!joined || !singleDay(day) || day.precision() != Precision.DAY
          || until.dateEnd().isEmpty() || !until.dateEnd().get().isAfter(day.date().get())) {
        continue;
      }
      Precision precision = until.precision().compareTo(Precision.DAY) > 0 ? until.precision() : Precision.DAY;
      out.set(k, joined(day, until, text, precision, Optional.empty()));
      out.remove(k + 1);
    }
  }

  /**
   * Two bare days joined by a range's separator ({@code 17日至19日，论坛在杭州举行}): one span, when the
   * second falls after the first and within a month of it, in place of the two.
   */
  private static void bareDayRanges(List<TimeExpression> out, String text) {
    for (int k = 0; k + 1 < out.size(); k++) {
      TimeExpression first = out.get(k);
      TimeExpression second = out.get(k + 1);
      if (second.start() - first.end() != 1 || TimeResolver.DAY_RANGE_SEPARATORS.indexOf(text.charAt(first.end())) < 0
          || !BARE_DAY.matcher(first.text()).matches() || !BARE_DAY.matcher(second.text()).lookingAt()
          || !singleDay(first) || second.date().isEmpty()) {
        continue;
      }
      LocalDate from = first.date().get();
      LocalDate to = second.dateEnd().get();
      if (!to.isAfter(from) || to.isAfter(from.plusDays(BARE_RANGE_DAYS))) {
        continue;
      }
      out.set(k, joined(first, second, text, Precision.DAY, first.monthDay()));
      out.remove(k + 1);
    }
  }

  /**
   * Whether two days are both words counted from the reference ({@code 前天到昨天}, {@code 上周五至本周二}),
   * the second not a bare weekday: in {@code 上周五至周一} the Monday is read on its own.
   */
  private static boolean dayWords(TimeExpression day, TimeExpression until) {
    return day.yearSource() == YearSource.REFERENCE && until.yearSource() == YearSource.REFERENCE && wordOnly(day.text())
        && wordOnly(until.text()) && !until.text().startsWith("周") && !until.text().startsWith("星期")
        && !until.text().startsWith("礼拜");
  }

  /** Whether {@code text} writes no number: a word of time ({@code 昨天}, {@code 本周二}), not a date. */
  private static boolean wordOnly(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i)) || text.charAt(i) == '月' || text.charAt(i) == '日' && i > 0
          && "一二三四五六七八九十".indexOf(text.charAt(i - 1)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * One expression from the first day of {@code first} to the last of {@code last}, with the text
   * between them, and {@code first}'s year source.
   */
  private static TimeExpression joined(TimeExpression first, TimeExpression last, String text, Precision precision,
      Optional<MonthDay> monthDay) {
    return new TimeExpression(text.substring(first.start(), last.end()), first.start(), last.end(), first.date(),
        last.dateEnd(), precision, monthDay, first.yearSource());
  }

  /** Whether {@code same} stands right after {@code day} and gives the one day it gives. */
  private static boolean restatesDay(TimeExpression day, TimeExpression same) {
    return same.start() == day.end() && day.precision() == Precision.DAY && singleDay(day) && singleDay(same)
        && day.date().equals(same.date());
  }

  /** Whether {@code t} gives one day: a date that is its own end. */
  private static boolean singleDay(TimeExpression t) {
    return t.date().isPresent() && t.date().equals(t.dateEnd());
  }

  /**
   * {@code 去年的今天}, {@code 一年前的今天}, {@code 五年前的今天}: the reference's day in the year the
   * first names, as one expression in place of the two.
   */
  private static void sameDayYearsAgo(List<TimeExpression> out, String text, TimeContext context) {
    LocalDate ref = context.referenceOrNull();
    if (ref == null) {
      return;
    }
    for (int k = 0; k + 1 < out.size(); k++) {
      TimeExpression years = out.get(k);
      TimeExpression today = out.get(k + 1);
      String y = years.text();
      int gap = today.start() - years.end();
      if (years.date().isEmpty() || !(y.endsWith("年前") || y.equals("去年") || y.equals("前年") || y.equals("大前年"))
          || !(today.text().equals("今天") || today.text().equals("今日"))
          || !(gap == 0 || gap == 1 && text.charAt(years.end()) == '的')) {
        continue;
      }
      int year = years.date().get().getYear();
      LocalDate day = LocalDate.of(year, ref.getMonth(), Math.min(ref.getDayOfMonth(), ref.getMonth().length(Year.isLeap(year))));
      if (k + 2 == out.size()) {
        // the day 次日 or 当天 would count from is this one, not the reference's
        context.noteDay(day, YearSource.REFERENCE);
      }
      out.set(k, new TimeExpression(text.substring(years.start(), today.end()), years.start(), today.end(), Optional.of(day),
          Optional.of(day), Precision.DAY, Optional.empty(), YearSource.REFERENCE));
      out.remove(k + 1);
    }
  }

  /**
   * Tells the context the single day {@code t} gives, which {@code 次日} and {@code 当天} count from,
   * or that what they would count from is no longer clear (a month, a range, a day without its year).
   */
  private static void noteDay(TimeExpression t, TimeContext context) {
    if (t.precision() == Precision.DAY && singleDay(t)) {
      context.noteDay(t.date().get(), t.yearSource());
    } else if (t.precision() == Precision.DAY && t.date().isEmpty() && t.monthDay().isPresent()) {
      context.noteMonthDay(t.monthDay().get());
    } else {
      context.forgetDay();
    }
  }

  /**
   * {@code 本月最后一天}, {@code 下个月的第一天}, {@code 今年最后一天}, {@code 本周第一天}: the first or last
   * day of the week, month, quarter, half or year just named, when it has its days; else {@code t}.
   */
  private static TimeExpression edgeDay(TimeExpression t, String text) {
    int p = t.end();
    if (p >= text.length() || "的第首最".indexOf(text.charAt(p)) < 0 || t.date().isEmpty()
        || t.precision() == Precision.DAY || t.precision() == Precision.MULTI_YEAR) {
      return t;
    }
    int q = text.charAt(p) == '的' ? p + 1 : p;
    boolean first;
    int end;
    if (text.startsWith("第一天", q)) {
      first = true;
      end = q + 3;
    } else if (text.startsWith("首日", q)) {
      first = true;
      end = q + 2;
    } else if (text.startsWith("最后一天", q) || text.startsWith("最后一日", q)) {
      first = false;
      end = q + 4;
    } else {
      return t;
    }
    LocalDate d = first ? t.date().get() : t.dateEnd().get();
    return new TimeExpression(text.substring(t.start(), end), t.start(), end, Optional.of(d), Optional.of(d), Precision.DAY,
        Optional.empty(), t.yearSource());
  }

  /**
   * For each expression, the year the first later expression of its sentence states as the year it
   * is about ({@code 2023年度}, an edition {@code 2023世界人工智能大会}; not a target, a starting point, a
   * range or a year after the reference's), 0 where none does; null when none does anywhere.
   */
  private static int[] laterYears(List<RawTime> raws, TimeContext context) {
    LocalDate ref = context.referenceOrNull();
    int[] later = null;
    int next = 0;
    int sentence = -1;
    for (int k = raws.size() - 1; k >= 0; k--) {
      RawTime r = raws.get(k);
      if (r.sentence() != sentence) {
        sentence = r.sentence();
        next = 0;
      }
      if (next != 0) {
        if (later == null) {
          later = new int[raws.size()];
        }
        later[k] = next;
      }
      RawTime.Point p = r.from();
      if (r.setsContext() && p != null && p.yearRef() == RawTime.YearRef.STATED && (ref == null || p.year() <= ref.getYear())) {
        next = p.year();
      }
    }
    return later;
  }

  /**
   * Words written around a date that make it where a period starts ({@code 以来}) or ends
   * ({@code 年底前}), by the side of the date they stand on, longest first: the {@code time-since}
   * and {@code time-by} vocabularies, with {@code time-by-not-before}.
   */
  private static final class Marks {
    final String[] sinceBefore;
    final String[] sinceAfter;
    final String[] byBefore;
    final String[] byAfter;
    /**
     * A filter of the characters that end a mark written before a date or start one written after
     * it: one bit per hash of a character (256 bits, one cache line), so a date with no mark beside
     * it is passed over at once; a set bit is checked by the marks themselves.
     */
    final long[] edge = new long[4];
    /** After {@code 前}: {@code 前后} is around a date, {@code 前夕} its eve, not a period up to it. */
    final java.util.Set<String> around;

    Marks(Lexicon lexicon) {
      sinceBefore = side(lexicon, "time-since", "before");
      sinceAfter = side(lexicon, "time-since", "after");
      byBefore = side(lexicon, "time-by", "before");
      byAfter = side(lexicon, "time-by", "after");
      around = lexicon.set("time-by-not-before");
      for (String[] marks : List.of(sinceBefore, byBefore)) {
        for (String w : marks) {
          int b = edgeBit(w.charAt(w.length() - 1));
          edge[b >>> 6] |= 1L << b;
        }
      }
      for (String[] marks : List.of(sinceAfter, byAfter)) {
        for (String w : marks) {
          int b = edgeBit(w.charAt(0));
          edge[b >>> 6] |= 1L << b;
        }
      }
    }
  }

  private static String[] side(Lexicon lexicon, String list, String side) {
    return lexicon.map(list).entrySet().stream()
        .filter(e -> e.getValue().equals(side) && !e.getKey().isEmpty())
        .map(Map.Entry::getKey)
        .sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .toArray(String[]::new);
  }

  private static boolean markEdge(String text, int at, long[] edge) {
    if (at < 0 || at >= text.length()) {
      return false;
    }
    int b = edgeBit(text.charAt(at));
    return (edge[b >>> 6] & (1L << b)) != 0;
  }

  private static int edgeBit(char c) {
    return (c * 0x9E3779B1) >>> 24;
  }

  /**
   * {@code 2018年以来}, {@code 自去年3月起}: the days from the date's first to the reference day;
   * {@code 年底前}, {@code 截至6月底}: the days from the reference day to the date's last. The
   * expression then covers its marks. A date on the wrong side of the reference for its mark, or
   * with no reference, stays as it is.
   */
  private TimeExpression openSpan(TimeExpression t, String text, TimeContext context) {
    LocalDate ref = context.referenceOrNull();
    if (ref == null || t.date().isEmpty() || t.precision() == Precision.WEEK) {
      return t;
    }
    Marks m = marks;
    boolean edgeBefore = markEdge(text, t.start() - 1, m.edge);
    boolean edgeAfter = markEdge(text, t.end(), m.edge);
    if (!edgeBefore && !edgeAfter) {
      return t;
    }
    String before = edgeBefore ? markBefore(text, t.start(), m.sinceBefore) : null;
    String after = edgeAfter ? markAfter(text, t.end(), m.sinceAfter, m.around) : null;
    if ((before != null || after != null) && !t.date().get().isAfter(ref)) {
      return span(t, text, before, after, t.date().get(), ref);
    }
    before = edgeBefore ? markBefore(text, t.start(), m.byBefore) : null;
    after = edgeAfter ? markAfter(text, t.end(), m.byAfter, m.around) : null;
    if ((before != null || after != null) && !t.dateEnd().get().isBefore(ref)) {
      return span(t, text, before, after, ref, t.dateEnd().get());
    }
    return t;
  }

  private static TimeExpression span(TimeExpression t, String text, String before, String after, LocalDate from, LocalDate to) {
    int start = t.start() - (before == null ? 0 : before.length());
    int end = t.end() + (after == null ? 0 : after.length());
    return new TimeExpression(text.substring(start, end), start, end, Optional.of(from), Optional.of(to), t.precision(),
        Optional.empty(), t.yearSource());
  }

  /** The longest of {@code marks} (longest first) written right before {@code at}, or null. */
  private static String markBefore(String text, int at, String[] marks) {
    for (String w : marks) {
      if (at >= w.length() && text.startsWith(w, at - w.length())) {
        return w;
      }
    }
    return null;
  }

  /** The longest of {@code marks} (longest first) written at {@code at} and not read as another word, or null. */
  private static String markAfter(String text, int at, String[] marks, java.util.Set<String> around) {
    for (String w : marks) {
      int e = at + w.length();
      if (text.startsWith(w, at) && (e >= text.length() || !around.contains(String.valueOf(text.charAt(e))))) {
        return w;
      }
    }
    return null;
  }

  /** The time expressions of {@code text} read on its own, as published (or read) on {@code reference}. */
  public List<TimeExpression> parse(String text, LocalDate reference) {
    Objects.requireNonNull(reference, "reference");
    return parse(text, TimeContext.of(reference));
  }
}
