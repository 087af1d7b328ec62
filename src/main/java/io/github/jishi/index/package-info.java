/**
 * The policy timeline on disk (Apache Lucene 9.12): {@link io.github.jishi.index.TimelineIndex} to
 * search it with an {@link io.github.jishi.index.EventQuery}, a page at a time with
 * {@link io.github.jishi.index.SearchPage}; {@link io.github.jishi.index.JishiAnalyzer} and the
 * Lucene/Solr factories {@link io.github.jishi.index.JishiCharFilterFactory} and
 * {@link io.github.jishi.index.JishiTokenizerFactory} analyze Chinese text as the index does. The
 * writer is in {@code io.github.jishi.internal.index} (not API).
 */
package io.github.jishi.index;
