package io.github.jishi.bench.baseline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 *   <li>Otherwise the year the document stated most recently (CONTEXT): {@code 2021年…} or an edition
 *       ({@code 2022世界人工智能大会}) sets it for what follows, in the same sentence and in later
 *       ones parsed with the same {@link TimeContext}. {@code 今年} is that year, {@code 去年} the one
 *       before, {@code 明年} the one after; year-less month-days and periods ({@code 8月26日},
 *       {@code 年底}) take it. Not setting it: year ranges ({@code 2025—2027年}), targets and
 *       cut-offs ({@code 到2035年}, {@code 截至2021年底}, {@code 2030年前}), starting points
 *       ({@code 2019年以来}) and years after the reference date's year, none of which is the year a
 *       page reports on.
 *   <li>Otherwise the reference date (REFERENCE): {@code 今年} is its year. A month-day without a
 *       year takes the reference year unless it falls more than 2
 *       months after the reference date: news reports what happened, so {@code 12月5日} read in a
 *       page of 10 July is taken from the year before. Announced dates ({@code 将于9月1日},
 *       {@code 定于…}) keep the reference year. Day, week and month words ({@code 昨天},
 *       {@code 本周}, {@code 上月}) always count from the reference date, since a text never states
 *       the day it was written in a form the parser could carry.
 *   <li>Otherwise nothing (NONE): date and dateEnd are empty and monthDay holds what the text gives
 *       (its day is 1 for a month alone).
 * </ol>
 *
 * <p>A bare day ({@code 3日}) is resolved only in the month of an earlier expression of the same
 * sentence; sentences end at 。！？ and line breaks, and every call starts a new one. The parser is
 * stateless and thread-safe; all per-document state lives in the {@link TimeContext}.
 */
public final class TimeParser {
  private TimeParser() {}

  public static TimeParser create() {
    return new TimeParser();
  }

  /**
   * The time expressions of {@code text} in order, offsets into {@code text}; updates
   * {@code context} with the years the text states.
   */
  public List<TimeExpression> parse(String text, TimeContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    context.forgetMonth();
    List<TimeExpression> out = new ArrayList<>();
    int sentence = 0;
    for (RawTime raw : TimeScanner.scan(text)) {
      if (raw.sentence() != sentence) {
        context.forgetMonth();
        sentence = raw.sentence();
      }
      TimeResolver.resolve(raw, text, context).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /** The time expressions of {@code text} read on its own, as published (or read) on {@code reference}. */
  public List<TimeExpression> parse(String text, LocalDate reference) {
    Objects.requireNonNull(reference, "reference");
    return parse(text, TimeContext.of(reference));
  }
}
