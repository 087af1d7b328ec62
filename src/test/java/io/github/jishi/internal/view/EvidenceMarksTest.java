package io.github.jishi.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jishi.internal.view.EvidenceMarks.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words of the evidence the page marks. */
class EvidenceMarksTest {
  @Test
  void of_marksPlacesByShortNameProgrammeAndOrg_anActionNotWrittenAsOneWordIsNot() {
    var e = ViewEvents.sample().get(0); // 2月19日，工业和信息化部支持杭州创建国家人工智能创新应用先导区。 action 支持创建
    assertEquals(List.of(new Span(6, 13), new Span(15, 17), new Span(19, 32)), EvidenceMarks.of(e, List.of()));
  }

  @Test
  void of_marksTheActionAndTheSearchedWords() {
    var e = ViewEvents.sample().get(1); // 9月19日，国家人工智能应用中试基地（医疗领域）在广州正式启动。
    assertEquals(List.of(new Span(6, 18), new Span(19, 23), new Span(25, 27), new Span(29, 31)),
        EvidenceMarks.of(e, List.of("医疗领域")));
  }

  @Test
  void find_overlapKeepsTheLongerWord() {
    assertEquals(List.of(new Span(0, 13)), EvidenceMarks.find("国家人工智能创新应用先导区", List.of("先导区", "国家人工智能创新应用先导区")));
  }

  @Test
  void find_everyOccurrence() {
    assertEquals(List.of(new Span(0, 2), new Span(3, 5)), EvidenceMarks.find("杭州、杭州", List.of("杭州")));
  }

  @Test
  void find_blankAndAbsentWordsMarkNothing() {
    assertEquals(List.of(), EvidenceMarks.find("杭州", List.of("", " ", "广州", "杭州市西湖区")));
  }

  @Test
  void shortName_dropsTheSuffixButKeepsTwoCharacters() {
    assertEquals("杭州", EvidenceMarks.shortName("杭州市"));
    assertEquals("新疆", EvidenceMarks.shortName("新疆维吾尔自治区"));
    assertEquals("萧山", EvidenceMarks.shortName("萧山区"));
    assertEquals("沙市", EvidenceMarks.shortName("沙市"));
  }
}
