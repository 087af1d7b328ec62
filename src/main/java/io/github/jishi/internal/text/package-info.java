/**
 * Not API, may change without notice: {@link io.github.jishi.internal.text.TextNormalizer}
 * (traditional to simplified script with OpenCC4j, widths, pinyin annotations, with a map back to
 * the original offsets in a {@link io.github.jishi.text.NormalizedText}) and
 * {@link io.github.jishi.internal.text.SentenceSplitter}.
 */
package io.github.jishi.internal.text;
