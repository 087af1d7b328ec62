package io.github.jishi.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jishi.JishiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How pages in each form are read into documents: title, date, dateline, body and what was cut. */
class DocumentReaderTest {
  private final DocumentReader reader = DocumentReader.create();

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> reasons(SourceDocument doc) {
    return doc.removed().stream().map(RemovedBlock::reason).toList();
  }

  private static String removedText(SourceDocument doc) {
    StringBuilder sb = new StringBuilder();
    doc.removed().forEach(b -> sb.append(b.text()).append('\n'));
    return sb.toString();
  }

  @Test
  void text_pageGivesTitleHeaderDateDatelineAndWholeStory() throws IOException {
    Path file = write("page.txt", Pages.TEXT_PAGE);

    List<SourceDocument> docs = reader.read(file);

    assertEquals(1, docs.size());
    SourceDocument doc = docs.get(0);
    assertEquals(file.toString(), doc.source());
    assertEquals(DocumentFormat.TEXT, doc.format());
    assertEquals(Pages.TITLE, doc.title());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 12)), doc.published());
    assertEquals("line 发布时间", doc.publishedFrom());
    assertEquals(Pages.story(), doc.text());
    Dateline dateline = doc.dateline().orElseThrow();
    assertEquals("新华社杭州3月12日电（记者 李明）", dateline.text());
    assertEquals("杭州", dateline.place());
    assertEquals(Optional.of(MonthDay.of(3, 12)), dateline.monthDay());
    assertEquals(dateline.text(), doc.text().substring(dateline.start(), dateline.end()));
  }

  @Test
  void text_chromeGoesToRemovedWithReasonsInPageOrder() throws IOException {
    SourceDocument doc = reader.read(write("page.txt", Pages.TEXT_PAGE)).get(0);

    List<String> reasons = reasons(doc);
    assertEquals(List.of("app prompt", "title", "header", "tag", "related"), reasons.subList(0, 5));
    assertTrue(doc.removed().get(2).text().startsWith("发布时间：2025-03-12"));
    String removed = removedText(doc);
    for (String chrome :
        List.of("杭州推出医保便民服务十项举措", "2025-03-10", "版权所有", "浙ICP备12345678号", "B2-20180001",
            "0571-88886666", "news@example.cn", "仅供参考", "扫一扫，加关注", "最新评论")) {
      assertFalse(doc.text().contains(chrome), chrome);
      assertTrue(removed.contains(chrome), chrome);
    }
  }

  @Test
  void text_traditionalChromeIsCutAndScriptKept() throws IOException {
    SourceDocument doc = reader.read(write("tw.txt", Pages.TRADITIONAL_PAGE)).get(0);

    assertEquals("臺灣多所大學聯合設立人工智能研究中心", doc.title());
    assertEquals(Optional.of(LocalDate.of(2024, 5, 21)), doc.published());
    assertEquals(String.join("\n", Pages.STORY_TRADITIONAL), doc.text());
    Dateline dateline = doc.dateline().orElseThrow();
    assertEquals("中新網台北5月20日電（記者 陳華）", dateline.text());
    assertEquals("台北", dateline.place());
    assertTrue(removedText(doc).contains("網站傳真：010-66668889"));
  }

  @Test
  void html_metadataTitleDateAndChromeElementsCut() throws IOException {
    SourceDocument doc = reader.read(write("page.html", Pages.HTML_PAGE)).get(0);

    assertEquals(DocumentFormat.HTML, doc.format());
    assertEquals("浙江发布数字医疗新政", doc.title());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 12)), doc.published());
    assertEquals("meta article:published_time", doc.publishedFrom());
    assertEquals(Pages.story(), doc.text());
    assertEquals(
        List.of("html nav", "html class breadcrumb", "title", "html comment", "html class share",
            "html class comment", "html aside", "html footer", "html script"),
        reasons(doc));
    assertEquals("正文下广告位", doc.removed().get(3).text());
  }

  @Test
  void html_ogTitlePreferredAndSiteSuffixStripped() {
    String html =
        """
        <html><head><title>杭州出台算力券管理办法 - 某某网</title>
        <meta property="og:title" content="杭州出台算力券管理办法_某某新闻">
        </head><body><h1>算力券来了</h1><p>杭州市经信局近日印发算力券管理办法，对中小企业购买智能算力服务给予补贴。</p></body></html>
        """;

    SourceDocument doc = reader.readString(html, "mem.html");

    assertEquals("杭州出台算力券管理办法", doc.title());
    assertEquals("算力券来了\n杭州市经信局近日印发算力券管理办法，对中小企业购买智能算力服务给予补贴。", doc.text());
  }

  @Test
  void html_titleTagWithoutH1LosesSiteSuffix() {
    String html =
        "<html><head><title>广州启动医疗人工智能中试基地建设 - 某某网</title></head>"
            + "<body><p>广州市日前启动医疗领域人工智能中试基地建设，首批发布十五个应用场景。</p></body></html>";

    assertEquals("广州启动医疗人工智能中试基地建设", reader.readString(html, "x").title());
  }

  @Test
  void html_timeDatetimeGivesDateWhenNoMeta() {
    String html =
        "<html><body><article><h1>苏州发布低空经济行动方案</h1><time datetime=\"2024-11-02T10:00:00+08:00\">11月2日</time>"
            + "<p>苏州市政府办公室印发低空经济高质量发展行动方案，提出建设一批无人机起降场。</p></article></body></html>";

    SourceDocument doc = reader.readString(html, "x.html");

    assertEquals(Optional.of(LocalDate.of(2024, 11, 2)), doc.published());
    assertEquals("time datetime", doc.publishedFrom());
  }

  @Test
  void html_headerDateLineInBodyWhenNoMeta() {
    String html =
        "<html><body><h1>成都发布数据要素市场化配置改革方案</h1><div class=\"info\">发布日期：2024-03-01 来源：成都市政府</div>"
            + "<p>成都市政府近日印发数据要素市场化配置改革方案，明确建设公共数据授权运营平台。</p></body></html>";

    SourceDocument doc = reader.readString(html, "x.html");

    assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), doc.published());
    assertEquals("line 发布日期", doc.publishedFrom());
    assertEquals("成都市政府近日印发数据要素市场化配置改革方案，明确建设公共数据授权运营平台。", doc.text());
  }

  @Test
  void html_headerElementHoldingTheHeadingKeepsItsDateLine() {
    String html =
        "<html><body><header><a href=\"/\">某某网</a></header><header><h1>青岛发布海洋经济数字化方案</h1>"
            + "<p>发布时间：2024-06-18 09:00</p></header>"
            + "<p>青岛市发展改革委发布海洋经济数字化转型方案，提出建设智慧港口和海洋大数据中心。</p></body></html>";

    SourceDocument doc = reader.readString(html, "x.html");

    assertEquals(Optional.of(LocalDate.of(2024, 6, 18)), doc.published());
    assertEquals(List.of("html header", "title", "header"), reasons(doc));
  }

  @Test
  void html_timeInRelatedListIsNotThePublishDate() {
    String html =
        "<html><body><p>烟台市工信局发布海洋装备产业链提升行动方案，明确培育十家链主企业。</p>"
            + "<div class=\"related\"><a href=\"/x\">威海发布精细化工方案</a><time datetime=\"2024-02-01\">2月1日</time></div>"
            + "</body></html>";

    assertEquals(Optional.empty(), reader.readString(html, "x.html").published());
  }

  @Test
  void markdown_frontMatterWithRfc1123DateAndHtmlBodySavedAsTxt() throws IOException {
    SourceDocument doc = reader.read(write("export.txt", Pages.FRONT_MATTER_HTML)).get(0);

    assertEquals(DocumentFormat.MARKDOWN, doc.format());
    assertEquals("工信部：人工智能产业规模持续扩大", doc.title());
    assertEquals(Optional.of(LocalDate.of(2022, 7, 26)), doc.published());
    assertEquals("front matter date", doc.publishedFrom());
    assertEquals(
        String.join(
            "\n",
            "原标题：工信部答记者问：人工智能产业规模持续扩大",
            "本报记者 周宁 北京报道",
            "7月26日，工业和信息化部举行新闻发布会，介绍近年来推动人工智能与实体经济融合的进展情况。",
            "发布会上，有关负责人表示，下一步将加快推进智能制造标准体系建设，组织开展一批典型应用场景试点。"),
        doc.text());
    Dateline dateline = doc.dateline().orElseThrow();
    assertEquals("北京", dateline.place());
    assertEquals("本报记者 周宁 北京报道", doc.text().substring(dateline.start(), dateline.end()));
    assertTrue(reasons(doc).containsAll(List.of("html style", "html class qr", "editor", "html comment")), reasons(doc).toString());
  }

  @Test
  void markdown_frontMatterIsoDateWithOffset() {
    String md =
        """
        ---
        title: 深圳发布具身智能机器人专项政策
        date: 2025-03-04T08:39:51+08:00
        ---
        # 深圳发布具身智能机器人专项政策

        深圳市工业和信息化局发布**具身智能**机器人产业专项扶持政策，详见[政策原文](https://example.cn/a.html)。
        ![配图](https://example.cn/a.png)
        """;

    SourceDocument doc = reader.readString(md, "post.md");

    assertEquals(DocumentFormat.MARKDOWN, doc.format());
    assertEquals("深圳发布具身智能机器人专项政策", doc.title());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 4)), doc.published());
    assertEquals("深圳市工业和信息化局发布具身智能机器人产业专项扶持政策，详见政策原文。", doc.text());
  }

  @Test
  void markdown_frontMatterChineseDate() {
    String md = "---\ntitle: 合肥量子产业新政出台\ndate: 2023年6月8日\n---\n合肥市出台量子信息产业发展若干政策。\n";

    assertEquals(Optional.of(LocalDate.of(2023, 6, 8)), reader.readString(md, "a.md").published());
  }

  @Test
  void jsonArray_oneDocumentPerRecordWithNumberedSources() throws IOException {
    String json =
        """
        [
          {"title": "武汉发布光谷人工智能产业规划", "content": "<p>武汉东湖高新区发布人工智能产业发展规划。</p><p>规划提出培育一批龙头企业。</p>",
           "date": "2024-01-05 10:00:00", "url": "https://example.cn/a"},
          {"headline": "西安启动秦创原人工智能专项", "text": "西安市科技局启动秦创原人工智能专项。\\n首批支持项目三十个。",
           "published": "2024年1月6日"}
        ]
        """;
    Path file = write("batch.json", json);

    List<SourceDocument> docs = reader.read(file, "batch.json");

    assertEquals(2, docs.size());
    assertEquals("batch.json#1", docs.get(0).source());
    assertEquals(DocumentFormat.JSON, docs.get(0).format());
    assertEquals("武汉发布光谷人工智能产业规划", docs.get(0).title());
    assertEquals("武汉东湖高新区发布人工智能产业发展规划。\n规划提出培育一批龙头企业。", docs.get(0).text());
    assertEquals(Optional.of(LocalDate.of(2024, 1, 5)), docs.get(0).published());
    assertEquals("json date", docs.get(0).publishedFrom());
    assertEquals("batch.json#2", docs.get(1).source());
    assertEquals("西安启动秦创原人工智能专项", docs.get(1).title());
    assertEquals("西安市科技局启动秦创原人工智能专项。\n首批支持项目三十个。", docs.get(1).text());
    assertEquals(Optional.of(LocalDate.of(2024, 1, 6)), docs.get(1).published());
  }

  @Test
  void jsonl_oneDocumentPerLine() throws IOException {
    String jsonl =
        "{\"title\":\"南京发布车联网先导区方案\",\"body\":\"南京市发布车联网先导区建设方案。\"}\n"
            + "\n"
            + "{\"title\":\"无锡出台物联网十条\",\"body\":\"无锡市出台支持物联网产业发展的十条措施。\"}\n";
    Path file = write("feed.jsonl", jsonl);

    List<SourceDocument> docs = reader.read(file);

    assertEquals(List.of(file + "#1", file + "#2"), docs.stream().map(SourceDocument::source).toList());
    assertEquals(DocumentFormat.JSONL, docs.get(1).format());
    assertEquals("无锡市出台支持物联网产业发展的十条措施。", docs.get(1).text());
  }

  @Test
  void jsonl_detectedByContentWithoutExtension() throws IOException {
    String jsonl =
        "{\"title\":\"甲\",\"content\":\"济南发布算力网络建设方案。\"}\n{\"title\":\"乙\",\"content\":\"青岛发布海洋经济数字化方案。\"}\n";

    List<SourceDocument> docs = reader.read(write("feed", jsonl));

    assertEquals(2, docs.size());
    assertEquals(DocumentFormat.JSONL, docs.get(0).format());
  }

  @Test
  void json_singleObjectKeepsSourceNameAndFindsNestedKeys() throws IOException {
    String json =
        "{\"meta\": {\"title\": \"长沙发布智能网联汽车条例\", \"pubdate\": \"2023-09-01\"},"
            + " \"data\": {\"article\": \"长沙市人大常委会通过智能网联汽车条例。\"}}";

    List<SourceDocument> docs = reader.read(write("one.json", json), "one.json");

    assertEquals(1, docs.size());
    assertEquals("one.json", docs.get(0).source());
    assertEquals("长沙发布智能网联汽车条例", docs.get(0).title());
    assertEquals("长沙市人大常委会通过智能网联汽车条例。", docs.get(0).text());
    assertEquals(Optional.of(LocalDate.of(2023, 9, 1)), docs.get(0).published());
    assertEquals("json pubdate", docs.get(0).publishedFrom());
  }

  @Test
  void json_customKeysFromOptions() {
    DocumentReader custom =
        DocumentReader.withOptions(
            new ReaderOptions(List.of("标题"), List.of("正文"), List.of("发布日期"), List.of("网址")));
    String json = "{\"标题\": \"郑州发布数字经济规划\", \"正文\": \"郑州市发布数字经济发展规划。\", \"发布日期\": \"2022-12-30\"}";

    SourceDocument doc = custom.readString(json, "x.json");

    assertEquals("郑州发布数字经济规划", doc.title());
    assertEquals("郑州市发布数字经济发展规划。", doc.text());
    assertEquals(Optional.of(LocalDate.of(2022, 12, 30)), doc.published());
  }

  @Test
  void json_dateFromUrlPathWhenNoDateKey() {
    String json =
        "{\"title\": \"福州发布数字福建建设要点\", \"content\": \"福州市发布年度数字建设工作要点。\","
            + " \"url\": \"https://www.example.com.cn/gn/2024/03-15/10182.shtml\"}";

    SourceDocument doc = reader.readString(json, "x.json");

    assertEquals(Optional.of(LocalDate.of(2024, 3, 15)), doc.published());
    assertEquals("url url", doc.publishedFrom());
  }

  @Test
  void json_malformedFileIsOneLineErrorNamingIt() throws IOException {
    Path file = write("broken.json", "[{\"title\": \"缺少括号\",");

    JishiException e = assertThrows(JishiException.class, () -> reader.read(file, "broken.json"));

    assertTrue(e.getMessage().startsWith("malformed JSON in broken.json: "), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void json_braceTextWithoutJsonExtensionIsReadAsText() {
    SourceDocument doc = reader.readString("{这不是JSON}\n只是一段以花括号开头的文字。}", "note");

    assertEquals(DocumentFormat.TEXT, doc.format());
  }

  @Test
  void readString_manyJsonRecordsIsAnError() {
    assertThrows(JishiException.class, () -> reader.readString("[{\"text\":\"一\"},{\"text\":\"二\"}]", "mem"));
  }

  @Test
  void read_sourceIsTheNameGiven() throws IOException {
    Path file = write("a.txt", "天津发布人工智能先导区实施方案。");

    assertEquals("data/a.txt", reader.read(file, "data/a.txt").get(0).source());
  }

  @Test
  void read_emptyFileGivesEmptyDocument() throws IOException {
    SourceDocument doc = reader.read(write("empty.txt", "")).get(0);

    assertEquals("", doc.text());
    assertEquals("", doc.title());
    assertEquals(Optional.empty(), doc.published());
    assertEquals(List.of(), doc.removed());
  }

  @Test
  void read_chromeOnlyPageGivesEmptyTextNotError() throws IOException {
    String chrome = "下载客户端\n扫一扫\n分享到：微信 微博\n版权所有 某某网\n京ICP备12345678号\n电话：010-12345678\n";

    SourceDocument doc = reader.read(write("chrome.txt", chrome)).get(0);

    assertEquals("", doc.text());
    assertEquals(6, doc.removed().stream().mapToInt(b -> b.text().split("\n").length).sum());
  }

  @Test
  void read_binaryFileIsOneLineErrorNamingIt() throws IOException {
    Path file = dir.resolve("image.dat");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});

    JishiException e = assertThrows(JishiException.class, () -> reader.read(file, "in/image.dat"));

    assertEquals("not a text file (binary content): in/image.dat", e.getMessage());
  }

  @Test
  void read_missingFileIsError() {
    JishiException e = assertThrows(JishiException.class, () -> reader.read(dir.resolve("nope.txt"), "nope.txt"));

    assertEquals("no such file: nope.txt", e.getMessage());
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void read_tenMegabyteSingleLineFinishes() throws IOException {
    String unit = "人工智能产业发展{color:red}&#123;电话：0571-88886666，版权所有，相关文章，";
    StringBuilder sb = new StringBuilder(4_000_000);
    while (sb.length() * 3 < 10_000_000) {
      sb.append(unit);
    }
    Path file = write("long.txt", sb.toString());

    SourceDocument doc = reader.read(file).get(0);

    assertEquals(sb.length(), doc.text().length());
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void read_tenMegabyteMarkdownLineOfBracketsFinishes() throws IOException {
    String line = "[".repeat(10_000_000);

    SourceDocument doc = reader.read(write("brackets.md", "# 标题\n" + line)).get(0);

    assertEquals(line.length(), doc.text().length());
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void read_tenMegabyteHtmlFinishes() throws IOException {
    StringBuilder sb = new StringBuilder("<html><body>");
    while (sb.length() * 3 < 10_000_000) {
      sb.append("<div class=\"share\"><p>分享到微信</p></div><p>宿迁市发布绿色食品产业链发展规划，提出培育一批龙头企业。</p>");
    }
    sb.append("</body></html>");

    SourceDocument doc = reader.read(write("long.html", sb.toString())).get(0);

    assertTrue(doc.text().startsWith("宿迁市发布绿色食品产业链发展规划"));
  }

  @Test
  void listFiles_recursiveSortedSkippingHiddenAndNonPages() throws IOException {
    Files.createDirectories(dir.resolve("b/c"));
    Files.createDirectories(dir.resolve(".git"));
    for (String name :
        List.of("z.txt", "a.html", "b/c/page.json", "b/photo.JPG", "b/lib.jar", "b/App.class", "b/data.zip",
            ".hidden.txt", ".git/config", "b/feed.jsonl")) {
      Files.writeString(dir.resolve(name), "x");
    }

    List<Path> files = DocumentReader.listFiles(dir);

    assertEquals(
        List.of(dir.resolve("a.html"), dir.resolve("b/c/page.json"), dir.resolve("b/feed.jsonl"), dir.resolve("z.txt")),
        files);
  }

  @Test
  void listFiles_singleFileIsItself() throws IOException {
    Path file = write("one.txt", "x");

    assertEquals(List.of(file), DocumentReader.listFiles(file));
  }

  @Test
  void listFiles_missingPathIsError() {
    assertThrows(JishiException.class, () -> DocumentReader.listFiles(dir.resolve("missing")));
  }
}
