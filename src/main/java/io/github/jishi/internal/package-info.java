/**
 * jishi's engine: not API, may change without notice.
 *
 * <p>The API lives in {@code io.github.jishi} and its feature packages ({@code index}, {@code event},
 * {@code source}, {@code time}, {@code text}, {@code entity}, {@code nlp}); the classes that carry it
 * out live in {@code io.github.jishi.internal.FEATURE}, one sub-package per feature, and are public
 * only because another package of jishi calls them. Embedders use {@link io.github.jishi.Jishi} and
 * the types its methods take and return; the javadoc jar leaves these packages out.
 */
package io.github.jishi.internal;
