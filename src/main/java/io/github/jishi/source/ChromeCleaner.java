package io.github.jishi.source;

import io.github.jishi.internal.text.TextNormalizer;
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

  private static final SourceLexicon.Words W = SourceLexicon.words();

  private static final Pattern PHONE_NUMBER = Pattern.compile("[0-9]{3,4}-?[0-9]{7,8}|[0-9]{5,}");
  private static final Pattern ENUMERATED =
      Pattern.compile("^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|第[一二三四五六七八九十百0-9]{1,4}[条章节])");

  private ChromeCleaner() {}

  /**
   * What the cleaner kept and cut.
   *
   * @param paragraphs kept lines, in order
   * @param removed cut pieces, in page order, consecutive lines with one reason merged
   * @param headerDate the publish date stated by a header line, if any
   * @param headerDateFrom where that date came from ({@code line 发布时间}), or empty
   * @param titleLine the line taken as title (only when asked to find one), or empty
   * @param signed the signature date a metadata line states ({@code 成文日期}), if any
   * @param stamp the date of a page stamp ({@code 2024年12月14日 星期六}), a date of low trust
   * @param issuer the issuing body a metadata line names ({@code 发文机关}), or empty
   * @param notice whether a kept line holds a notice phrase ({@code 印发给你们}, {@code 特此公告})
   * @param headKeys the simplified form of the first kept lines, spaces kept
   */
  record Result(
      List<String> paragraphs,
      List<RemovedBlock> removed,
      Optional<LocalDate> headerDate,
      String headerDateFrom,
      String titleLine,
      Optional<LocalDate> signed,
      Optional<LocalDate> stamp,
      String issuer,
      boolean notice,
      List<String> headKeys) {}

  /** Facts the header and metadata lines state. */
  private static final class Header {
    Optional<PublishDateParser.HeaderDate> date = Optional.empty();
    Optional<LocalDate> signed = Optional.empty();
    Optional<LocalDate> stamp = Optional.empty();
    String issuer = "";
    String title = "";
    /** The first line stating a date other than a stamp, or -1. */
    int dateLine = -1;

    void offer(PublishDateParser.HeaderDate d, int line) {
      if (d.isStamp()) {
        if (stamp.isEmpty()) {
          stamp = Optional.of(d.date());
        }
        return;
      }
      if (d.kind().equals("signed")) {
        if (signed.isEmpty()) {
          signed = Optional.of(d.date());
        }
      }
      if (dateLine < 0) {
        dateLine = line;
      }
      if (date.isEmpty() || rank(d) < rank(date.get())) {
        date = Optional.of(d);
      }
    }

    /** Publish labels first, then dates of unstated role, revisions, and signature dates last. */
    private static int rank(PublishDateParser.HeaderDate d) {
      switch (d.kind()) {
        case "publish":
          return 0;
        case "time":
          return 1;
        case "update":
          return 2;
        default:
          return 3;
      }
    }
  }

  private static final TextNormalizer NORMALIZER = TextNormalizer.create();

  /** Lines longer than this are judged as written: no line rule reads them by their words. */
  private static final int JUDGED = 200;

  /**
   * Cleans {@code blocks}. Lines are judged in their simplified form ({@link TextNormalizer#simplify}),
   * so that one vocabulary serves both scripts, and kept as written.
   *
   * @param knownTitle the page's title from metadata, whose repetition at the top is cut; null
   *     when the title must be found among the lines
   */
  static Result clean(List<Block> blocks, String knownTitle) {
    int n = blocks.size();
    String[] texts = new String[n];
    String[] keys = new String[n];
    String[] reasons = new String[n];
    boolean[] candidate = new boolean[n];
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      texts[i] = b.text();
      candidate[i] = b.cutReason() == null;
      keys[i] = candidate[i] && texts[i].length() <= JUDGED ? NORMALIZER.simplify(texts[i]) : texts[i];
      reasons[i] = candidate[i] ? lineReason(keys[i]) : b.cutReason();
    }
    cutLinkLists(blocks, reasons);
    cutHeadingBlocks(keys, reasons, candidate, firstParagraph(keys, reasons));
    cutAfterEndMark(keys, reasons);
    Header header = cutHeader(keys, reasons);
    if (header.date.isEmpty()) {
      cutTailDate(keys, reasons, candidate, header);
    }
    String titleLine = cutTitle(texts, keys, reasons, knownTitle, header);
    Optional<PublishDateParser.HeaderDate> date = header.date;
    return new Result(
        kept(texts, reasons),
        removed(texts, reasons, candidate),
        date.map(PublishDateParser.HeaderDate::date),
        date.map(d -> "line " + d.label()).orElse(""),
        titleLine,
        header.signed,
        header.stamp,
        header.issuer,
        isNotice(keys, reasons),
        headKeys(keys, reasons));
  }

  /**
   * Cuts the date, source, author and metadata lines of the page header (the first lines before
   * the story proper) and gathers what they state: the publish date, preferring a publish label
   * ({@code 发布日期}) over others ({@code 成文日期}), the signature date, the issuer, a page stamp.
   */
  private static Header cutHeader(String[] texts, String[] reasons) {
    Header header = new Header();
    int seen = 0;
    for (int i = 0; i < texts.length && seen < HEADER_LINES; i++) {
      boolean editor = "editor".equals(reasons[i]);
      boolean navigation = "navigation".equals(reasons[i]);
      if (reasons[i] != null && !editor && !navigation) {
        continue;
      }
      String t = texts[i];
      if (navigation && PublishDateParser.fields(TextLines.joinHan(t)).isEmpty()) {
        continue;
      }
      if (isParagraph(t) && !isSummary(t)) {
        // a lead that opens with a labelled date: " date 2026-04-02 某会议今日开幕…" or "发布时间:… 正文…"
        PublishDateParser.labelledDate(t.substring(0, Math.min(t.length(), 40))).ifPresent(d -> header.offer(d, -1));
        break;
      }
      List<PublishDateParser.Field> fields = PublishDateParser.fields(TextLines.joinHan(t));
      if (!fields.isEmpty()) {
        reasons[i] = "header";
        PublishDateParser.Field last = fields.get(fields.size() - 1);
        if (last.value().isEmpty()) {
          int next = nextOpen(reasons, i + 1);
          if (next >= 0 && PublishDateParser.fields(TextLines.joinHan(texts[next])).isEmpty() && texts[next].length() <= SHORT) {
            fields = new ArrayList<>(fields);
            fields.set(fields.size() - 1, new PublishDateParser.Field(last.label(), last.kind(), TextLines.trim(texts[next])));
            reasons[next] = "header";
            i = next;
          }
        }
        for (PublishDateParser.Field f : fields) {
          takeField(header, f, i);
        }
        continue;
      }
      seen++;
      Optional<PublishDateParser.HeaderDate> found = PublishDateParser.headerDate(t);
      if (found.isPresent()) {
        reasons[i] = found.get().isStamp() ? "stamp" : "header";
        header.offer(found.get(), i);
      } else if (editor || (t.length() <= SHORT && startsWithAny(t, W.headerStarts) && !endsSentence(t))) {
        reasons[i] = "header";
      }
    }
    return header;
  }

  /** How many lines from the foot of a page may state its publish date. */
  private static final int TAIL_LINES = 10;

  /**
   * A publish date stated at the foot of the page, as government sites do ({@code 发布日期：2024-05-06
   * 浏览次数：}): only a labelled date on a short line counts, and only when the header states none.
   */
  private static void cutTailDate(String[] keys, String[] reasons, boolean[] candidate, Header header) {
    int seen = 0;
    for (int i = keys.length - 1; i >= 0 && seen < TAIL_LINES; i--) {
      if (!candidate[i] || keys[i].isEmpty()) {
        continue;
      }
      seen++;
      if (keys[i].length() > SHORT || "title".equals(reasons[i])) {
        continue;
      }
      Optional<PublishDateParser.HeaderDate> d = PublishDateParser.labelledDate(keys[i]);
      if (d.isPresent() && (d.get().isPublishLabel() || d.get().kind().equals("time"))) {
        header.offer(d.get(), -1);
        if (reasons[i] == null) {
          reasons[i] = "footer";
        }
        return;
      }
    }
  }

  private static void takeField(Header header, PublishDateParser.Field f, int line) {
    switch (f.kind()) {
      case "issuer" -> {
        if (header.issuer.isEmpty()) {
          header.issuer = f.value();
        }
      }
      case "title" -> {
        if (header.title.isEmpty()) {
          header.title = f.value();
        }
      }
      default -> PublishDateParser.fieldDate(f).ifPresent(d -> header.offer(new PublishDateParser.HeaderDate(d, f.label(), f.kind()), line));
    }
  }

  private static int nextOpen(String[] reasons, int from) {
    for (int k = from; k < reasons.length; k++) {
      if (reasons[k] == null) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Cuts the title line among the header lines and returns it (as written) when asked to find one:
   * the line repeating {@code knownTitle}; else the value of a {@code 标题} metadata field; else the
   * first of the title-like lines right above the header's date line; else the first title-like
   * line. Later header lines repeating the title are cut too.
   */
  private static String cutTitle(String[] texts, String[] keys, String[] reasons, String knownTitle, Header header) {
    String title = "";
    int at = -1;
    if (knownTitle != null) {
      String known = NORMALIZER.simplify(knownTitle);
      at = findHeaderLine(keys, reasons, k -> sameTitle(k, known));
    } else if (!header.title.isEmpty()) {
      title = header.title;
    } else {
      if (header.dateLine > 0) {
        int j = header.dateLine - 1;
        while (j >= 0 && reasons[j] == null && isTitleLike(keys[j])) {
          j--;
        }
        while (j + 1 < header.dateLine - 1 && isSiteName(keys[j + 1])) {
          j++;
        }
        if (j + 1 < header.dateLine) {
          at = j + 1;
          // what stands above a headline that its date line confirms is the site's own header
          for (int k = 0; k < at; k++) {
            if (reasons[k] == null && !isParagraph(keys[k])) {
              reasons[k] = "site header";
            }
          }
        }
      }
      if (at < 0) {
        at = findHeaderLine(keys, reasons, ChromeCleaner::isTitleLike);
      }
      if (at >= 0) {
        title = texts[at];
      }
    }
    if (at >= 0) {
      reasons[at] = "title";
    }
    String repeated = knownTitle != null ? knownTitle : title;
    if (!repeated.isEmpty()) {
      String key = NORMALIZER.simplify(repeated);
      int seen = 0;
      for (int i = Math.max(0, at + 1); i < keys.length && seen < HEADER_LINES; i++) {
        if (reasons[i] != null) {
          continue;
        }
        seen++;
        if (keys[i].length() < 100 && keys[i].length() * 2 >= key.length() && sameTitle(keys[i], key)) {
          reasons[i] = "title";
        }
      }
    }
    return knownTitle == null ? title : "";
  }

  /** A site's name: {@code 某某服务网}, {@code 某某日报(ABC)}. */
  private static boolean isSiteName(String t) {
    String name = SITE_NAME_TAIL.matcher(t).replaceFirst("");
    return name.length() <= 30 && OUTLET_END.matcher(name).find();
  }

  private static final Pattern SITE_NAME_TAIL = Pattern.compile("\\s?[(（][A-Za-z0-9.]{1,12}[)）]$");

  private static int findHeaderLine(String[] keys, String[] reasons, java.util.function.Predicate<String> test) {
    int seen = 0;
    for (int i = 0; i < keys.length && seen < HEADER_LINES; i++) {
      if (reasons[i] != null) {
        continue;
      }
      if (isParagraph(keys[i])) {
        break;
      }
      seen++;
      if (test.test(keys[i])) {
        return i;
      }
    }
    return -1;
  }

  /** How many kept lines from the top {@link Result#headKeys} holds. */
  private static final int HEAD_KEYS = 8;

  private static List<String> headKeys(String[] keys, String[] reasons) {
    List<String> out = new ArrayList<>(HEAD_KEYS);
    for (int i = 0; i < keys.length && out.size() < HEAD_KEYS; i++) {
      if (reasons[i] == null) {
        out.add(keys[i]);
      }
    }
    return out;
  }

  private static boolean isNotice(String[] keys, String[] reasons) {
    for (int i = 0; i < keys.length; i++) {
      if (reasons[i] == null && NoticeFooters.isNotice(keys[i])) {
        return true;
      }
    }
    return false;
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
    if (LONE_TOKEN.matcher(key).matches()) {
      return "navigation";
    }
    if (DOCUMENT_NUMBER.matcher(key).matches()) {
      return "document number";
    }
    boolean sentence = endsSentence(key);
    int footerMarks = footerMarks(key);
    if (len <= 200 && containsAny(key, W.disclaimerTriggers) && W.disclaimer.matcher(key).find()) {
      return "disclaimer";
    }
    if (!sentence && footerMarks >= 2) {
      return "footer";
    }
    if (isCaption(key)) {
      return "caption";
    }
    if (len > SHORT || sentence) {
      return null;
    }
    if (footerMarks == 1) {
      return "footer";
    }
    if (containsAny(key, W.app) || isAppLine(key)) {
      return "app prompt";
    }
    if (containsAny(key, W.share)) {
      return "share";
    }
    if (isTagLine(key)) {
      return "tag";
    }
    if (isEditorLine(key)) {
      return "editor";
    }
    if (containsAny(key, W.navigation) || isBreadcrumb(key) || isNavigationBar(key)) {
      return "navigation";
    }
    if (isSourceSignature(line)) {
      return "source";
    }
    if (isWeather(key)) {
      return "weather";
    }
    return null;
  }

  /**
   * A line of nothing but a short Latin word, a counter, a time of day or a link: {@code EN},
   * {@code TOP}, {@code 0}, {@code 09:00}, {@code https://www.example.cn/}.
   */
  private static final Pattern LONE_TOKEN =
      Pattern.compile("[A-Za-z]{1,4}|\\d{1,6}|\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?|https?://\\S+|www\\.\\S+");
  /** A document number alone on its line: {@code 湘政办发〔2020〕54号}. */
  private static final Pattern DOCUMENT_NUMBER =
      Pattern.compile("\\p{IsHan}{1,12}\\s?[〔\\[［(（]\\d{4}[〕\\]］)）]\\s?\\d{1,5}\\s?号");

  /** A temperature, the mark of a weather widget: {@code 9℃}, {@code -4°C}. */
  private static final Pattern TEMPERATURE = Pattern.compile("-?\\d{1,2}\\s?(?:℃|°C|°)");
  /** A weekday opening a line: {@code 星期三 某市 多云}. */
  private static final Pattern WEEKDAY_START = Pattern.compile("^(?:星期|周|礼拜)[一二三四五六日天](?:\\s|$)");

  /**
   * A weather widget of the site header: a short line with a temperature, or a weekday followed by
   * a few short words ({@code 星期三 某市 多云}, {@code 最高 21℃ 最低 12℃}).
   */
  static boolean isWeather(String s) {
    if (s.length() > 40 || s.indexOf('，') >= 0 || s.indexOf('。') >= 0) {
      return false;
    }
    if (TEMPERATURE.matcher(s).find()) {
      return true;
    }
    if (!WEEKDAY_START.matcher(s).find()) {
      return false;
    }
    for (String word : s.split("[\\s|｜丨/]+")) {
      if (word.length() > 5) {
        return false;
      }
    }
    return true;
  }

  /**
   * A photo caption: a short line closed by a photo credit ({@code 摄}, {@code 路透社}), with at most a
   * short credit line (a name, a reporter) between the caption's last sentence and the credit:
   * {@code 会场一景。本报记者 某某摄}, {@code 街头一景。路透社}, {@code （新华社记者 某某 摄）}.
   */
  static boolean isCaption(String s) {
    if (s.length() > 90) {
      return false;
    }
    if (s.length() <= 80 && startsWithAny(s, W.captionOpeners)) {
      return true;
    }
    String t = s;
    while (!t.isEmpty() && "）)】] 　".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    for (String credit : W.photoCredits) {
      if (!t.endsWith(credit)) {
        continue;
      }
      String before = t.substring(0, t.length() - credit.length());
      int cut = Math.max(Math.max(before.lastIndexOf('。'), before.lastIndexOf('！')),
          Math.max(before.lastIndexOf('（'), before.lastIndexOf('(')));
      String credited = TextLines.trim(before.substring(cut + 1));
      if (credited.length() > 16 || credited.indexOf('，') >= 0 || credited.indexOf(',') >= 0) {
        continue;
      }
      boolean named = credited.isEmpty() ? cut >= 0 || credit.length() >= 3 : credited.indexOf(' ') > 0
          || containsAny(credited, W.reporterWords) || credited.length() <= 4;
      if (named) {
        return true;
      }
    }
    return false;
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
    return OUTLET_END.matcher(line).find();
  }

  private static final Pattern OUTLET_END = Pattern.compile("(?:" + W.outletEndings + ")$");

  /** Counts distinct kinds of footer marks: copyright, licence, phone, mail. */
  private static int footerMarks(String s) {
    int marks = 0;
    if (containsAny(s, W.copyright)) {
      marks++;
    }
    if (containsAny(s, W.licence)
        || ((containsAny(s, W.licenceNumberWords) || s.indexOf('-') >= 0)
            && W.licenceNumber.matcher(s).find())) {
      marks++;
    }
    if (containsAny(s, W.phone) && PHONE_NUMBER.matcher(s).find()) {
      marks++;
    }
    if (containsAny(s, W.mail) && s.indexOf('@') >= 0) {
      marks++;
    }
    return marks;
  }

  private static boolean isAppLine(String s) {
    if (s.length() > 30) {
      return false;
    }
    for (String end : W.appEnds) {
      if (s.endsWith(end)) {
        return true;
      }
    }
    return containsAny(s, W.appPitch) && s.contains("APP");
  }

  private static boolean isTagLine(String s) {
    for (String label : W.tags) {
      if (startsWithLabel(s, label)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEditorLine(String s) {
    String t = s;
    if (!t.isEmpty() && "（(【[".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1);
    }
    if (t.length() > 40) {
      return false;
    }
    for (String w : W.editor) {
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
    return arrows >= 2 || (arrows == 1 && startsWithAny(s, W.home));
  }

  /** {@code 首页 新闻 财经 体育 娱乐}: four or more short words and no punctuation of prose. */
  private static boolean isNavigationBar(String s) {
    if (java.util.Arrays.asList(W.home).contains(s)) {
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
    String s = t.endsWith("。") ? t.substring(0, t.length() - 1) : t;
    for (String mark : W.endMarks) {
      if (s.endsWith(mark)) {
        return true;
      }
    }
    return false;
  }

  /** The kind of section a heading line opens ({@code related}, {@code comments}), or null. */
  static String headingKind(String line) {
    if (line.length() > 30) {
      return line.length() <= 120 && isRelatedRun(line) ? "related" : null;
    }
    String key = stripBullets(line);
    key = stripEdgePunctuation(key);
    if (matchesHeading(key, W.related)) {
      return "related";
    }
    if (matchesHeading(key, W.comments)) {
      return "comments";
    }
    return isRelatedRun(line) ? "related" : null;
  }

  /** {@code 相关新闻：A？ B C}: a related heading and a colon, then the titles on the same line. */
  private static boolean isRelatedRun(String line) {
    String key = stripEdgePunctuation(stripBullets(line));
    for (String h : W.related) {
      if (key.startsWith(h) && key.length() > h.length() && (key.charAt(h.length()) == '：' || key.charAt(h.length()) == ':')) {
        return true;
      }
    }
    return false;
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
      for (String tail : W.headingTails) {
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
    for (String w : W.summary) {
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
    if (t.length() < 2 || t.length() >= 80 || hanCount(t) < 2) {
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

  private static int hanCount(String t) {
    int han = 0;
    for (int i = 0; i < t.length() && han < 2; i++) {
      if (Character.UnicodeScript.of(t.charAt(i)) == Character.UnicodeScript.HAN) {
        han++;
      }
    }
    return han;
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
