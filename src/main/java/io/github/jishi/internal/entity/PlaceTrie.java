package io.github.jishi.internal.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A character trie from names to values, for finding every name that starts at a position.
 *
 * <p>Names are added to a plain tree of maps, which is laid out, on the first look-up after a
 * change, in a few flat arrays read by every look-up: one bit per character says whether any name
 * starts with it, a small open-addressing table finds the first character's node, and each node's
 * children sit next to each other (numbered breadth first), their characters in one array, so
 * that a step down costs a read of the node's entry and a short scan of adjacent characters. Most
 * characters of a sentence start no name at all and cost one read of a small bit table; the
 * arrays stay compact, which matters more than the instructions when the segmenter runs between
 * sentences and leaves little of them in the caches. Read-only after construction and then safe
 * to share between threads.
 *
 * @param <V> the value stored for each name
 */
final class PlaceTrie<V> {
  /** Up to this many children, a node's characters are scanned; beyond, binary-searched. */
  private static final int LINEAR = 8;

  /** A node of the tree names are added to. */
  private static final class Node {
    final TreeMap<Character, Node> children = new TreeMap<>();
    Object value;
  }

  /** The names' first characters and their subtrees. */
  private final TreeMap<Character, Node> roots = new TreeMap<>();
  private int longest;
  /** The arrays look-ups read, made from {@link #roots} on the first look-up after a change. */
  private volatile Flat flat;

  /** Stores {@code value} under {@code name}, replacing any earlier value. */
  synchronized void put(String name, V value) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException("empty name in place trie");
    }
    Node n = roots.computeIfAbsent(name.charAt(0), c -> new Node());
    for (int i = 1; i < name.length(); i++) {
      n = n.children.computeIfAbsent(name.charAt(i), c -> new Node());
    }
    n.value = value;
    longest = Math.max(longest, name.length());
    flat = null;
  }

  /**
   * The value stored under exactly {@code name}, or null. Read from the tree names are added to,
   * so that checking before each addition (as a builder does) lays nothing out.
   */
  @SuppressWarnings("unchecked")
  synchronized V get(String name) {
    if (name.isEmpty()) {
      return null;
    }
    Node n = roots.get(name.charAt(0));
    for (int i = 1; n != null && i < name.length(); i++) {
      n = n.children.get(name.charAt(i));
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
    Flat f = flat();
    int n = f.root(text.charAt(from));
    int count = 0;
    int i = from + 1;
    int length = text.length();
    while (n >= 0) {
      long info = f.info[n];
      if ((info & 1) != 0) {
        ends[count] = i;
        values[count] = f.values[n];
        count++;
      }
      if (i >= length) {
        break;
      }
      n = f.child(info, text.charAt(i));
      i++;
    }
    return count;
  }

  private Flat flat() {
    Flat f = flat;
    return f != null ? f : layOut();
  }

  private synchronized Flat layOut() {
    if (flat == null) {
      flat = new Flat(roots);
    }
    return flat;
  }

  /**
   * The trie as arrays. Node 0 is the root; the children of a node are consecutive nodes, in the
   * order of their characters. {@code info} holds for each node its first child, its number of
   * children and whether it ends a name; {@code label} the character leading to it.
   */
  private static final class Flat {
    /** One bit per character that starts a name. */
    final long[] starts = new long[(Character.MAX_VALUE + 1) >>> 6];
    /** First characters to their nodes, by {@code c & rootMask}, probed linearly. */
    final char[] rootKeys;
    final int[] rootNodes;
    final int rootMask;
    /** {@code firstChild << 32 | childCount << 1 | endsName}. */
    final long[] info;
    final char[] label;
    final Object[] values;

    Flat(TreeMap<Character, Node> roots) {
      // number the nodes breadth first, so that each node's children are consecutive
      List<Node> order = new ArrayList<>();
      List<Character> labels = new ArrayList<>();
      Node root = new Node();
      root.children.putAll(roots);
      order.add(root);
      labels.add('\0');
      ArrayDeque<Node> queue = new ArrayDeque<>();
      queue.add(root);
      int total = 1;
      List<int[]> ranges = new ArrayList<>();
      while (!queue.isEmpty()) {
        Node n = queue.poll();
        ranges.add(new int[] {total, n.children.size()});
        for (var e : n.children.entrySet()) {
          order.add(e.getValue());
          labels.add(e.getKey());
          queue.add(e.getValue());
          total++;
        }
      }
      info = new long[total];
      label = new char[total];
      values = new Object[total];
      for (int k = 0; k < total; k++) {
        Node n = order.get(k);
        int[] range = ranges.get(k);
        info[k] = ((long) range[0] << 32) | ((long) range[1] << 1) | (n.value != null ? 1 : 0);
        label[k] = labels.get(k);
        values[k] = n.value;
      }
      int size = Integer.highestOneBit(Math.max(1, roots.size()) * 2) * 2;
      rootKeys = new char[size];
      rootNodes = new int[size];
      Arrays.fill(rootNodes, -1);
      rootMask = size - 1;
      int first = (int) (info[0] >>> 32);
      for (int k = first; k < first + roots.size(); k++) {
        char c = label[k];
        starts[c >>> 6] |= 1L << c;
        int slot = c & rootMask;
        while (rootNodes[slot] >= 0) {
          slot = (slot + 1) & rootMask;
        }
        rootKeys[slot] = c;
        rootNodes[slot] = k;
      }
    }

    /** The node of names starting with {@code c}, or -1. */
    int root(char c) {
      if ((starts[c >>> 6] & (1L << c)) == 0) {
        return -1;
      }
      int slot = c & rootMask;
      while (rootKeys[slot] != c) {
        slot = (slot + 1) & rootMask;
      }
      return rootNodes[slot];
    }

    /** The child reached by {@code c} from the node with {@code nodeInfo}, or -1. */
    int child(long nodeInfo, char c) {
      int lo = (int) (nodeInfo >>> 32);
      int count = (int) nodeInfo >>> 1;
      if (count <= LINEAR) {
        // most nodes below the first level have a child or two: a scan of adjacent characters
        for (int k = lo, end = lo + count; k < end; k++) {
          if (label[k] == c) {
            return k;
          }
        }
        return -1;
      }
      int hi = lo + count - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        char m = label[mid];
        if (m < c) {
          lo = mid + 1;
        } else if (m > c) {
          hi = mid - 1;
        } else {
          return mid;
        }
      }
      return -1;
    }
  }
}
