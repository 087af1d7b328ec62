package io.github.jishi.source;

import io.github.jishi.internal.text.TextNormalizer;

/**
 * Strips the site name a page appends to its title: {@code 标题_新浪财经_新浪网}, {@code 标题 - 人民网}.
 *
 * <p>Only a short last segment that names a site (a word of the {@code source-site-words} vocabulary,
 * such as 网, 报, 新闻, or a domain) is stripped, so a title that itself contains a separator keeps its
 * words.
 */
final class TitleSuffix {
  private static final String[] SEPARATORS = {"_", " - ", " – ", " — ", "|", "｜", "－", "--", " -"};
  private static final TextNormalizer NORMALIZER = TextNormalizer.create();
  private static final int MAX_SUFFIX = 16;

  private TitleSuffix() {}

  static String strip(String title) {
    String t = TextLines.trim(title);
    while (true) {
      int cut = -1;
      int sepLen = 0;
      for (String sep : SEPARATORS) {
        int at = t.lastIndexOf(sep);
        if (at > cut) {
          cut = at;
          sepLen = sep.length();
        }
      }
      if (cut <= 0) {
        return t;
      }
      String suffix = TextLines.trim(t.substring(cut + sepLen));
      String prefix = TextLines.trim(t.substring(0, cut));
      if (prefix.length() < 4 || suffix.length() > MAX_SUFFIX || !namesSite(suffix)) {
        return t;
      }
      t = prefix;
    }
  }

  private static boolean namesSite(String suffix) {
    if (suffix.isEmpty()) {
      return true;
    }
    boolean ascii = true;
    for (int i = 0; i < suffix.length(); i++) {
      if (suffix.charAt(i) > 0x7E) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return suffix.indexOf('.') > 0 || (suffix.length() >= 4 && suffix.chars().allMatch(c -> Character.isLetter(c) || c == ' '));
    }
    String simplified = NORMALIZER.simplify(suffix);
    for (String w : SourceLexicon.words().siteWords) {
      if (simplified.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
