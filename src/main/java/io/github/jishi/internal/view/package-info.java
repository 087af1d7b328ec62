/**
 * Not API, may change without notice: the timeline as one HTML page
 * ({@link io.github.jishi.internal.view.TimelinePage}, with its map and script as resources of this
 * package) and the local server behind {@code jishi serve}
 * ({@link io.github.jishi.internal.view.TimelineServer}).
 */
package io.github.jishi.internal.view;
