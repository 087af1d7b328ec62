/**
 * Word segmentation: the {@link io.github.jishi.nlp.Segmenter} interface and its
 * {@link io.github.jishi.nlp.Token}s. The HanLP implementation is in
 * {@code io.github.jishi.internal.nlp} (not API).
 */
package io.github.jishi.nlp;
