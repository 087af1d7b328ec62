package io.github.jishi.source;

import java.util.List;

/** Page fixtures shaped like real crawled news pages, with sentences written for these tests. */
final class Pages {
  private Pages() {}

  static final String TITLE = "浙江发布数字医疗新政 支持建设人工智能应用中试平台";

  static final List<String> STORY =
      List.of(
          "新华社杭州3月12日电（记者 李明）浙江省卫生健康委员会12日对外发布新一轮数字医疗支持政策，提出到2026年在全省建成10个人工智能应用中试平台。",
          "根据政策文件，省级财政将安排专项资金，对通过验收的中试平台给予一次性补助，并在数据开放、人才引进等方面予以倾斜。",
          "省卫生健康委有关负责人介绍，新政策特别强调医疗数据安全，要求平台运营单位建立分级授权机制，并把咨询电话和投诉渠道在显著位置公示。",
          "下一步，浙江将会同发展改革、经济和信息化等部门，按季度跟踪政策落实情况。（完）");

  static String story() {
    return String.join("\n", STORY);
  }

  /** A saved text page: app prompts, title, header line, story, related list, footer. */
  static final String TEXT_PAGE =
      """
      某某新闻APP

      扫一扫
      下载客户端

      %s

        发布时间：2025-03-12 09:30:00   作者：编辑部   我要评论

      %s

        • Tag:

      相关文章

        • 杭州推出医保便民服务十项举措

          杭州市医保局近日推出一批便民服务举措，覆盖异地就医备案、门诊费用结算和长期护理保险等事项，市民可通过
          2025-03-10
        • 宁波智能制造产业园开园

          宁波市北仑区智能制造产业园日前开园，首批入驻企业二十余家，涉及工业机器人、精密仪器等多个
          2025-03-09

      版权所有 某某新闻网

      互联网新闻信息服务许可证 33120170001  增值电信业务经营许可证B2-20180001

      浙公网安备 33010602000001号 浙ICP备12345678号

      某某新闻网所载文章、数据仅供参考，使用前务请仔细阅读法律声明，风险自负。

      编辑部电话：0571-88886666  传真：0571-88886667

      电子邮件：news@example.cn

      官方微信

      扫一扫，加关注

      最新评论
      """
          .formatted(TITLE, "　　" + String.join("\n\n　　", STORY));

  /** The same story in traditional script, with the chrome in traditional script as well. */
  static final List<String> STORY_TRADITIONAL =
      List.of(
          "中新網台北5月20日電（記者 陳華）臺灣地區多所大學近日宣布聯合設立人工智能研究中心，首期投入經費新臺幣三億元。",
          "該中心將聚焦醫療影像、智慧農業和語音辨識三個方向，並向中小企業開放部分算力資源。",
          "主辦方表示，研究成果將以開放授權方式發布，歡迎各界通過官方網站提出合作意向。");

  static final String TRADITIONAL_PAGE =
      """
      某某日報APP
      掃一掃
      下載客戶端
      臺灣多所大學聯合設立人工智能研究中心
      2024年05月21日08:15 | 來源:某某日報
      %s
      -某某日報網
        • 24小時排行 一週排行
      版權所有某某日報網
      京ICP備12345678號
      某某日報網所載文章、數據僅供參考，使用前務請仔細閱讀法律申明，風險自負。
      網站電話：010-66668888 網站傳真：010-66668889 電子郵件：news@example.com.tw
      最新評論
      """
          .formatted(String.join("\n", STORY_TRADITIONAL));

  /** An HTML page with metadata, navigation, share buttons, scripts, styles and a footer. */
  static final String HTML_PAGE =
      """
      <!DOCTYPE html>
      <html>
      <head>
      <meta charset="utf-8">
      <title>浙江发布数字医疗新政_某某财经_某某网</title>
      <meta property="article:published_time" content="2025-03-12T09:30:00+08:00">
      <style>.top{color:#333}</style>
      <script>var pageId = 42;</script>
      </head>
      <body>
      <nav><a href="/">首页</a> <a href="/news">新闻</a> <a href="/finance">财经</a></nav>
      <div class="breadcrumb">首页 &gt; 财经 &gt; 正文</div>
      <div class="article">
      <h1>浙江发布数字医疗新政</h1>
      <p>　　%s</p>
      <p>　　%s</p>
      <!-- 正文下广告位 -->
      <p>　　%s</p>
      <p>　　%s</p>
      <div class="share-box">分享到：微信 微博 QQ空间</div>
      <div id="comment_area">网友评论 0 条</div>
      </div>
      <aside><h3>热门推荐</h3><ul><li><a href="/a">宁波智能制造产业园开园</a></li></ul></aside>
      <footer>版权所有 某某网 浙ICP备12345678号</footer>
      <script>document.write('ad');</script>
      </body>
      </html>
      """
          .formatted(STORY.get(0), STORY.get(1), STORY.get(2), STORY.get(3));

  /** Front matter with an RFC 1123 date and an HTML body, as some exporters save pages. */
  static final String FRONT_MATTER_HTML =
      """

      ---
      title: '工信部：人工智能产业规模持续扩大'
      categories:\s
       - 财经
       - 某某财经－国内
      author: 某某财经
      comments: false
      date: Tue, 26 Jul 2022 08:39:51 GMT
      ---

      <div>
      <p>　　原标题：工信部答记者问：人工智能产业规模持续扩大</p>
      <p>　　本报记者 周宁 北京报道</p>
      <p>　　7月26日，工业和信息化部举行新闻发布会，介绍近年来推动人工智能与实体经济融合的进展情况。</p>
      <p>　　发布会上，有关负责人表示，下一步将加快推进智能制造标准体系建设，组织开展一批典型应用场景试点。</p><!-- keyword_pub -->
      <!-- 文末二维码 start -->
      <style>
      .appendQr_wrap&#123;border:1px solid #E6E6E6;padding:8px;&#125;
      .appendQr_normal&#123;float:left;&#125;
      </style>
      <div class="clearfix appendQr_wrap">
      <div class="appendQr_normal_txt">海量资讯、精准解读，尽在某某财经APP</div>
      </div>
      <p class="article-editor">责任编辑：赵敏 </p>
      </div>
      """;
}
