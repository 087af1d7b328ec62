/**
 * Text normalization (traditional to simplified script with OpenCC4j, widths, pinyin annotations,
 * with a map back to the original offsets) and sentence splitting.
 */
package io.github.jishi.text;
