package io.github.jishi.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Pages without a title line get the first sentence of their lead. */
class LeadTitleTest {
  @Test
  void untitledPage_takesItsFirstSentenceWithoutTheSummaryLabel() {
    SourceDocument d = DocumentReader.create().readString(
        "摘要：9月10日，北京市启动医疗领域中试基地建设。该基地聚焦精准诊疗。\n北京具备人工智能和生物医药产业优势，将发挥应用场景广的特点。\n",
        "untitled.txt");
    assertEquals("9月10日，北京市启动医疗领域中试基地建设", d.title());
  }

  @Test
  void longFirstSentence_isCutWithAnEllipsis() {
    String lead = "在国家发展改革委和国家卫生健康委的指导下，广东省正式启动医疗领域国家人工智能应用中试基地建设并发布首批场景清单";
    assertEquals(lead.substring(0, DocumentReader.LEAD_TITLE_MAX) + "…", DocumentReader.leadTitle(lead + "。"));
  }

  @Test
  void emptyPage_hasAnEmptyTitle() {
    assertEquals("", DocumentReader.leadTitle(""));
  }
}
