package io.github.jishi.internal.text;

import io.github.jishi.text.NormalizedText;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * Turns messy page text into clean simplified Chinese while remembering where each character came from.
 *
 * <p>In order: invisible characters and spliced pinyin annotations ({@code 創(chuàng)新}) are dropped and
 * full-width letters, digits and spaces folded; traditional characters become simplified, phrase
 * first; then spaces are collapsed, dropped at line ends and between two Chinese characters, and
 * runs of line breaks become one {@code \n}; variant characters OpenCC leaves fold by the
 * {@code variants} vocabulary ({@code 陜}, {@code 批覆}) and spaces inside written dates go
 * ({@code 2023 年 5 月}). Every step either keeps a character, replaces it by
 * one, or drops it, so the map back to the original stays exact and monotonic.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class TextNormalizer {
  /** Marks a character {@link #foldChar} drops; U+FFFF is a noncharacter, so nothing real is lost. */
  private static final char DROP = '\uFFFF';

  private TextNormalizer() {}

  /** A normalizer; OpenCC's dictionaries load once, on the first call to {@link #normalize}. */
  public static TextNormalizer create() {
    return new TextNormalizer();
  }

  /** The normalized form of {@code original} with its map back into {@code original}. */
  public NormalizedText normalize(String original) {
    return normalize(original, false);
  }

  /**
   * {@link #normalize} that keeps one space where the text puts spaces between Chinese characters:
   * for reading a page's layout, where {@code 本报记者 王五 北京报道} separates a name from a place.
   */
  public NormalizedText normalizeKeepingSpaces(String original) {
    return normalize(original, true);
  }

  private NormalizedText normalize(String original, boolean keepSpaces) {
    Objects.requireNonNull(original, "original");
    int n = original.length();
    char[] folded = new char[n];
    int[] foldedToOriginal = new int[n];
    int len = fold(original, folded, foldedToOriginal);
    toSimplified(folded, len);
    Variants.instance().foldInPlace(folded, len);
    char[] out = new char[len];
    int[] toOriginal = new int[len + 1];
    int outLen = tidyWhitespace(folded, foldedToOriginal, len, out, toOriginal, keepSpaces);
    toOriginal[outLen] = n;
    int[] map = outLen == len ? toOriginal : Arrays.copyOf(toOriginal, outLen + 1);
    return new NormalizedText(original, new String(out, 0, outLen), map);
  }

  /**
   * The characters of {@code s} folded as {@link #normalize} folds them (simplified script, variants,
   * widths, pinyin annotations and invisible characters gone) but with its spaces left where they
   * are, one space for each: for judging a line by its words while its layout still counts
   * ({@code 首页 新闻 财经} stays three words).
   */
  public String simplify(String s) {
    Objects.requireNonNull(s, "s");
    if (isSimple(s)) {
      return s;
    }
    int n = s.length();
    char[] folded = new char[n];
    int len = fold(s, folded, new int[n]);
    toSimplified(folded, len);
    Variants.instance().foldInPlace(folded, len);
    return new String(folded, 0, len);
  }

  /** Whether no step of {@link #simplify} would change {@code s}: most lines of a simplified page. */
  private static boolean isSimple(String s) {
    OpenCcConverter converter = OpenCcConverter.instance();
    Variants variants = Variants.instance();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80 ? c == '(' || c < ' ' : converter.isTrigger(c) || variants.touches(c) || c == '（' || foldChar(c) != c) {
        return false;
      }
    }
    return true;
  }

  /**
   * The same folding for a short query string, such as a city or programme name typed or read from
   * configuration: {@code 濟南} becomes {@code 济南}.
   */
  public String normalizeQuery(String s) {
    Objects.requireNonNull(s, "s");
    return normalize(s).text();
  }

  /**
   * Copies {@code original} into {@code out} without invisible characters and pinyin annotations,
   * folding widths and line separators on the way; returns the length written.
   */
  private static int fold(String original, char[] out, int[] toOriginal) {
    int n = original.length();
    int len = 0;
    int i = 0;
    while (i < n) {
      char c = original.charAt(i);
      if (c >= '\u4E00' && c <= '\u9FFF') {
        // Ideographs are most of the text and never change here.
        out[len] = c;
        toOriginal[len++] = i++;
        continue;
      }
      if ((c == '(' || c == '（') && hanBefore(out, len, c == '（')) {
        int end = annotationEnd(original, i);
        if (end > 0) {
          i = end;
          continue;
        }
      }
      char f = foldChar(c);
      if (f != DROP) {
        out[len] = f;
        toOriginal[len++] = i;
      }
      // A CRLF is one break, mapped to its CR.
      i += c == '\r' && i + 1 < n && original.charAt(i + 1) == '\n' ? 2 : 1;
    }
    return len;
  }

  /**
   * Whether an ideograph ends what is folded so far, looking past spaces when the group opens with
   * a full-width parenthesis. Both checks read the folded text, not the original: a zero-width
   * space or soft hyphen between 創 and (chuàng) is gone once folded, and a space before （ goes
   * in {@link #tidyWhitespace}, so a group left here would be removed by a second normalization.
   */
  private static boolean hanBefore(char[] out, int len, boolean skipSpaces) {
    int end = len;
    while (skipSpaces && end > 0 && out[end - 1] == ' ') {
      end--;
    }
    return CjkChars.isHanBefore(CharBuffer.wrap(out, 0, end), end);
  }

  /**
   * The end in {@code original} of the pinyin annotation opening at {@code open}, or -1; the group
   * is read as it will be folded (invisible characters dropped, full-width letters narrowed).
   */
  private static int annotationEnd(String original, int open) {
    StringBuilder folded = new StringBuilder(PinyinAnnotations.MAX_GROUP);
    int[] at = new int[PinyinAnnotations.MAX_GROUP];
    for (int j = open; j < original.length() && folded.length() < PinyinAnnotations.MAX_GROUP; j++) {
      char f = foldChar(original.charAt(j));
      if (f != DROP) {
        at[folded.length()] = j;
        folded.append(f);
      }
    }
    int end = PinyinAnnotations.groupEnd(folded, 0);
    return end < 0 ? -1 : at[end - 1] + 1;
  }

  /** The folded form of one character, or {@link #DROP}. */
  private static char foldChar(char c) {
    if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
      return (char) (c - 0xFEE0);
    }
    switch (c) {
      case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\uFEFF': case '\u00AD':
        return DROP;
      case '\u3000': case '\u00A0': case '\t': case '\u000B': case '\f': case '\u2002': case '\u2003':
      case '\u2004': case '\u2005': case '\u2006': case '\u2007': case '\u2008': case '\u2009':
      case '\u200A': case '\u202F': case '\u205F':
        return ' ';
      case '\r': case '\u2028': case '\u2029': case '\u0085':
        return '\n';
      default:
        return c;
    }
  }

  /**
   * Converts traditional characters in place. Only runs of ideographs holding a character that can
   * change are handed over, so simplified text costs one table look-up per character.
   */
  private static void toSimplified(char[] buf, int len) {
    OpenCcConverter converter = OpenCcConverter.instance();
    int done = 0;
    int i = 0;
    while (i < len) {
      if (!converter.isTrigger(buf[i])) {
        i++;
        continue;
      }
      int start = i;
      while (start > done && CjkChars.isHanBmp(buf[start - 1])) {
        start--;
      }
      int end = i + 1;
      while (end < len && CjkChars.isHanBmp(buf[end])) {
        end++;
      }
      converter.toSimplifiedInPlace(buf, start, end);
      done = end;
      i = end;
    }
  }

  /**
   * Whether a space between {@code before} and {@code after} sits inside a written date
   * ({@code 2023 年 5 月 3 日}): between a digit and the unit after it, or a year or month unit and
   * the digit after it.
   */
  private static boolean isDateJoint(char before, char after) {
    if (CjkChars.isAsciiDigit(before)) {
      return after == '年' || after == '月' || after == '日' || after == '号';
    }
    return (before == '年' || before == '月') && CjkChars.isAsciiDigit(after);
  }

  /**
   * Collapses spaces, drops them at line ends and between Chinese characters, keeps one {@code \n}
   * per run of line breaks, and folds {@code ．} between digits; returns the length written.
   */
  private static int tidyWhitespace(char[] in, int[] inToOriginal, int len, char[] out, int[] toOriginal,
      boolean keepSpaces) {
    int outLen = 0;
    int pendingSpace = -1;
    int pendingBreak = -1;
    for (int j = 0; j < len; j++) {
      char c = in[j];
      if (c == ' ') {
        if (outLen > 0 && pendingBreak < 0 && pendingSpace < 0) {
          pendingSpace = j;
        }
        continue;
      }
      if (c == '\n') {
        pendingSpace = -1;
        if (outLen > 0 && pendingBreak < 0) {
          pendingBreak = j;
        }
        continue;
      }
      if (pendingBreak >= 0) {
        out[outLen] = '\n';
        toOriginal[outLen++] = inToOriginal[pendingBreak];
        pendingBreak = -1;
      } else if (pendingSpace >= 0) {
        char before = out[outLen - 1];
        if ((keepSpaces || !(CjkChars.isCjkLike(before) && CjkChars.isCjkLike(c))) && !isDateJoint(before, c)) {
          out[outLen] = ' ';
          toOriginal[outLen++] = inToOriginal[pendingSpace];
        }
        pendingSpace = -1;
      }
      if (c == '．' && j > 0 && j + 1 < len && CjkChars.isAsciiDigit(in[j - 1]) && CjkChars.isAsciiDigit(in[j + 1])) {
        c = '.';
      }
      out[outLen] = c;
      toOriginal[outLen++] = inToOriginal[j];
    }
    return outLen;
  }
}
