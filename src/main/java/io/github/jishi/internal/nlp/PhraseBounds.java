package io.github.jishi.internal.nlp;

import io.github.jishi.nlp.Token;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds where a name that ends in a known suffix ({@code …大学}, {@code …有限公司},
 * {@code …先导区}) starts, so a recognizer does not swallow the clause in front of it.
 *
 * <p>With tokens the walk goes left over name-like words (nouns, place names, abbreviations,
 * nominal verbs) and stops at a verb, preposition, conjunction, particle, punctuation or one of the
 * caller's stop words. Without tokens it walks over Chinese characters, letters and digits and
 * then cuts after the last stop word.
 */
public final class PhraseBounds {
  private PhraseBounds() {}

  /**
   * The start of the name whose last character before the suffix is at {@code end - 1}: the
   * leftmost offset reachable over tokens accepted by {@code partOfName}, no more than
   * {@code maxLength} characters before {@code end}. A token that straddles {@code end} counts
   * with its left part whatever its tag (it is the same word as the suffix). Returns {@code end}
   * when nothing before it belongs to the name.
   */
  public static int nameStart(List<Token> tokens, int end, int maxLength, Predicate<Token> partOfName) {
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(partOfName, "partOfName");
    int i = indexCovering(tokens, end - 1);
    if (i < 0) {
      return end;
    }
    int start = end;
    Token first = tokens.get(i);
    if (first.end() > end) {
      if (end - first.start() > maxLength) {
        return end;
      }
      start = first.start();
      i--;
    }
    for (; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.end() != start || end - t.start() > maxLength || !partOfName.test(t)) {
        break;
      }
      start = t.start();
    }
    return start;
  }

  /**
   * Extends a name start over an unknown word that HanLP broke into single characters with odd
   * tags, when a place name stands right before it: {@code 海南/ns 比/p 勒/v 费/n 尔/Rg} +
   * {@code 德应用科学大学}. At most four such characters, none of them punctuation or a
   * {@code stopWord}; otherwise {@code start} is returned unchanged.
   */
  public static int extendOverBrokenWord(List<Token> tokens, int start, int end, int maxLength,
      Predicate<String> stopWord) {
    int i = indexCovering(tokens, start - 1);
    int s = start;
    int singles = 0;
    while (i >= 0) {
      Token t = tokens.get(i);
      if (t.end() != s || end - t.start() > maxLength) {
        return start;
      }
      if (t.pos().startsWith("ns") && t.word().length() >= 2) {
        return singles > 0 ? t.start() : start;
      }
      if (singles == 4 || t.word().length() != 1 || t.pos().equals("w") || stopWord.test(t.word())) {
        return start;
      }
      singles++;
      s = t.start();
      i--;
    }
    return start;
  }

  /**
   * The same walk without tokens: left over Chinese characters, ASCII letters and digits from
   * {@code end}, at most {@code maxLength}, then past the last of {@code stopWords} inside that
   * stretch.
   */
  public static int nameStartByCharacters(String sentence, int end, int maxLength, Collection<String> stopWords) {
    Objects.requireNonNull(sentence, "sentence");
    int start = end;
    while (start > 0 && end - start < maxLength && isNameChar(sentence.charAt(start - 1))) {
      start--;
    }
    int cut = start;
    for (String stop : stopWords) {
      int at = sentence.lastIndexOf(stop, end - stop.length());
      if (at >= start && at + stop.length() > cut) {
        cut = at + stop.length();
      }
    }
    return Math.min(cut, end);
  }

  /** Whether a token is the kind of word names are made of (nouns, places, abbreviations, nominal verbs). */
  public static boolean isNameLike(Token t) {
    String pos = t.pos();
    if (pos.startsWith("n")) {
      // job titles (院士, 副司长) and occupations end a name rather than continue it
      return !pos.equals("nnt") && !pos.equals("nnd");
    }
    return switch (pos) {
      case "j", "b", "vn", "vi", "vg", "an", "a", "ag", "gi", "gm", "gb", "gc", "gg", "gp", "x" -> true;
      default -> false;
    };
  }

  /** The token covering {@code offset}, if any. */
  public static Optional<Token> tokenAt(List<Token> tokens, int offset) {
    int i = indexCovering(tokens, offset);
    return i < 0 ? Optional.empty() : Optional.of(tokens.get(i));
  }

  /** Index of the token covering {@code offset}, or -1. */
  public static int indexCovering(List<Token> tokens, int offset) {
    if (offset < 0) {
      return -1;
    }
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid);
      if (t.end() <= offset) {
        lo = mid + 1;
      } else if (t.start() > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Whether {@code offset} is a token boundary (or the tokens say nothing about it). */
  public static boolean isBoundary(List<Token> tokens, int offset) {
    if (tokens.isEmpty()) {
      return true;
    }
    int i = indexCovering(tokens, offset);
    return i < 0 || tokens.get(i).start() == offset;
  }

  static boolean isNameChar(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c < 128 && Character.isLetterOrDigit(c));
  }
}
