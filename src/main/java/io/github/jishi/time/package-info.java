/**
 * Time expressions: {@link io.github.jishi.internal.time.TimeParser} reads absolute, relative, lunar and
 * festival dates, resolved against a {@link io.github.jishi.internal.time.TimeContext}.
 */
package io.github.jishi.time;
