/**
 * Events: {@link io.github.jishi.internal.event.PagePipeline} turns a page into
 * {@link io.github.jishi.event.PolicyEvent}s (who joined which programme, when, where), and
 * {@link io.github.jishi.internal.event.SameEvent} says when two reports are one event.
 */
package io.github.jishi.event;
