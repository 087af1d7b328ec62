/**
 * Not API, may change without notice: {@link io.github.jishi.internal.event.PagePipeline} turns a
 * page into {@link io.github.jishi.event.PolicyEvent}s, {@link io.github.jishi.internal.event.EventExtractor}
 * finds them sentence by sentence, {@link io.github.jishi.internal.event.SameEvent} says when two
 * reports are one event and {@link io.github.jishi.internal.event.EventJson} is their JSON form.
 */
package io.github.jishi.internal.event;
