package io.github.jishi.source;

import java.util.Objects;

/**
 * One line of a page on its way to becoming a paragraph, or a piece already cut upstream.
 *
 * @param text the trimmed line (or the cut content)
 * @param cutReason why an upstream reader already cut it, or null for a line still to be judged
 * @param linkOnly whether the whole line was link text in HTML (navigation and lists look so)
 */
record Block(String text, String cutReason, boolean linkOnly) {
  Block {
    Objects.requireNonNull(text, "text");
  }

  static Block line(String text) {
    return new Block(text, null, false);
  }

  static Block cut(String reason, String text) {
    return new Block(text, Objects.requireNonNull(reason, "reason"), false);
  }
}
