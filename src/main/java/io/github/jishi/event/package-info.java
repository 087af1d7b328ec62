/**
 * Events: a {@link io.github.jishi.event.PolicyEvent} (who joined which programme, when, where,
 * with its {@link io.github.jishi.event.EventPlace}s) and the
 * {@link io.github.jishi.event.PageAnalysis} of one page that holds them. The extraction is in
 * {@code io.github.jishi.internal.event} (not API).
 */
package io.github.jishi.event;
