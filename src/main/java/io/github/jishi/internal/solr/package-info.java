/**
 * Not API, may change without notice: {@link io.github.jishi.internal.solr.SolrTimeline} pushes the
 * timeline to a SolrCloud collection and searches it there (SolrJ), for {@code jishi solr}.
 */
package io.github.jishi.internal.solr;
