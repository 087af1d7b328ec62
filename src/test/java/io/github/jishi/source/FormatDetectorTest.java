package io.github.jishi.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The form of a page, judged by content first and file name second. */
class FormatDetectorTest {
  @Test
  void frontMatterWithHtmlBody_inTxtFile_isMarkdown() {
    assertEquals(DocumentFormat.MARKDOWN, FormatDetector.detect(Pages.FRONT_MATTER_HTML, "export.txt"));
  }

  @Test
  void frontMatterAfterBomAndBlankLines_isMarkdown() {
    assertEquals(DocumentFormat.MARKDOWN, FormatDetector.detect("\uFEFF\n\n---\ntitle: 标题\n---\n正文。", "a"));
  }

  @Test
  void ruleLineInPlainText_isNotFrontMatter() {
    assertEquals(DocumentFormat.TEXT, FormatDetector.detect("第一段文字。\n---\n第二段文字。", "a.txt"));
  }

  @Test
  void doctype_isHtml() {
    assertEquals(DocumentFormat.HTML, FormatDetector.detect("<!DOCTYPE html><title>标题</title>", "page.txt"));
  }

  @Test
  void manyBlockTags_isHtml() {
    assertEquals(DocumentFormat.HTML, FormatDetector.detect("标题\n<div><p>一段。</p><p>二段。</p><br>三段。</div>", "x"));
  }

  @Test
  void htmlExtension_isHtml() {
    assertEquals(DocumentFormat.HTML, FormatDetector.detect("只有文字。", "saved.htm"));
  }

  @Test
  void jsonArrayByContent_isJson() {
    assertEquals(DocumentFormat.JSON, FormatDetector.detect("[{\"title\": \"标题\"}]", "dump"));
  }

  @Test
  void objectPerLineByContent_isJsonl() {
    assertEquals(DocumentFormat.JSONL, FormatDetector.detect("{\"a\": 1}\n{\"a\": 2}\n", "dump"));
  }

  @Test
  void jsonlExtension_isJsonl() {
    assertEquals(DocumentFormat.JSONL, FormatDetector.detect("{\"a\": 1}", "x.jsonl"));
  }

  @Test
  void mdExtension_isMarkdown() {
    assertEquals(DocumentFormat.MARKDOWN, FormatDetector.detect("# 标题\n正文。", "note.md"));
  }

  @Test
  void plainLines_areText() {
    assertEquals(DocumentFormat.TEXT, FormatDetector.detect("标题\n发布时间：2024-01-01\n正文。", "page.txt"));
  }
}
