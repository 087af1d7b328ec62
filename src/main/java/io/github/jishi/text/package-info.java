/**
 * Normalized text: {@link io.github.jishi.text.NormalizedText}, a page's text folded to simplified
 * script and half widths, with a map back to the original offsets. The normalizer (OpenCC4j) and
 * the sentence splitter are in {@code io.github.jishi.internal.text} (not API).
 */
package io.github.jishi.text;
