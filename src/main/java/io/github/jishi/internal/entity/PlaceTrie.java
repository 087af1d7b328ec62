package io.github.jishi.internal.entity;

import java.util.Arrays;

/**
 * A character trie from names to values, for finding every name that starts at a position.
 *
 * <p>The first character is looked up in a flat table and deeper levels in small sorted arrays:
 * most characters of a sentence start no name at all, so the common case costs one array read.
 * Built once, then read-only and safe to share between threads.
 *
 * @param <V> the value stored for each name
 */
final class PlaceTrie<V> {
  private static final char[] NO_KEYS = new char[0];
  /** Up to this many children, a node is searched by a plain scan. */
  private static final int LINEAR = 8;

  private static final class Node {
    char[] keys = NO_KEYS;
    Node[] next = new Node[0];
    Object value;

    Node child(char c) {
      char[] k = keys;
      if (k.length <= LINEAR) {
        // most nodes below the first level have a child or two: a scan beats a binary search
        for (int i = 0; i < k.length; i++) {
          if (k[i] == c) {
            return next[i];
          }
        }
        return null;
      }
      int i = Arrays.binarySearch(k, c);
      return i >= 0 ? next[i] : null;
    }

    Node childOrNew(char c) {
      int i = Arrays.binarySearch(keys, c);
      if (i >= 0) {
        return next[i];
      }
      int at = -i - 1;
      char[] k = new char[keys.length + 1];
      Node[] n = new Node[next.length + 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(next, 0, n, 0, at);
      k[at] = c;
      n[at] = new Node();
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(next, at, n, at + 1, next.length - at);
      keys = k;
      next = n;
      return n[at];
    }
  }

  private final Node[] first = new Node[Character.MAX_VALUE + 1];
  private int longest;

  /** Stores {@code value} under {@code name}, replacing any earlier value. */
  void put(String name, V value) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException("empty name in place trie");
    }
    Node n = first[name.charAt(0)];
    if (n == null) {
      n = new Node();
      first[name.charAt(0)] = n;
    }
    for (int i = 1; i < name.length(); i++) {
      n = n.childOrNew(name.charAt(i));
    }
    n.value = value;
    longest = Math.max(longest, name.length());
  }

  /** The value stored under exactly {@code name}, or null. */
  @SuppressWarnings("unchecked")
  V get(String name) {
    if (name.isEmpty()) {
      return null;
    }
    Node n = first[name.charAt(0)];
    for (int i = 1; n != null && i < name.length(); i++) {
      n = n.child(name.charAt(i));
    }
    return n == null ? null : (V) n.value;
  }

  /** The length of the longest stored name. */
  int longest() {
    return longest;
  }

  /**
   * Finds the names starting at {@code from} in {@code text}: writes their end offsets to
   * {@code ends} and values to {@code values}, shortest first, and returns how many there are.
   * Both arrays must hold {@link #longest()} entries.
   */
  int matchesAt(CharSequence text, int from, int[] ends, Object[] values) {
    Node n = first[text.charAt(from)];
    int count = 0;
    int i = from + 1;
    while (n != null) {
      if (n.value != null) {
        ends[count] = i;
        values[count] = n.value;
        count++;
      }
      if (i >= text.length()) {
        break;
      }
      n = n.child(text.charAt(i));
      i++;
    }
    return count;
  }
}
