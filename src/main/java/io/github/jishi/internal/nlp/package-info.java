/**
 * Not API, may change without notice: {@link io.github.jishi.internal.nlp.HanLpSegmenter}, the only
 * class that uses HanLP, behind the {@link io.github.jishi.nlp.Segmenter} interface, and the
 * helpers around it (its data cache, a per-thread memory of recent sentences, phrase bounds).
 */
package io.github.jishi.internal.nlp;
