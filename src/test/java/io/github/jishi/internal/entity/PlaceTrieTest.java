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

  @Test
  void matchesAt_nodeWithManyChildren_findsEachOfThem() {
    // more children under 新 than a node scans in turn, some of their codes alike in the low bits
    String[] seconds = {"乡", "余", "会", "疆", "泰", "沂", "郑", "密", "宾", "化", "邵", "建", "野", "民", "干", "罗", "都", "洲"};
    PlaceTrie<String> t = new PlaceTrie<>();
    for (String second : seconds) {
      t.put("新" + second + "市", "新" + second + "市");
    }
    t.put("新疆维吾尔自治区", "新疆维吾尔自治区");
    t.put("新疆", "新疆");
    int[] ends = new int[t.longest()];
    Object[] values = new Object[t.longest()];
    String text = "来自新疆维吾尔自治区和新郑市、新洲市的代表";
    assertEquals(2, t.matchesAt(text, 2, ends, values));
    assertArrayEquals(new int[] {4, 10}, Arrays.copyOf(ends, 2));
    assertArrayEquals(new Object[] {"新疆", "新疆维吾尔自治区"}, Arrays.copyOf(values, 2));
    assertEquals(1, t.matchesAt(text, 11, ends, values));
    assertEquals(14, ends[0]);
    assertEquals("新郑市", values[0]);
    assertEquals(1, t.matchesAt(text, 15, ends, values));
    assertEquals("新洲市", values[0]);
    assertEquals(0, t.matchesAt("新区建设", 0, ends, values));
    for (String second : seconds) {
      assertEquals("新" + second + "市", t.get("新" + second + "市"));
      assertEquals(second.equals("疆") ? "新疆" : null, t.get("新" + second));
    }
    assertNull(t.get("新城市"));
  }

  @Test
  void put_afterALookUp_isFoundByTheNext() {
    PlaceTrie<String> t = trie("苏州");
    int[] ends = new int[6];
    Object[] values = new Object[6];
    String text = "苏州工业园区";
    assertEquals(1, t.matchesAt(text, 0, ends, values));
    assertNull(t.get("苏州工业园区"));
    t.put("苏州工业园区", "苏州工业园区");
    assertEquals("苏州工业园区", t.get("苏州工业园区"));
    assertEquals(2, t.matchesAt(text, 0, ends, values));
    assertArrayEquals(new int[] {2, 6}, Arrays.copyOf(ends, 2));
    assertEquals(6, t.longest());
  }
}
