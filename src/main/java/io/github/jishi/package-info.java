/**
 * jishi: Chinese news and policy pages into a searchable policy timeline.
 *
 * <p>{@link io.github.jishi.Jishi} is the entry point for embedding: it reads pages (files, folders
 * or {@link io.github.jishi.source.SourceDocument}s held in memory), extracts their dated events
 * and indexes them ({@link io.github.jishi.Jishi#index(java.util.List, IndexSettings)}, with
 * {@link io.github.jishi.IndexSettings}, reporting to an {@link io.github.jishi.IndexListener} and
 * returning an {@link io.github.jishi.IndexReport}); {@link io.github.jishi.Jishi#openIndex()} opens
 * the timeline for searching. Bad input and broken indexes throw
 * {@link io.github.jishi.JishiException}.
 */
package io.github.jishi;
