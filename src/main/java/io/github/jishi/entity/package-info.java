/**
 * Named things found in a page: a {@link io.github.jishi.entity.Mention} of a place, an
 * organisation or a national programme, of a {@link io.github.jishi.entity.MentionType}, as a
 * {@link io.github.jishi.event.PageAnalysis} lists them. The recognizers are in
 * {@code io.github.jishi.internal.entity} (not API).
 */
package io.github.jishi.entity;
