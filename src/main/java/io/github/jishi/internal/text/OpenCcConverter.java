package io.github.jishi.internal.text;

import com.github.houbb.opencc4j.support.data.impl.OpenccDatas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Traditional to simplified conversion over OpenCC's mainland dictionaries and the longer phrases of its
 * Taiwan table, the one gateway to OpenCC4j.
 *
 * <p>It applies OpenCC's own algorithm, longest phrase first from left to right and otherwise the
 * character table, but over a {@code char[]} in place: OpenCC4j's {@code ZhConverterUtil.toSimple}
 * segments into lists of strings, runs at a few million characters a second and cannot say which
 * output character came from which input. Only mappings that keep the UTF-16 length are loaded
 * (OpenCC4j itself drops the others too: a few hundred rare ideographs whose simplified form lies
 * outside the BMP), so a converted text always lines up with its input character by character.
 *
 * <p>The dictionaries load on first use through the holder idiom; the instance is immutable and
 * thread-safe.
 */
final class OpenCcConverter {
  private static final char NO_MAPPING = 0;
  /** Shortest Taiwan phrase taken from OpenCC's Taiwan table. */
  private static final int TW_PHRASE_MIN = 3;

  private static final class Holder {
    static final OpenCcConverter INSTANCE = load();
  }

  /** Simplified form of each BMP character that has one, else {@link #NO_MAPPING}. */
  private final char[] charTable;
  /** Characters whose presence means a run may change: mapped characters and changed phrase characters. */
  private final BitSet triggers;
  /** Phrases by first character, longest first, so the first match is the longest. */
  private final char[][][] phraseKeysByFirst;
  private final char[][][] phraseValuesByFirst;

  private OpenCcConverter(char[] charTable, BitSet triggers, char[][][] keys, char[][][] values) {
    this.charTable = charTable;
    this.triggers = triggers;
    this.phraseKeysByFirst = keys;
    this.phraseValuesByFirst = values;
  }

  static OpenCcConverter instance() {
    return Holder.INSTANCE;
  }

  private static OpenCcConverter load() {
    char[] table = new char[Character.MAX_VALUE + 1];
    BitSet triggers = new BitSet(Character.MAX_VALUE + 1);
    for (Map.Entry<String, List<String>> e : OpenccDatas.tsChar().data().getDataMap().entrySet()) {
      String key = e.getKey();
      String value = first(e.getValue());
      if (key.length() != 1 || value == null || value.length() != 1) {
        continue;
      }
      char k = key.charAt(0);
      char v = value.charAt(0);
      if (k != v) {
        table[k] = v;
        triggers.set(k);
      }
    }
    // A few simplified forms are themselves keys (薴 -> 苧 -> 苎): follow each chain to its end,
    // so that converting converted text changes nothing.
    for (int k = 0; k < table.length; k++) {
      char v = table[k];
      for (int step = 0; v != NO_MAPPING && table[v] != NO_MAPPING && table[v] != k && step < 8; step++) {
        v = table[v];
      }
      table[k] = v;
    }
    List<char[][]> phrases = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : OpenccDatas.tsPhrase().data().getDataMap().entrySet()) {
      String key = e.getKey();
      String value = first(e.getValue());
      if (key.length() < 2 || value == null || value.length() != key.length()) {
        continue;
      }
      phrases.add(new char[][] {key.toCharArray(), value.toCharArray()});
      // A phrase can change a character the table leaves alone (瞭解 -> 了解), so such characters
      // must also send their run through conversion.
      for (int i = 0; i < key.length(); i++) {
        if (key.charAt(i) != value.charAt(i)) {
          triggers.set(key.charAt(i));
        }
      }
    }
    // Taiwan phrasing read as the mainland term (人工智慧 -> 人工智能): only phrases of three or more
    // characters, because many two-character Taiwan terms are also mainland words in traditional
    // script (程序, 文件, 核心, 智慧); shorter ones come from the variants vocabulary instead.
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (char[][] p : phrases) {
      seen.add(new String(p[0]));
    }
    for (Map.Entry<String, List<String>> e : OpenccDatas.twTsPhrase().data().getDataMap().entrySet()) {
      String key = e.getKey();
      String value = first(e.getValue());
      if (key.length() < TW_PHRASE_MIN || value == null || value.length() != key.length() || !seen.add(key)
          || !isHanOnly(key)) {
        continue;
      }
      phrases.add(new char[][] {key.toCharArray(), value.toCharArray()});
      for (int i = 0; i < key.length(); i++) {
        if (key.charAt(i) != value.charAt(i)) {
          triggers.set(key.charAt(i));
        }
      }
    }
    // A phrase may keep a character the table would change (於則 -> 於则, not 于则); its result
    // must then convert to itself, or a second normalization would change it.
    OpenCcConverter plain = new OpenCcConverter(table, triggers, new char[Character.MAX_VALUE + 1][][],
        new char[Character.MAX_VALUE + 1][][]);
    List<char[][]> fixedPoints = new ArrayList<>();
    for (char[][] p : phrases) {
      char[] again = p[1].clone();
      plain.toSimplifiedInPlace(again, 0, again.length);
      if (!Arrays.equals(again, p[1])) {
        fixedPoints.add(new char[][] {p[1], p[1]});
      }
    }
    phrases.addAll(fixedPoints);
    phrases.sort(Comparator.comparingInt((char[][] p) -> -p[0].length));
    char[][][] keys = new char[Character.MAX_VALUE + 1][][];
    char[][][] values = new char[Character.MAX_VALUE + 1][][];
    for (char[][] p : phrases) {
      char first = p[0][0];
      keys[first] = append(keys[first], p[0]);
      values[first] = append(values[first], p[1]);
    }
    return new OpenCcConverter(table, triggers, keys, values);
  }

  private static boolean isHanOnly(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!CjkChars.isHanBmp(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static char[][] append(char[][] array, char[] item) {
    if (array == null) {
      return new char[][] {item};
    }
    char[][] grown = Arrays.copyOf(array, array.length + 1);
    grown[array.length] = item;
    return grown;
  }

  /** Whether {@code c} may change in conversion, alone or as part of a phrase. */
  boolean isTrigger(char c) {
    return triggers.get(c);
  }

  /**
   * Converts {@code buf[from, to)} in place; the caller passes a whole run of ideographs so that
   * phrases are seen entire.
   */
  void toSimplifiedInPlace(char[] buf, int from, int to) {
    int i = from;
    while (i < to) {
      int matched = matchPhrase(buf, i, to);
      if (matched > 0) {
        i += matched;
        continue;
      }
      char mapped = charTable[buf[i]];
      if (mapped != NO_MAPPING) {
        buf[i] = mapped;
      }
      i++;
    }
  }

  /** Replaces the longest phrase starting at {@code at} and returns its length, or 0 if none. */
  private int matchPhrase(char[] buf, int at, int to) {
    char first = buf[at];
    char[][] keys = phraseKeysByFirst[first];
    if (keys == null) {
      return 0;
    }
    for (int p = 0; p < keys.length; p++) {
      char[] key = keys[p];
      if (key.length <= to - at && regionEquals(buf, at, key)) {
        System.arraycopy(phraseValuesByFirst[first][p], 0, buf, at, key.length);
        return key.length;
      }
    }
    return 0;
  }

  private static boolean regionEquals(char[] buf, int at, char[] key) {
    for (int k = 1; k < key.length; k++) {
      if (buf[at + k] != key[k]) {
        return false;
      }
    }
    return true;
  }
}
