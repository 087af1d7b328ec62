/**
 * Time expressions as found in a page: a {@link io.github.jishi.time.TimeExpression} with its
 * {@link io.github.jishi.time.Precision}, the {@link io.github.jishi.time.YearSource} of its year,
 * and a {@link io.github.jishi.time.DateSpan}. The parser is in {@code io.github.jishi.internal.time}
 * (not API).
 */
package io.github.jishi.time;
