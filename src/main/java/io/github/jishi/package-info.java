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
 *
 * <p>The API is this package and the types in the feature packages ({@code index}, {@code event},
 * {@code source}, {@code time}, {@code text}, {@code entity}, {@code nlp}) that {@code Jishi}'s
 * methods take and return, plus the Lucene/Solr analysis factories in {@code index}. The engine is
 * in {@code io.github.jishi.internal.FEATURE}, one sub-package per feature: public there only
 * because another jishi package calls it, not API, may change without notice, and left out of the
 * javadoc. {@code io.github.jishi.cli} is the command line; only its {@code Main} is public.
 */
package io.github.jishi;
