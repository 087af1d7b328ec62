package io.github.jishi.internal.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The names of a vocabulary (festivals, time words), looked up by position in a text: grouped by
 * their first character, longest first, so the longest name wins at a position; each name's second
 * character is checked before the name is touched, which keeps a miss cheap when the tables are
 * out of the cache ({@code 国家} before {@code 国家宪法日}). Whether a position may open a name at all
 * is the scanner's pair table's to say, before it looks here.
 */
final class NameTable<T extends NameTable.Named> {
  /** A name of the table. */
  interface Named {
    String word();
  }

  private final Named[][] byFirst = new Named[Character.MAX_VALUE + 1][];
  /** The second character of each name of {@link #byFirst}, in the same order (0 for a name of one). */
  private final char[][] secondsByFirst = new char[Character.MAX_VALUE + 1][];
  private final List<T> names;

  NameTable(Collection<T> names) {
    this.names = List.copyOf(names);
    Map<Character, List<T>> lists = new HashMap<>();
    for (T n : this.names) {
      lists.computeIfAbsent(n.word().charAt(0), c -> new ArrayList<>()).add(n);
    }
    for (Map.Entry<Character, List<T>> e : lists.entrySet()) {
      List<T> list = e.getValue();
      list.sort(Comparator.comparingInt((T n) -> n.word().length()).reversed());
      byFirst[e.getKey()] = list.toArray(new Named[0]);
      char[] seconds = new char[list.size()];
      for (int k = 0; k < seconds.length; k++) {
        String w = list.get(k).word();
        seconds[k] = w.length() > 1 ? w.charAt(1) : 0;
      }
      secondsByFirst[e.getKey()] = seconds;
    }
  }

  /** Every name, in the order given. */
  List<T> all() {
    return names;
  }

  /** The longest name at {@code p} of {@code a} that {@code accept} takes, or null. */
  T at(char[] a, int p, Predicate<? super T> accept) {
    if (p < 0 || p >= a.length) {
      return null;
    }
    char[] seconds = secondsByFirst[a[p]];
    if (seconds == null) {
      return null;
    }
    char second = p + 1 < a.length ? a[p + 1] : 0;
    Named[] list = null;
    for (int k = 0; k < seconds.length; k++) {
      if (seconds[k] == second || seconds[k] == 0) {
        if (list == null) {
          list = byFirst[a[p]];
        }
        T n = cast(list[k]);
        if (accept.test(n) && matches(a, p, n.word())) {
          return n;
        }
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private T cast(Named n) {
    return (T) n;
  }

  private static boolean matches(char[] a, int p, String w) {
    if (p + w.length() > a.length) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (a[p + k] != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
