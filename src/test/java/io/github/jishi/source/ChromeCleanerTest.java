package io.github.jishi.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as page chrome, and that the story itself always survives whole. */
class ChromeCleanerTest {
  private final DocumentReader reader = DocumentReader.create();

  private static final String P1 =
      "合肥市科技局近日发布通知，面向全市征集人工智能揭榜挂帅项目，单个项目最高支持五百万元。";
  private static final String P2 =
      "通知要求，申报单位须在合肥注册登记，并与本地医疗机构或制造企业联合组建攻关团队。";
  private static final String P3 =
      "市科技局表示，项目评审将引入第三方机构，评审结果将在官方网站公示不少于五个工作日。";
  private static final String P4 =
      "据介绍，去年合肥共立项人工智能攻关项目四十余个，带动社会投资超过二十亿元。";

  private SourceDocument clean(String... lines) {
    return reader.readString(String.join("\n", lines), "page.txt");
  }

  private static String reasonOf(SourceDocument doc, String text) {
    return doc.removed().stream()
        .filter(b -> b.text().contains(text))
        .map(RemovedBlock::reason)
        .findFirst()
        .orElse("(kept)");
  }

  @Test
  void relatedList_nearEndCutsToEndOfPage() {
    SourceDocument doc =
        clean(P1, P2, P3, "相关阅读", "• 芜湖发布机器人产业十条", "芜湖市出台支持机器人产业发展的若干政策，涵盖研发奖励",
            "2025-05-06", "• 蚌埠启动硅基新材料专项", "2025-05-05");

    assertEquals(String.join("\n", P1, P2, P3), doc.text());
    assertEquals("related", reasonOf(doc, "芜湖发布机器人产业十条"));
    assertEquals("related", reasonOf(doc, "2025-05-05"));
  }

  @Test
  void relatedHeading_earlyAndFollowedByProse_cutsOnlyTheList() {
    SourceDocument doc =
        clean(P1, "延伸阅读", "芜湖发布机器人产业十条", "蚌埠启动硅基新材料专项", P2, P3, P4, P1 + P2);

    assertEquals(String.join("\n", P1, P2, P3, P4, P1 + P2), doc.text());
    assertEquals("related", reasonOf(doc, "延伸阅读"));
    assertEquals("related", reasonOf(doc, "蚌埠启动硅基新材料专项"));
  }

  @Test
  void relatedWords_insideASentence_areNotAHeading() {
    String sentence = "记者在相关新闻发布会上了解到，合肥将继续加大对人工智能基础研究的支持力度。";

    SourceDocument doc = clean(P1, sentence, P2);

    assertEquals(String.join("\n", P1, sentence, P2), doc.text());
  }

  @Test
  void phraseStartingWithHeadingWord_isNotAHeading() {
    SourceDocument doc = clean(P1, P2, P3, "相关新闻发布会召开", P4);

    assertEquals(String.join("\n", P1, P2, P3, "相关新闻发布会召开", P4), doc.text());
  }

  @Test
  void headingWithSeparatorAndMore_isAHeading() {
    SourceDocument doc = clean(P1, P2, P3, "【相关阅读】更多>>", "芜湖发布机器人产业十条");

    assertEquals(String.join("\n", P1, P2, P3), doc.text());
  }

  @Test
  void commentSection_cutToEnd() {
    SourceDocument doc = clean(P1, P2, P3, P4, "网友评论", "匿名网友：支持！", "热心市民：希望早日落地");

    assertEquals(String.join("\n", P1, P2, P3, P4), doc.text());
    assertEquals("comments", reasonOf(doc, "热心市民"));
  }

  @Test
  void footer_copyrightLicenceIcpPhoneMailCut() {
    SourceDocument doc =
        clean(P1, P2, "Copyright © 2025 某某网 All Rights Reserved", "增值电信业务经营许可证 皖B2-20190001",
            "皖ICP备05001234号-1", "皖公网安备 34010402700001号", "联系电话：0551-62221234", "传真：0551-62221235",
            "邮箱：news@example.cn");

    assertEquals(String.join("\n", P1, P2), doc.text());
    assertTrue(doc.removed().stream().allMatch(b -> b.reason().equals("footer")), doc.removed().toString());
  }

  @Test
  void footerWords_insideStoryParagraphs_areKept() {
    String story =
        "市市场监管局提醒，办理食品经营许可证可拨打咨询电话12345，相关材料也可发送至电子邮件service@example.cn。";
    String shortLine = "咨询电话：12345。";

    SourceDocument doc = clean(P1, story, shortLine, P2);

    assertEquals(String.join("\n", P1, story, shortLine, P2), doc.text());
  }

  @Test
  void disclaimer_cut() {
    SourceDocument doc = clean(P1, "本网所载文章、数据仅供参考，使用前务请仔细阅读法律声明，风险自负。");

    assertEquals(P1, doc.text());
    assertEquals("disclaimer", reasonOf(doc, "仅供参考"));
  }

  @Test
  void appPrompts_cut() {
    SourceDocument doc = clean("某某财经APP", "下载客户端", P1, "海量资讯、精准解读，尽在某某财经APP", "打开APP阅读全文");

    assertEquals(P1, doc.text());
    assertEquals("app prompt", reasonOf(doc, "海量资讯"));
  }

  @Test
  void shareAndQrLines_cut() {
    SourceDocument doc = clean(P1, "分享到：微信 微博", "扫码关注官方微信", "二维码", "官方微博", "加关注");

    assertEquals(P1, doc.text());
  }

  @Test
  void tagAndEditorLines_cut() {
    SourceDocument doc = clean(P1, "Tag: 人工智能 合肥", "关键词：揭榜挂帅", "（责任编辑：王芳）", "责任编辑：李强 ");

    assertEquals(P1, doc.text());
    assertEquals("tag", reasonOf(doc, "Tag:"));
    assertEquals("editor", reasonOf(doc, "王芳"));
  }

  @Test
  void navigationAndBreadcrumb_cut() {
    SourceDocument doc = clean("首页 新闻 财经 科技 体育 娱乐", "当前位置：首页 > 科技 > 正文", P1, "上一篇：芜湖发布机器人产业十条", "返回顶部");

    assertEquals(P1, doc.text());
    assertEquals("navigation", reasonOf(doc, "当前位置"));
  }

  @Test
  void escapedCssText_cut() {
    SourceDocument doc =
        clean(P1, ".appendQr_wrap&#123;border:1px solid #E6E6E6;padding:8px;&#125;", ".qr_txt{float:left;font-size:20px}", "}");

    assertEquals(P1, doc.text());
    assertEquals("css", reasonOf(doc, "appendQr_wrap"));
  }

  @Test
  void endMark_keepsStoryAndCutsListAfterIt() {
    String last = "合肥市将于下月公布首批入围项目名单。（完）";

    SourceDocument doc = clean(P1, P2, last, "编辑推荐", "芜湖发布机器人产业十条", "2025-05-06");

    assertEquals(String.join("\n", P1, P2, last), doc.text());
    assertEquals("after story", reasonOf(doc, "编辑推荐"));
  }

  @Test
  void traditionalChrome_cut() {
    SourceDocument doc =
        clean("掃一掃", "下載客戶端", P1, "相關文章", "芜湖發布機器人產業十條", "版權所有 某某網", "許可證 12120180001",
            "電話：010-66668888", "傳真：010-66668889", "電子郵件：a@example.tw", "最新評論");

    assertEquals(P1, doc.text());
  }

  @Test
  void htmlComments_cut() {
    SourceDocument doc =
        reader.readString("<div><p>" + P1 + "</p><!-- 广告位 start --><p>" + P2 + "</p><!-- 广告位 end --></div>", "x.html");

    assertEquals(String.join("\n", P1, P2), doc.text());
    assertEquals(List.of("html comment", "html comment"), doc.removed().stream().map(RemovedBlock::reason).toList());
  }

  @Test
  void htmlCssAndScript_cut() {
    SourceDocument doc =
        reader.readString(
            "<html><head><title></title></head><body><style>p{margin:0}</style><p>" + P1
                + "</p><script>var a = 1;</script><noscript>请启用脚本</noscript></body></html>",
            "x.html");

    assertEquals(P1, doc.text());
    assertEquals(List.of("html style", "html script", "html noscript"),
        doc.removed().stream().map(RemovedBlock::reason).toList());
  }

  @Test
  void htmlChromeClass_wrappingTheWholeStory_isKept() {
    String html = "<div id=\"app\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div><div class=\"share\">分享</div>";

    SourceDocument doc = reader.readString(html, "x.html");

    assertEquals(String.join("\n", P1, P2, P3), doc.text());
  }

  @Test
  void htmlLinkList_cut() {
    String html =
        "<p>" + P1 + "</p><div><a href=\"/1\">芜湖发布机器人产业十条</a></div><div><a href=\"/2\">蚌埠启动硅基新材料专项</a></div>"
            + "<div><a href=\"/3\">淮南推进数字矿山建设</a></div>";

    SourceDocument doc = reader.readString(html, "x.html");

    assertEquals(P1, doc.text());
    assertEquals("link list", reasonOf(doc, "淮南"));
  }

  @Test
  void paragraphs_fullWidthIndentAndBlankLinesRemoved() {
    SourceDocument doc = reader.readString("\n\n　　" + P1 + "  \n\n\n\t" + P2 + "\n\n", "x.txt");

    assertEquals(P1 + "\n" + P2, doc.text());
  }

  @Test
  void textInsideLines_isNotNormalized() {
    String line = "臺灣與大陸的ＡＩ產業合作　持續升溫，業界關注兩岸標準互認進展，雙方代表近日在廈門座談。";

    assertEquals(line, clean(P1, line).text().split("\n")[1]);
  }

  @Test
  void photoCaption_withReporterCredit_cut() {
    SourceDocument doc = clean(P1, "揭牌仪式现场。本报记者 张三摄", P2);

    assertEquals(String.join("\n", P1, P2), doc.text());
    assertEquals("caption", reasonOf(doc, "揭牌仪式现场"));
  }

  @Test
  void photoCaption_agencyCredit_cut() {
    SourceDocument doc = clean("港口一景。路透社", P1, P2);

    assertEquals(String.join("\n", P1, P2), doc.text());
  }

  @Test
  void sentenceEndingInPhotographWord_kept() {
    String line = "市民纷纷拿出手机，在新开通的地铁站里合影留念，记者在现场进行了拍摄";

    assertEquals(String.join("\n", P1, line), clean(P1, line).text());
  }

  @Test
  void weatherWidget_cut() {
    SourceDocument doc = clean("星期三 合肥市 多云", "最高 21℃ 最低 12℃", P1);

    assertEquals(P1, doc.text());
    assertEquals("weather", reasonOf(doc, "多云"));
  }

  @Test
  void loneTokens_languageSwitchCounterAndLink_cut() {
    SourceDocument doc = clean("EN", "https://www.example.cn/", P1, "0", "TOP");

    assertEquals(P1, doc.text());
  }

  @Test
  void documentNumberLine_cut() {
    SourceDocument doc = clean(P1, "皖政办〔2024〕12号", P2);

    assertEquals(String.join("\n", P1, P2), doc.text());
    assertEquals("document number", reasonOf(doc, "皖政办"));
  }

  @Test
  void linesAboveDatedHeadline_areSiteHeader() {
    SourceDocument doc = clean("某某职业技能服务网(ABC)", "合肥征集人工智能揭榜挂帅项目", "2025年05月06日", P1);

    assertEquals("合肥征集人工智能揭榜挂帅项目", doc.title());
    assertEquals("site header", reasonOf(doc, "服务网"));
    assertEquals(P1, doc.text());
  }

  @Test
  void traditionalChromeMarks_cutBySimplifiedVocabulary() {
    SourceDocument doc = clean(P1, "分享到：微信 微博", "責任編輯：王芳", "掃碼關注官方微信");

    assertEquals(P1, doc.text());
  }

  @Test
  void captionOpener_withoutCredit_cut() {
    SourceDocument doc = clean(P1, "图为合肥某人工智能企业的生产车间。", P2);

    assertEquals(String.join("\n", P1, P2), doc.text());
    assertEquals("caption", reasonOf(doc, "生产车间"));
  }

  @Test
  void relatedRunOnOneLine_cut() {
    SourceDocument doc = clean(P1, "相关新闻：合肥发布机器人十条？ 芜湖启动专项 蚌埠新材料", P2);

    assertEquals(String.join("\n", P1, P2), doc.text());
    assertEquals("related", reasonOf(doc, "芜湖启动专项"));
  }

  @Test
  void timeOfDayAlone_cut() {
    assertEquals(String.join("\n", P1, P2), clean(P1, "14：30", P2).text());
  }

  @Test
  void publishDateAtFoot_usedWhenHeaderStatesNone() {
    SourceDocument doc = clean("合肥征集人工智能揭榜挂帅项目", P1, P2, "发布日期：2025-05-06 浏览次数：", "打印本页 关闭窗口");

    assertEquals(java.util.Optional.of(java.time.LocalDate.of(2025, 5, 6)), doc.published());
    assertEquals(String.join("\n", P1, P2), doc.text());
  }

  @Test
  void unlabelledDateAtFoot_notAPublishDate() {
    SourceDocument doc = clean("合肥征集人工智能揭榜挂帅项目", P1, P2, "2025-05-06");

    assertEquals(java.util.Optional.empty(), doc.published());
  }
}
