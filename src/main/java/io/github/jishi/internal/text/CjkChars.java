package io.github.jishi.internal.text;

/** Character classes the normalizer and splitter share, as cheap range checks on UTF-16 units. */
final class CjkChars {
  private CjkChars() {}

  /** Whether {@code c} is a BMP ideograph: the unified blocks, extension A, compatibility, 〇. */
  static boolean isHanBmp(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF')
        || (c >= '\u3400' && c <= '\u4DBF')
        || (c >= '\uF900' && c <= '\uFAFF')
        || c == '〇';
  }

  /** Whether the code point ending just before {@code end} is an ideograph, supplementary ones included. */
  static boolean isHanBefore(CharSequence text, int end) {
    if (end <= 0) {
      return false;
    }
    char c = text.charAt(end - 1);
    if (Character.isLowSurrogate(c) && end >= 2 && Character.isHighSurrogate(text.charAt(end - 2))) {
      int cp = Character.toCodePoint(text.charAt(end - 2), c);
      return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
    return isHanBmp(c);
  }

  /**
   * Whether {@code c} belongs to Chinese running text, where a space is layout rather than a word
   * break: ideographs, CJK and full-width punctuation, curly quotes, and surrogates (the
   * supplementary planes hold the rarer ideographs).
   */
  static boolean isCjkLike(char c) {
    if (c < '\u2010') {
      return c == '·';
    }
    return isHanBmp(c)
        || (c >= '\u3001' && c <= '\u303F')
        || (c >= '\uFF01' && c <= '\uFF0F')
        || (c >= '\uFF1A' && c <= '\uFF20')
        || (c >= '\uFF3B' && c <= '\uFF40')
        || (c >= '\uFF5B' && c <= '\uFF65')
        || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—'
        || Character.isSurrogate(c);
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
