package io.github.jishi.internal.view;

import java.util.Locale;

/** Which page URLs may become links: {@code http} and {@code https} only, never {@code javascript:}. */
final class Links {
  private Links() {}

  static boolean isWeb(String url) {
    if (url == null) {
      return false;
    }
    String u = url.strip().toLowerCase(Locale.ROOT);
    return (u.startsWith("http://") || u.startsWith("https://")) && u.length() > 8 && u.chars().noneMatch(Character::isWhitespace);
  }
}
