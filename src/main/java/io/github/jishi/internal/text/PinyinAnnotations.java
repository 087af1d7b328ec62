package io.github.jishi.internal.text;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Recognizes the pinyin some pages splice after characters their charset lacks, as in {@code 創(chuàng)新}.
 *
 * <p>A group counts as such an annotation only when its content is one pinyin syllable: either
 * tone-marked, or plain lowercase of at least two letters. Everything else, {@code (滨海新区)},
 * {@code (Beijing)}, {@code (AI)}, {@code (5G)}, {@code (a)}, is left alone. Whether the group follows
 * an ideograph is the caller's check.
 */
final class PinyinAnnotations {
  /** Longest content worth reading: {@code zhuang} plus a combining tone mark, with slack. */
  private static final int MAX_CONTENT = 10;

  /** Longest group {@link #groupEnd} accepts, parentheses included. */
  static final int MAX_GROUP = MAX_CONTENT + 2;

  /**
   * Finals each initial combines with in standard Mandarin; "" is the zero initial. Finals after
   * j, q, x and y written {@code u} are ü, as pinyin spells them.
   */
  private static final Map<String, String> FINALS_BY_INITIAL = Map.ofEntries(
      Map.entry("", "a o e ai ei ao ou an en ang eng er"),
      Map.entry("b", "a o ai ei ao an en ang eng i ie iao ian in ing u"),
      Map.entry("p", "a o ai ei ao ou an en ang eng i ie iao ian in ing u"),
      Map.entry("m", "a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u"),
      Map.entry("f", "a o ei ou an en ang eng iao u"),
      Map.entry("d", "a e ai ei ao ou an en ang eng ong i ia ie iao iu ian ing u uo ui uan un"),
      Map.entry("t", "a e ai ei ao ou an ang eng ong i ie iao ian ing u uo ui uan un"),
      Map.entry("n", "a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan un ü üe v ve"),
      Map.entry("l", "a o e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un ü üe v ve"),
      Map.entry("g", "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang"),
      Map.entry("k", "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang"),
      Map.entry("h", "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang"),
      Map.entry("j", "i ia ie iao iu ian in iang ing iong u ue uan un"),
      Map.entry("q", "i ia ie iao iu ian in iang ing iong u ue uan un"),
      Map.entry("x", "i ia ie iao iu ian in iang ing iong u ue uan un"),
      Map.entry("zh", "a e ai ei ao ou an en ang eng ong i u ua uo uai ui uan un uang"),
      Map.entry("ch", "a e ai ao ou an en ang eng ong i u ua uo uai ui uan un uang"),
      Map.entry("sh", "a e ai ei ao ou an en ang eng i u ua uo uai ui uan un uang"),
      Map.entry("r", "e ao ou an en ang eng ong i u ua uo ui uan un"),
      Map.entry("z", "a e ai ei ao ou an en ang eng ong i u uo ui uan un"),
      Map.entry("c", "a e ai ao ou an en ang eng ong i u uo ui uan un"),
      Map.entry("s", "a e ai ao ou an en ang eng ong i u uo ui uan un"),
      Map.entry("y", "a o e ao ou an in ang ing ong i u ue uan un"),
      Map.entry("w", "a o ai ei an en ang eng u"));

  /** Interjection syllables outside the initial-final grid. */
  private static final String INTERJECTIONS = "ê m n ng hm hng";

  private static final Set<String> SYLLABLES = buildSyllables();

  private PinyinAnnotations() {}

  private static Set<String> buildSyllables() {
    Set<String> syllables = new HashSet<>();
    FINALS_BY_INITIAL.forEach((initial, finals) -> {
      for (String fin : finals.split(" ")) {
        syllables.add(initial + fin);
      }
    });
    for (String s : INTERJECTIONS.split(" ")) {
      syllables.add(s);
    }
    return Set.copyOf(syllables);
  }

  /** Whether {@code s} is a valid toneless syllable such as {@code zhuang} or {@code lüe}. */
  static boolean isSyllable(String s) {
    return SYLLABLES.contains(s);
  }

  /**
   * The end (exclusive) of the annotation group opening at {@code open}, or -1 if the parenthesis
   * there does not open a pinyin annotation.
   */
  static int groupEnd(CharSequence text, int open) {
    char o = text.charAt(open);
    if (o != '(' && o != '（') {
      return -1;
    }
    int limit = Math.min(text.length(), open + 2 + MAX_CONTENT);
    StringBuilder base = new StringBuilder(8);
    boolean toned = false;
    boolean upper = false;
    for (int i = open + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ')' || c == '）') {
        return accepts(base, toned, upper) ? i + 1 : -1;
      }
      if (c == ' ' && base.length() > 0) {
        // (huì ): a space may trail the syllable, never split it
        int close = i;
        while (close < limit && text.charAt(close) == ' ') {
          close++;
        }
        if (close < limit && (text.charAt(close) == ')' || text.charAt(close) == '）')) {
          return accepts(base, toned, upper) ? close + 1 : -1;
        }
        return -1;
      }
      if (c >= 'a' && c <= 'z') {
        base.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        base.append((char) (c + ('a' - 'A')));
        upper = true;
      } else if (isCombiningTone(c)) {
        if (base.length() == 0) {
          return -1;
        }
        toned = true;
      } else {
        char plain = untoned(c);
        if (plain == 0) {
          return -1;
        }
        base.append(plain);
        // ü and ê are letters, not tone marks: (lü) is as plain as (lu)
        if (c == 'Ü' || c == 'Ê') {
          upper = true;
        } else if (c != 'ü' && c != 'ê') {
          toned = true;
        }
      }
    }
    return -1;
  }

  private static boolean accepts(StringBuilder base, boolean toned, boolean upper) {
    if (base.length() == 0 || !isSyllable(base.toString())) {
      return false;
    }
    // Without a tone mark only lowercase syllables of two letters or more are taken, so that
    // acronyms (AI) and list markers (a) keep their parentheses.
    return toned || (!upper && base.length() >= 2);
  }

  private static boolean isCombiningTone(char c) {
    return c == '\u0304' || c == '\u0301' || c == '\u030C' || c == '\u0300';
  }

  /** The untoned letter behind a tone-marked pinyin letter, or 0 if {@code c} is none. */
  private static char untoned(char c) {
    switch (c) {
      case 'ā': case 'á': case 'ǎ': case 'à': case 'Ā': case 'Á': case 'Ǎ': case 'À':
        return 'a';
      case 'ē': case 'é': case 'ě': case 'è': case 'Ē': case 'É': case 'Ě': case 'È':
        return 'e';
      case 'ī': case 'í': case 'ǐ': case 'ì': case 'Ī': case 'Í': case 'Ǐ': case 'Ì':
        return 'i';
      case 'ō': case 'ó': case 'ǒ': case 'ò': case 'Ō': case 'Ó': case 'Ǒ': case 'Ò':
        return 'o';
      case 'ū': case 'ú': case 'ǔ': case 'ù': case 'Ū': case 'Ú': case 'Ǔ': case 'Ù':
        return 'u';
      case 'ǖ': case 'ǘ': case 'ǚ': case 'ǜ': case 'ü': case 'Ü':
        return 'ü';
      case 'ê': case 'ế': case 'ề': case 'Ê':
        return 'ê';
      case 'ḿ':
        return 'm';
      case 'ń': case 'ň': case 'ǹ':
        return 'n';
      default:
        return 0;
    }
  }
}
