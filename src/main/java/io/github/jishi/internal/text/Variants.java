package io.github.jishi.internal.text;

import io.github.jishi.JishiException;
import io.github.jishi.internal.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Variant characters and regional phrasings that OpenCC's conversion leaves ({@code 陜}, {@code 批覆},
 * {@code 软体}), folded to the mainland form, from the {@code variants} vocabulary.
 *
 * <p>Every entry keeps its length, so folding replaces characters in place and the map back to the
 * original stays exact. A one-character form folds wherever it stands, a longer form only as a
 * whole, longest first. Immutable and thread-safe; the table loads on first use.
 */
final class Variants {
  private static final char NONE = 0;

  private static final class Holder {
    static final Variants INSTANCE = fromRows(Lexicon.bundled().rows("variants"));
  }

  private final char[] chars;
  /** Phrases by first character, longest first; {@code [i][0]} the form, {@code [i][1]} the mainland form. */
  private final char[][][][] phrases;

  private Variants(char[] chars, char[][][][] phrases) {
    this.chars = chars;
    this.phrases = phrases;
  }

  static Variants instance() {
    return Holder.INSTANCE;
  }

  /**
   * A table from vocabulary rows {@code form, mainland}.
   *
   * @throws JishiException when a row lacks its mainland form or changes the length
   */
  static Variants fromRows(List<List<String>> rows) {
    char[] chars = new char[Character.MAX_VALUE + 1];
    List<char[][]> list = new ArrayList<>();
    for (List<String> row : rows) {
      String form = row.get(0);
      String to = row.size() > 1 ? row.get(1) : "";
      if (to.length() != form.length()) {
        throw new JishiException("bad variants line: '" + form + "' needs a mainland form of the same length, got '" + to + "'");
      }
      if (form.length() == 1) {
        chars[form.charAt(0)] = to.charAt(0);
      } else {
        list.add(new char[][] {form.toCharArray(), to.toCharArray()});
      }
    }
    list.sort(Comparator.comparingInt((char[][] p) -> -p[0].length));
    char[][][][] byFirst = new char[Character.MAX_VALUE + 1][][][];
    for (char[][] p : list) {
      char first = p[0][0];
      char[][][] old = byFirst[first];
      char[][][] grown = old == null ? new char[1][][] : Arrays.copyOf(old, old.length + 1);
      grown[grown.length - 1] = p;
      byFirst[first] = grown;
    }
    return new Variants(chars, byFirst);
  }

  /** Whether {@code c} may change here, alone or as the first character of a phrase. */
  boolean touches(char c) {
    return chars[c] != NONE || phrases[c] != null;
  }

  /** Folds {@code buf[0, len)} in place. */
  void foldInPlace(char[] buf, int len) {
    int i = 0;
    while (i < len) {
      char c = buf[i];
      char[][][] candidates = phrases[c];
      if (candidates != null) {
        int matched = match(buf, i, len, candidates);
        if (matched > 0) {
          i += matched;
          continue;
        }
      }
      char to = chars[c];
      if (to != NONE) {
        buf[i] = to;
      }
      i++;
    }
  }

  private static int match(char[] buf, int at, int len, char[][][] candidates) {
    for (char[][] p : candidates) {
      char[] form = p[0];
      if (form.length > len - at) {
        continue;
      }
      boolean same = true;
      for (int k = 1; k < form.length && same; k++) {
        same = buf[at + k] == form[k];
      }
      if (same) {
        System.arraycopy(p[1], 0, buf, at, form.length);
        return form.length;
      }
    }
    return 0;
  }
}
