package io.github.jishi.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cuts page chrome from the lines of a page and finds its header: title line and publish date.
 *
 * <p>The rules are conservative about the story itself: footer, contact and share patterns only
 * judge short lines (or lines that carry several footer marks at once), and a related-article
 * heading only cuts the rest of the page when it stands alone on its line near the end of the page
 * or when what follows it reads as a list rather than as prose.
 */
final class ChromeCleaner {
  /** Lines longer than this are never judged by the single-mark footer and prompt rules. */
  static final int SHORT = 60;

  /** How many lines from the top form the page header. */
  private static final int HEADER_LINES = 15;

  /** A heading in the last part of the page (by characters) cuts everything after it. */
  private static final double TAIL_FRACTION = 0.6;

  private static final String[] RELATED_HEADINGS = {
    "相关文章", "相關文章", "相关阅读", "相關閱讀", "推荐阅读", "推薦閱讀", "相关新闻", "相關新聞", "延伸阅读",
    "延伸閱讀", "热门推荐", "熱門推薦", "24小时排行", "24小時排行", "一周排行", "一週排行", "热点推荐", "熱點推薦",
    "友情链接", "友情鏈接", "猜你喜欢", "猜你喜歡", "热门文章", "熱門文章", "精彩推荐", "精彩推薦", "相关推荐",
    "相關推薦", "为你推荐", "為你推薦", "为您推荐", "為您推薦", "点击排行", "點擊排行", "热门新闻", "熱門新聞",
    "相关报道推荐", "更多精彩", "今日推荐", "今日推薦", "热文推荐", "熱文推薦"
  };
  private static final String[] HEADING_TAILS = {"推荐", "推薦", "阅读", "閱讀", "更多", "列表", "链接", "鏈接"};
  private static final String[] COMMENT_HEADINGS = {
    "最新评论", "最新評論", "我要评论", "我要評論", "发表评论", "發表評論", "网友评论", "網友評論", "热门评论",
    "熱門評論", "全部评论", "全部評論", "评论区", "評論區", "已有评论"
  };

  private static final String[] APP_MARKS = {
    "下载客户端", "下載客戶端", "扫一扫", "掃一掃", "扫码下载", "掃碼下載", "打开APP", "打開APP", "下载APP", "下載APP",
    "打开App", "下载App", "客户端下载", "客戶端下載", "长按识别", "長按識別"
  };
  private static final String[] SHARE_MARKS = {
    "分享到", "分享至", "二维码", "二維碼", "官方微信", "官方微博", "加关注", "加關注", "关注我们", "關注我們",
    "微信公众号", "微信公眾號", "扫码关注", "掃碼關注", "一键分享", "一鍵分享"
  };
  private static final String[] NAV_WORDS = {
    "返回顶部", "返回頂部", "返回首页", "返回首頁", "上一篇", "下一篇", "打印本页", "打印本頁", "关闭窗口", "關閉窗口",
    "【打印】", "【关闭】", "【關閉】", "字号：", "字號：", "字号:", "字號:", "【字体", "【字體", "收藏本文", "查看原文",
    "点击进入", "點擊進入", "当前位置", "當前位置", "您的位置", "你的位置", "您所在的位置", "所在位置"
  };
  private static final String[] COPYRIGHT_MARKS = {
    "版权所有", "版權所有", "Copyright", "copyright", "COPYRIGHT", "©", "All Rights Reserved", "All rights reserved",
    "版权声明", "版權聲明"
  };
  private static final String[] LICENCE_MARKS = {"ICP备", "ICP證", "ICP证", "ICP備", "公网安备", "公網安備"};
  private static final String[] PHONE_WORDS = {
    "电话", "電話", "传真", "傳真", "热线", "熱線", "Tel", "TEL", "Fax", "FAX"
  };
  private static final String[] MAIL_WORDS = {"电子邮件", "電子郵件", "邮箱", "郵箱", "E-mail", "e-mail", "Email", "email", "EMAIL"};
  private static final String[] EDITOR_WORDS = {
    "责任编辑", "責任編輯", "编辑", "編輯", "责编", "責編", "校对", "校對", "审核", "審核", "审校", "審校", "监制",
    "監制", "值班编辑", "本文编辑", "作者", "来源", "來源", "稿源", "文章来源", "本文来源"
  };
  private static final String[] HEADER_WORDS = {
    "来源", "來源", "作者", "稿源", "点击", "點擊", "浏览", "瀏覽", "阅读量", "閱讀量", "字号", "字號", "我要评论",
    "我要評論"
  };
  private static final String[] SUMMARY_WORDS = {"摘要", "导读", "導讀", "核心提示", "内容提要", "內容提要", "提要"};

  private static final Pattern LICENCE_NUMBER =
      Pattern.compile("(?:许可证|許可證|许可证号|经营许可|經營許可)[^0-9]{0,12}[0-9]{5,}|[A-Z][0-9]-[0-9]{6,}");
  private static final Pattern PHONE_NUMBER = Pattern.compile("[0-9]{3,4}-?[0-9]{7,8}|[0-9]{5,}");
  private static final Pattern DISCLAIMER =
      Pattern.compile(
          "所[载載].{0,40}[仅僅]供[参參]考|不代表本[网網站].{0,6}[观觀]点|[转轉][载載][请請]注明|未[经經][授许許].{0,12}[转轉][载載]"
              + "|违法和不良信息举报|違法和不良信息舉報|免责声明|免責聲明");
  /** Cheap substrings, one of which every disclaimer contains, checked before the pattern. */
  private static final String[] DISCLAIMER_TRIGGERS = {
    "供参考", "供參考", "不代表本", "注明", "转载", "轉載", "不良信息", "免责", "免責"
  };
  private static final Pattern ENUMERATED =
      Pattern.compile("^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|第[一二三四五六七八九十百0-9]{1,4}[条條章节節])");

  private ChromeCleaner() {}

  /**
   * What the cleaner kept and cut.
   *
   * @param paragraphs kept lines, in order
   * @param removed cut pieces, in page order, consecutive lines with one reason merged
   * @param headerDate the publish date stated by a header line, if any
   * @param headerDateFrom where that date came from ({@code line 发布时间}), or empty
   * @param titleLine the line taken as title (only when asked to find one), or empty
   */
  record Result(
      List<String> paragraphs,
      List<RemovedBlock> removed,
      Optional<LocalDate> headerDate,
      String headerDateFrom,
      String titleLine) {}

  /**
   * Cleans {@code blocks}.
   *
   * @param knownTitle the page's title from metadata, whose repetition at the top is cut; null
   *     when the title must be found among the lines
   */
  static Result clean(List<Block> blocks, String knownTitle) {
    int n = blocks.size();
    String[] texts = new String[n];
    String[] reasons = new String[n];
    boolean[] candidate = new boolean[n];
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      texts[i] = b.text();
      candidate[i] = b.cutReason() == null;
      reasons[i] = candidate[i] ? lineReason(texts[i]) : b.cutReason();
    }
    cutLinkLists(blocks, reasons);
    cutHeadingBlocks(texts, reasons, candidate, firstParagraph(texts, reasons));
    cutAfterEndMark(texts, reasons);
    Optional<PublishDateParser.HeaderDate> date = cutHeader(texts, reasons);
    String titleLine = cutTitle(texts, reasons, knownTitle);
    return new Result(
        kept(texts, reasons),
        removed(texts, reasons, candidate),
        date.map(PublishDateParser.HeaderDate::date),
        date.map(d -> "line " + d.label()).orElse(""),
        titleLine);
  }

  /**
   * Cuts the date, source and author lines of the page header (the first lines before the story
   * proper) and returns the publish date they state, preferring a publish label
   * ({@code 发布日期}) over others ({@code 成文日期}).
   */
  private static Optional<PublishDateParser.HeaderDate> cutHeader(String[] texts, String[] reasons) {
    Optional<PublishDateParser.HeaderDate> date = Optional.empty();
    int seen = 0;
    for (int i = 0; i < texts.length && seen < HEADER_LINES; i++) {
      boolean editor = "editor".equals(reasons[i]);
      if (reasons[i] != null && !editor) {
        continue;
      }
      String t = texts[i];
      if (isParagraph(t) && !isSummary(t)) {
        break;
      }
      seen++;
      Optional<PublishDateParser.HeaderDate> found = PublishDateParser.headerDate(t);
      if (found.isPresent()) {
        reasons[i] = "header";
        if (date.isEmpty() || (!date.get().isPublishLabel() && found.get().isPublishLabel())) {
          date = found;
        }
      } else if (editor || (t.length() <= SHORT && startsWithAny(t, HEADER_WORDS) && !endsSentence(t))) {
        reasons[i] = "header";
      }
    }
    return date;
  }

  /**
   * Cuts the title line among the header lines: the line repeating {@code knownTitle}, or, when
   * that is null, the first line that reads as a title, which is returned.
   */
  private static String cutTitle(String[] texts, String[] reasons, String knownTitle) {
    int seen = 0;
    for (int i = 0; i < texts.length && seen < HEADER_LINES; i++) {
      if (reasons[i] != null) {
        continue;
      }
      String t = texts[i];
      if (isParagraph(t)) {
        break;
      }
      seen++;
      if (knownTitle == null ? isTitleLike(t) : sameTitle(t, knownTitle)) {
        reasons[i] = "title";
        return knownTitle == null ? t : "";
      }
    }
    return "";
  }

  private static List<String> kept(String[] texts, String[] reasons) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      if (reasons[i] == null) {
        kept.add(texts[i]);
      }
    }
    return kept;
  }

  /** Cut lines in page order, consecutive lines with one reason merged; upstream cuts stay single. */
  private static List<RemovedBlock> removed(String[] texts, String[] reasons, boolean[] candidate) {
    List<RemovedBlock> removed = new ArrayList<>();
    StringBuilder group = new StringBuilder();
    String groupReason = null;
    for (int i = 0; i < texts.length; i++) {
      if (reasons[i] == null || texts[i].isEmpty()) {
        continue;
      }
      if (!reasons[i].equals(groupReason) || !candidate[i]) {
        flush(removed, groupReason, group);
        groupReason = reasons[i];
      }
      if (group.length() > 0) {
        group.append('\n');
      }
      group.append(texts[i]);
      if (!candidate[i]) {
        flush(removed, groupReason, group);
        groupReason = null;
      }
    }
    flush(removed, groupReason, group);
    return removed;
  }

  private static void flush(List<RemovedBlock> removed, String reason, StringBuilder group) {
    if (reason != null && group.length() > 0) {
      removed.add(new RemovedBlock(reason, group.toString()));
    }
    group.setLength(0);
  }

  /** The reason a single line is chrome, judged on its own, or null. */
  static String lineReason(String line) {
    if (isCssText(line)) {
      return "css";
    }
    if (isScriptText(line)) {
      return "script";
    }
    int len = line.length();
    if (len > 300) {
      return null;
    }
    String key = stripBullets(line);
    if (key.isEmpty()) {
      return "navigation";
    }
    if (ENUMERATED.matcher(key).lookingAt()) {
      return null;
    }
    boolean sentence = endsSentence(key);
    int footerMarks = footerMarks(key);
    if (len <= 200 && containsAny(key, DISCLAIMER_TRIGGERS) && DISCLAIMER.matcher(key).find()) {
      return "disclaimer";
    }
    if (!sentence && footerMarks >= 2) {
      return "footer";
    }
    if (len > SHORT || sentence) {
      return null;
    }
    if (footerMarks == 1) {
      return "footer";
    }
    if (containsAny(key, APP_MARKS) || isAppLine(key)) {
      return "app prompt";
    }
    if (containsAny(key, SHARE_MARKS)) {
      return "share";
    }
    if (isTagLine(key)) {
      return "tag";
    }
    if (isEditorLine(key)) {
      return "editor";
    }
    if (containsAny(key, NAV_WORDS) || isBreadcrumb(key) || isNavigationBar(key)) {
      return "navigation";
    }
    if (isSourceSignature(line)) {
      return "source";
    }
    return null;
  }

  /** {@code -证券日报网}: a dash and the name of the site that ran the story. */
  private static boolean isSourceSignature(String line) {
    if (line.length() > 16 || line.length() < 3) {
      return false;
    }
    char first = line.charAt(0);
    if (first != '-' && first != '—' && first != '－' && first != '–') {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    return last == '网' || last == '網' || last == '报' || last == '報' || last == '社' || last == '台';
  }

  /** Counts distinct kinds of footer marks: copyright, licence, phone, mail. */
  private static int footerMarks(String s) {
    int marks = 0;
    if (containsAny(s, COPYRIGHT_MARKS)) {
      marks++;
    }
    if (containsAny(s, LICENCE_MARKS)
        || ((s.contains("许可") || s.contains("許可") || s.contains("經營許") || s.indexOf('-') >= 0)
            && LICENCE_NUMBER.matcher(s).find())) {
      marks++;
    }
    if (containsAny(s, PHONE_WORDS) && PHONE_NUMBER.matcher(s).find()) {
      marks++;
    }
    if (containsAny(s, MAIL_WORDS) && s.indexOf('@') >= 0) {
      marks++;
    }
    return marks;
  }

  private static boolean isAppLine(String s) {
    if (s.length() > 30) {
      return false;
    }
    return s.endsWith("APP") || s.endsWith("App") || s.endsWith("客户端") || s.endsWith("客戶端")
        || (s.contains("尽在") && s.contains("APP")) || (s.contains("盡在") && s.contains("APP"));
  }

  private static boolean isTagLine(String s) {
    return startsWithLabel(s, "Tag") || startsWithLabel(s, "Tags") || startsWithLabel(s, "TAG")
        || startsWithLabel(s, "TAGS") || startsWithLabel(s, "标签") || startsWithLabel(s, "標籤")
        || startsWithLabel(s, "关键词") || startsWithLabel(s, "關鍵詞") || startsWithLabel(s, "关键字")
        || startsWithLabel(s, "關鍵字");
  }

  private static boolean isEditorLine(String s) {
    String t = s;
    if (!t.isEmpty() && "（(【[".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1);
    }
    if (t.length() > 40) {
      return false;
    }
    for (String w : EDITOR_WORDS) {
      if (t.startsWith(w)) {
        String rest = t.substring(w.length());
        if (rest.startsWith("：") || rest.startsWith(":") || rest.startsWith(" ") || rest.startsWith("　")
            || (rest.length() <= 6 && (rest.endsWith("）") || rest.endsWith(")") || rest.endsWith("】")))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsWithLabel(String s, String label) {
    if (!s.startsWith(label)) {
      return false;
    }
    String rest = s.substring(label.length());
    return rest.isEmpty() || rest.startsWith(":") || rest.startsWith("：");
  }

  /** {@code 首页 > 财经 > 正文}: two or more arrows between short crumbs. */
  private static boolean isBreadcrumb(String s) {
    int arrows = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '>' || c == '＞' || c == '»' || c == '›' || c == '→') {
        arrows++;
      }
    }
    return arrows >= 2 || (arrows == 1 && (s.startsWith("首页") || s.startsWith("首頁")));
  }

  /** {@code 首页 新闻 财经 体育 娱乐}: four or more short words and no punctuation of prose. */
  private static boolean isNavigationBar(String s) {
    if (s.equals("首页") || s.equals("首頁")) {
      return true;
    }
    int words = 0;
    int wordLen = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (c == ' ' || c == '　' || c == '|' || c == '｜' || c == '丨' || c == '/' || c == '·' || c == '\t') {
        if (wordLen > 0) {
          if (wordLen > 5) {
            return false;
          }
          words++;
        }
        wordLen = 0;
      } else if ("，。！？；、,.!?;“”\"".indexOf(c) >= 0) {
        return false;
      } else {
        wordLen++;
      }
    }
    return words >= 4;
  }

  /**
   * CSS that survived as text, such as {@code .appendQr_wrap&#123;border:1px solid #E6E6E6;&#125;}
   * or {@code .x{float:left}}: an ASCII selector, a brace, and declarations.
   */
  static boolean isCssText(String line) {
    int n = line.length();
    if (n == 0) {
      return false;
    }
    if (line.equals("}") || line.equals("&#125;")) {
      return true;
    }
    int brace = -1;
    int braceLen = 0;
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c == '{') {
        brace = i;
        braceLen = 1;
        break;
      }
      if (c == '&' && line.startsWith("&#123;", i)) {
        brace = i;
        braceLen = 6;
        break;
      }
      if (c > 0x7E || c == ';' || c == '(' || c == ')') {
        return false;
      }
    }
    if (brace <= 0) {
      return false;
    }
    char first = line.charAt(0);
    if (!(first == '.' || first == '#' || first == '@' || first == '*' || Character.isLetter(first))) {
      return false;
    }
    int colon = line.indexOf(':', brace + braceLen);
    if (colon < 0) {
      return false;
    }
    int ascii = 0;
    for (int i = 0; i < n; i++) {
      if (line.charAt(i) < 0x80) {
        ascii++;
      }
    }
    return ascii * 10 >= n * 9;
  }

  /** Script source that survived as text: ASCII statements starting like JavaScript. */
  private static boolean isScriptText(String line) {
    if (!(line.startsWith("var ") || line.startsWith("window.") || line.startsWith("document.")
        || line.startsWith("function") || line.startsWith("$(") || line.startsWith("jQuery")
        || line.startsWith("let ") || line.startsWith("const ") || line.startsWith("if ("))) {
      return false;
    }
    int ascii = 0;
    int n = line.length();
    for (int i = 0; i < n; i++) {
      if (line.charAt(i) < 0x80) {
        ascii++;
      }
    }
    return ascii * 10 >= n * 9 && (line.indexOf(';') >= 0 || line.indexOf('{') >= 0 || line.indexOf('=') >= 0);
  }

  /** Runs of three or more link-only short lines in HTML: menus and lists of other articles. */
  private static void cutLinkLists(List<Block> blocks, String[] reasons) {
    int n = blocks.size();
    int i = 0;
    while (i < n) {
      if (!isLinkItem(blocks.get(i), reasons[i])) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && (isLinkItem(blocks.get(j), reasons[j]) || (reasons[j] != null && blocks.get(j).cutReason() == null))) {
        j++;
      }
      int items = 0;
      for (int k = i; k < j; k++) {
        if (isLinkItem(blocks.get(k), reasons[k])) {
          items++;
        }
      }
      if (items >= 3) {
        for (int k = i; k < j; k++) {
          if (reasons[k] == null) {
            reasons[k] = "link list";
          }
        }
      }
      i = j;
    }
  }

  private static boolean isLinkItem(Block b, String reason) {
    return reason == null && b.linkOnly() && b.text().length() <= SHORT;
  }

  /**
   * Cuts related-article and comment sections that open with a heading on its own line. A heading
   * in the last part of the page, or one followed mostly by list-like lines, cuts to the end;
   * otherwise only the run of list-like lines right after it goes.
   */
  private static void cutHeadingBlocks(String[] texts, String[] reasons, boolean[] candidate, int bodyStart) {
    int n = texts.length;
    long total = 0;
    long[] before = new long[n + 1];
    for (int i = 0; i < n; i++) {
      before[i] = total;
      if (candidate[i]) {
        total += texts[i].length();
      }
    }
    before[n] = total;
    // Characters of list-like and of prose lines from each line to the end, judged once up front
    // so that many headings on one long page stay linear.
    long[] listAfter = new long[n + 1];
    long[] proseAfter = new long[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      listAfter[i] = listAfter[i + 1];
      proseAfter[i] = proseAfter[i + 1];
      if (reasons[i] == null) {
        if (isArticleParagraph(texts[i])) {
          proseAfter[i] += texts[i].length();
        } else {
          listAfter[i] += texts[i].length();
        }
      }
    }
    for (int i = 0; i < n; i++) {
      // A heading may also look like navigation ("相关阅读 >>"); the heading reading wins.
      if (!candidate[i]) {
        continue;
      }
      String kind = headingKind(texts[i]);
      if (kind == null) {
        continue;
      }
      reasons[i] = kind;
      if (i < bodyStart) {
        continue;
      }
      boolean nearEnd = total > 0 && before[i] >= total * TAIL_FRACTION;
      if (nearEnd || listAfter[i + 1] >= 2 * proseAfter[i + 1]) {
        for (int k = i + 1; k < n; k++) {
          if (reasons[k] == null) {
            reasons[k] = kind;
          }
        }
        return;
      }
      int k = i + 1;
      while (k < n && (reasons[k] != null || !isArticleParagraph(texts[k]))) {
        if (reasons[k] == null) {
          reasons[k] = kind;
        }
        k++;
      }
      i = k - 1;
    }
  }

  /** After a story's end mark {@code （完）}, list-like lines are what the page shows next. */
  private static void cutAfterEndMark(String[] texts, String[] reasons) {
    int n = texts.length;
    for (int i = 0; i < n; i++) {
      if (reasons[i] == null && endsWithEndMark(texts[i])) {
        for (int k = i + 1; k < n; k++) {
          if (reasons[k] == null) {
            if (isArticleParagraph(texts[k])) {
              return;
            }
            reasons[k] = "after story";
          }
        }
        return;
      }
    }
  }

  private static boolean endsWithEndMark(String t) {
    return t.endsWith("（完）") || t.endsWith("(完)") || t.endsWith("【完】") || t.endsWith("（完）。");
  }

  /** The kind of section a heading line opens ({@code related}, {@code comments}), or null. */
  static String headingKind(String line) {
    if (line.length() > 30) {
      return null;
    }
    String key = stripBullets(line);
    key = stripEdgePunctuation(key);
    if (matchesHeading(key, RELATED_HEADINGS)) {
      return "related";
    }
    if (matchesHeading(key, COMMENT_HEADINGS)) {
      return "comments";
    }
    return null;
  }

  /**
   * The heading word alone, or followed by a separator and a few more words
   * ({@code 24小时排行 一周排行}) or by {@code 推荐}/{@code 更多}; not a phrase that merely starts with
   * it ({@code 相关新闻发布会召开}).
   */
  private static boolean matchesHeading(String key, String[] headings) {
    for (String h : headings) {
      if (!key.startsWith(h) || key.length() > h.length() + 12) {
        continue;
      }
      String rest = key.substring(h.length());
      if (rest.isEmpty()) {
        return true;
      }
      if (rest.indexOf('，') >= 0 || rest.indexOf('。') >= 0 || rest.indexOf(',') >= 0) {
        continue;
      }
      char c = rest.charAt(0);
      if (TextLines.isSpace(c) || "|｜丨/>»›:：(（【[】]".indexOf(c) >= 0) {
        return true;
      }
      for (String tail : HEADING_TAILS) {
        if (rest.startsWith(tail)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A line of running prose: long enough and ending a sentence (not a clipped teaser). */
  static boolean isArticleParagraph(String t) {
    if (t.length() < 40 || t.endsWith("...") || t.endsWith("…")) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return endsSentence(t) || last == '）' || last == ')';
  }

  /** The first line that reads as the story proper, or the line count when there is none. */
  private static int firstParagraph(String[] texts, String[] reasons) {
    for (int i = 0; i < texts.length; i++) {
      if (reasons[i] == null && isParagraph(texts[i]) && !isSummary(texts[i])) {
        return i;
      }
    }
    return texts.length;
  }

  /** A line of the story proper, which ends the page header: long, or a full sentence. */
  private static boolean isParagraph(String t) {
    return t.length() >= 100 || (t.length() >= 20 && t.indexOf('。') >= 0);
  }

  private static boolean isSummary(String t) {
    for (String w : SUMMARY_WORDS) {
      if (t.startsWith(w) && t.length() > w.length()) {
        char c = t.charAt(w.length());
        if (c == ':' || c == '：' || c == ' ' || c == '】' || c == ']') {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isTitleLike(String t) {
    if (t.length() < 2 || t.length() >= 80) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (last == '。' || last == '：' || last == ':' || last == '；' || last == ';' || last == '，' || last == ',') {
      return false;
    }
    if (isSummary(t) || PublishDateParser.isBareDate(t) || PublishDateParser.headerDate(t).isPresent()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line repeats the title, ignoring spaces and the site suffix. */
  private static boolean sameTitle(String line, String title) {
    String a = squeeze(line);
    String b = squeeze(title);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    return a.equals(b) || (a.length() >= 6 && b.startsWith(a)) || (b.length() >= 6 && a.startsWith(b) && a.length() - b.length() <= 15);
  }

  private static String squeeze(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!TextLines.isSpace(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static boolean endsSentence(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '”' || c == '」' || c == '』'
        || c == '…' || c == '.';
  }

  private static String stripBullets(String s) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '•' || c == '·' || c == '●' || c == '■' || c == '▪' || c == '◆' || c == '►' || c == '▶' || c == '*'
          || c == '-' || c == '—' || c == '>' || c == '»' || c == '○' || c == '□' || c == '◇' || TextLines.isSpace(c)) {
        i++;
      } else {
        break;
      }
    }
    return i == 0 ? s : s.substring(i);
  }

  private static String stripEdgePunctuation(String s) {
    int start = 0;
    int end = s.length();
    String edge = "【】[]《》<>：:»›|｜丨 　>…";
    while (start < end && edge.indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && edge.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean containsAny(String s, String[] marks) {
    for (String m : marks) {
      if (s.contains(m)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String s, String[] words) {
    for (String w : words) {
      if (s.startsWith(w)) {
        return true;
      }
    }
    return false;
  }
}
