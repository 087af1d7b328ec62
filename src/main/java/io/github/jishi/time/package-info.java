/**
 * Time expressions: {@link io.github.jishi.time.TimeParser} reads absolute, relative, lunar and
 * festival dates, resolved against a {@link io.github.jishi.time.TimeContext}.
 */
package io.github.jishi.time;
