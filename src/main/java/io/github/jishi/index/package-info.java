/**
 * The policy timeline on disk (Apache Lucene 9.12): {@link io.github.jishi.index.TimelineIndex} to
 * search it with an {@link io.github.jishi.index.EventQuery}, a page at a time with
 * {@link io.github.jishi.index.SearchPage}; {@link io.github.jishi.internal.index.TimelineWriter} and
 * {@link io.github.jishi.index.JishiAnalyzer} to write it.
 */
package io.github.jishi.index;
