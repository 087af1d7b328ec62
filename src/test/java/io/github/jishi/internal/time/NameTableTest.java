package io.github.jishi.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The name table the time reader looks festivals and time words up in. */
class NameTableTest {
  private record Name(String word, int kind) implements NameTable.Named {}

  private static final int DAY = 1;
  private static final int UNIT = 2;

  private static final NameTable<Name> TABLE = new NameTable<>(List.of(
      new Name("国庆", DAY), new Name("国庆节", DAY), new Name("国家宪法日", DAY), new Name("中秋", DAY),
      new Name("天", UNIT), new Name("天后", DAY), new Name("小时", UNIT), new Name("小年", DAY)), Name::kind);

  private static Name at(String text, int p, int kinds) {
    return TABLE.at(text.toCharArray(), p, kinds);
  }

  @Test
  void theLongestNameAtAPositionWins() {
    assertEquals("国庆节", at("今年国庆节期间", 2, DAY).word());
    assertEquals("国庆", at("今年国庆假期", 2, DAY).word());
    assertEquals("国家宪法日", at("12月4日国家宪法日", 5, DAY).word());
  }

  @Test
  void aSharedFirstCharacterIsNotEnough() {
    assertNull(at("国家统计局发布", 0, DAY));
    assertNull(at("国家宪法宣传", 0, DAY), "国家宪法 without 日 is no name");
    assertNull(at("中国", 0, DAY));
  }

  @Test
  void onlyTheKindsAskedForAreFound() {
    assertEquals("天后", at("三天后", 1, DAY).word());
    assertEquals("天", at("三天后", 1, UNIT).word());
    assertEquals("小时", at("两小时", 1, UNIT).word());
    assertNull(at("两小时", 1, DAY));
    assertEquals("小年", at("小年夜", 0, DAY | UNIT).word());
  }

  @Test
  void aNameCutByTheTextsEndIsNone() {
    assertNull(at("国庆节国", 3, DAY));
    assertEquals("国庆", at("迎国庆", 1, DAY).word());
    assertNull(at("国家宪法", 0, DAY));
    assertNull(at("国庆", -1, DAY));
    assertNull(at("国庆", 2, DAY));
  }

  @Test
  void manyFirstCharactersStillFindEachName() {
    List<Name> names = new ArrayList<>();
    for (char c = '一'; c < '一' + 300; c++) {
      names.add(new Name(c + "日", DAY));
    }
    NameTable<Name> big = new NameTable<>(names, Name::kind);
    for (Name n : names) {
      assertEquals(n, big.at(("在" + n.word() + "前").toCharArray(), 1, DAY));
    }
    assertNull(big.at("日一".toCharArray(), 0, DAY));
  }

  @Test
  void anEmptyNameIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new NameTable<>(List.of(new Name("", DAY)), Name::kind));
  }
}
