/**
 * Word segmentation: {@link io.github.jishi.internal.nlp.HanLpSegmenter}, the only class that uses HanLP,
 * behind the {@link io.github.jishi.nlp.Segmenter} interface.
 */
package io.github.jishi.nlp;
