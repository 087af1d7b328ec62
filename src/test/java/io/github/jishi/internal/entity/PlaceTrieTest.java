package io.github.jishi.internal.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PlaceTrieTest {
  private static PlaceTrie<String> trie(String... names) {
    PlaceTrie<String> t = new PlaceTrie<>();
    for (String n : names) {
      t.put(n, n);
    }
    return t;
  }

  @Test
  void matchesAt_findsEveryNameStartingThereShortestFirst() {
    PlaceTrie<String> t = trie("吉林", "吉林市", "吉林省", "长春");
    int[] ends = new int[t.longest()];
    Object[] values = new Object[t.longest()];
    String text = "在吉林市长春";
    assertEquals(2, t.matchesAt(text, 1, ends, values));
    assertArrayEquals(new int[] {3, 4}, Arrays.copyOf(ends, 2));
    assertArrayEquals(new Object[] {"吉林", "吉林市"}, Arrays.copyOf(values, 2));
    assertEquals(0, t.matchesAt(text, 0, ends, values));
    assertEquals(1, t.matchesAt(text, 4, ends, values));
    assertEquals(6, ends[0]);
  }

  @Test
  void matchesAt_stopsAtEndOfText() {
    PlaceTrie<String> t = trie("吉林市");
    int[] ends = new int[3];
    Object[] values = new Object[3];
    assertEquals(0, t.matchesAt("吉林", 0, ends, values));
  }

  @Test
  void get_exactNamesOnly() {
    PlaceTrie<String> t = trie("吉林市", "吉安");
    assertEquals("吉安", t.get("吉安"));
    assertNull(t.get("吉林"));
    assertNull(t.get(""));
    assertEquals(3, t.longest());
  }

  @Test
  void put_rejectsEmptyName() {
    assertThrows(IllegalArgumentException.class, () -> new PlaceTrie<String>().put("", "x"));
  }
}
