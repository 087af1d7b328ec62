/**
 * Not API, may change without notice: {@link io.github.jishi.internal.time.TimeParser} reads
 * absolute, relative, lunar and festival dates into {@link io.github.jishi.time.TimeExpression}s,
 * resolved against a {@link io.github.jishi.internal.time.TimeContext}.
 */
package io.github.jishi.internal.time;
