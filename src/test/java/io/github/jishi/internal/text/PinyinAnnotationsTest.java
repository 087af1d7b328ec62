package io.github.jishi.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PinyinAnnotationsTest {
  @Test
  void syllables_validOnesAccepted() {
    for (String s : new String[] {"zhuang", "chuang", "jiong", "lüe", "nü", "er", "ng", "yuan", "xia", "dia", "shei"}) {
      assertTrue(PinyinAnnotations.isSyllable(s), s);
    }
  }

  @Test
  void syllables_invalidCombinationsRejected() {
    for (String s : new String[] {"beijing", "fia", "jo", "bun", "zhia", "ai5", "cafe", "ji ", ""}) {
      assertFalse(PinyinAnnotations.isSyllable(s), s);
    }
  }

  @Test
  void groupEnd_coversTonedSyllableGroup() {
    String text = "發(fā)布";
    assertEquals(5, PinyinAnnotations.groupEnd(text, 1));
  }

  @Test
  void groupEnd_rejectsTwoSyllables() {
    assertEquals(-1, PinyinAnnotations.groupEnd("创(chuàngxīn)", 1));
  }

  @Test
  void groupEnd_rejectsUppercasePlainSyllable() {
    assertEquals(-1, PinyinAnnotations.groupEnd("人工智能(AI)", 4));
  }

  @Test
  void groupEnd_acceptsMixedParentheses() {
    assertEquals(5, PinyinAnnotations.groupEnd("濟(jì）南", 1));
  }
}
