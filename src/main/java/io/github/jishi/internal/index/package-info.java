/**
 * Not API, may change without notice: writing the timeline index
 * ({@link io.github.jishi.internal.index.TimelineWriter}), its Lucene field names and documents,
 * the export to other stores ({@link io.github.jishi.internal.index.IndexExport}) and the search
 * interface the local index and Solr share ({@link io.github.jishi.internal.index.TimelineSearch}).
 */
package io.github.jishi.internal.index;
