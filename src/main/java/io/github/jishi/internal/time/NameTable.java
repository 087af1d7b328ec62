package io.github.jishi.internal.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The names of a vocabulary (festivals, time words), looked up by position in a text: grouped by
 * their first character, longest first, so the longest name wins at a position.
 *
 * <p>Laid out for a lookup that finds the tables out of the cache, as it does between the pages
 * of a long run: the first characters sit in a small open-addressed table, and each name's
 * characters in one flat array, its second character checked first, so a miss reads a few
 * adjacent lines and no name object ({@code 国家} before {@code 国家宪法日}). Whether a position may
 * open a name at all is the scanner's pair table's to say, before it looks here.
 */
final class NameTable<T extends NameTable.Named> {
  /** A name of the table. */
  interface Named {
    String word();
  }

  private final List<T> names;
  /** First characters, open-addressed; 0 marks an empty slot. */
  private final char[] keys;
  /** The entries of the slot's first character: {@code from[slot]} to {@code to[slot]}, exclusive. */
  private final short[] from;
  private final short[] to;
  private final int shift;
  /** Per entry: its second character (0 for a name of one), its length, its kinds' bits, where its characters start in {@link #chars}. */
  private final char[] seconds;
  private final byte[] lengths;
  private final int[] kinds;
  private final int[] offsets;
  private final char[] chars;
  private final Object[] items;

  /** A table of {@code names}, each of the kinds {@code kindBits} gives (a bit each; lookups ask by a mask of them). */
  NameTable(Collection<T> names, ToIntFunction<? super T> kindBits) {
    this.names = List.copyOf(names);
    Map<Character, List<T>> byFirst = new LinkedHashMap<>();
    int total = 0;
    for (T n : this.names) {
      if (n.word().isEmpty() || n.word().length() > Byte.MAX_VALUE) {
        throw new IllegalArgumentException("name of 1 to 127 characters expected: '" + n.word() + "'");
      }
      byFirst.computeIfAbsent(n.word().charAt(0), c -> new ArrayList<>()).add(n);
      total += n.word().length();
    }
    if (this.names.size() > Short.MAX_VALUE) {
      throw new IllegalArgumentException("too many names: " + this.names.size());
    }
    int bits = 4;
    while ((1 << bits) < 2 * byFirst.size()) {
      bits++;
    }
    shift = 32 - bits;
    keys = new char[1 << bits];
    from = new short[1 << bits];
    to = new short[1 << bits];
    int n = this.names.size();
    seconds = new char[n];
    lengths = new byte[n];
    kinds = new int[n];
    offsets = new int[n];
    chars = new char[total];
    items = new Object[n];
    int e = 0;
    int c = 0;
    for (Map.Entry<Character, List<T>> group : byFirst.entrySet()) {
      List<T> list = group.getValue();
      list.sort(Comparator.comparingInt((T x) -> x.word().length()).reversed());
      int slot = slot(group.getKey());
      while (keys[slot] != 0) {
        slot = (slot + 1) & (keys.length - 1);
      }
      keys[slot] = group.getKey();
      from[slot] = (short) e;
      for (T x : list) {
        String w = x.word();
        seconds[e] = w.length() > 1 ? w.charAt(1) : 0;
        lengths[e] = (byte) w.length();
        kinds[e] = kindBits.applyAsInt(x);
        offsets[e] = c;
        w.getChars(0, w.length(), chars, c);
        c += w.length();
        items[e] = x;
        e++;
      }
      to[slot] = (short) e;
    }
  }

  /** A table of {@code names}, all of one kind (bit 1). */
  NameTable(Collection<T> names) {
    this(names, x -> 1);
  }

  private int slot(char c) {
    return (c * 0x9E3779B1) >>> shift;
  }

  /** Every name, in the order given. */
  List<T> all() {
    return names;
  }

  /** The longest name at {@code p} of {@code a} of a kind in {@code kindMask}, or null. */
  @SuppressWarnings("unchecked")
  T at(char[] a, int p, int kindMask) {
    if (p < 0 || p >= a.length) {
      return null;
    }
    char first = a[p];
    int slot = slot(first);
    for (char k; (k = keys[slot]) != first; slot = (slot + 1) & (keys.length - 1)) {
      if (k == 0) {
        return null;
      }
    }
    char second = p + 1 < a.length ? a[p + 1] : 0;
    for (int e = from[slot], end = to[slot]; e < end; e++) {
      char s = seconds[e];
      if ((s == second || s == 0) && (kinds[e] & kindMask) != 0 && rest(a, p, e)) {
        return (T) items[e];
      }
    }
    return null;
  }

  /** Whether entry {@code e}'s characters after its second are those of {@code a} from {@code p + 2}. */
  private boolean rest(char[] a, int p, int e) {
    int len = lengths[e];
    if (p + len > a.length) {
      return false;
    }
    int off = offsets[e];
    for (int k = 2; k < len; k++) {
      if (a[p + k] != chars[off + k]) {
        return false;
      }
    }
    return true;
  }
}
