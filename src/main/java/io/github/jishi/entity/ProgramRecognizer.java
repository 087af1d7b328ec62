package io.github.jishi.entity;

import io.github.jishi.nlp.PhraseBounds;
import io.github.jishi.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds programmes: the catalog's names and aliases ({@code 数贸会} → {@code 全球数字贸易博览会}),
 * policy documents named in {@code 《》}, and unseen names ending in a programme word
 * ({@code …先导区}, {@code …联合实验室}, {@code …博览会}).
 *
 * <p>What is written around a name is kept apart from it: an edition in front ({@code 2022},
 * {@code 第四届}) goes to attribute {@code edition}, a field in front or in parentheses behind
 * ({@code 医疗领域…}, {@code …(医疗领域)}) to {@code qualifier}, a place after a middle dot
 * ({@code …·浙江}) to {@code place}; the mention's span covers them, the canonical name does not.
 * Attribute {@code kind} is the catalog's, {@code document} for a title, or the one of the name's
 * ending. Generic phrases ({@code 本次大会}, {@code 发展规划}, {@code 新闻发布会}) are not
 * programmes. Overlaps resolve to the longest mention; catalog names win over unseen ones.
 */
public final class ProgramRecognizer implements Recognizer {
  private static final int MAX_NAME = 25;
  private static final int MIN_NAME_PART = 4;

  private static final Pattern TITLE = Pattern.compile("《([^《》]{2,80})》");
  private static final Pattern TRAILING_PARENS = Pattern.compile("[(（][^()（）]*[)）]$");
  private static final Pattern DOCUMENT_ENDING = Pattern.compile(
      ".*(计划|方案|规划|意见|通知|办法|条例|指南|纲要|措施|决定|规定|细则|目录|标准|白皮书|蓝皮书|报告|清单|法|公告|指引|行动|战略|政策|名单|体系|导则|要点)$");

  /** Unseen programme names end in one of these; longest first so 行动计划 beats 计划-like endings. */
  private static final Map<String, String> SUFFIX_KINDS = suffixKinds();
  private static final Pattern SUFFIX = Pattern.compile(String.join("|", SUFFIX_KINDS.keySet()));
  private static final Set<String> DOCUMENT_SUFFIXES = Set.of("行动计划", "实施方案", "规划", "条例", "指南");

  private static final Pattern EDITION_BEFORE = Pattern.compile("(第[一二三四五六七八九十百零〇0-9]+届|首届|(\\d{4})年?度?)$");
  private static final Pattern QUALIFIER_AFTER = Pattern.compile("\\G[(（]([^()（）]{1,24})[)）]");
  private static final Pattern PLACE_AFTER = Pattern.compile("\\G[·・•‧](\\p{IsHan}{2,6}?[省市]?)(?=[^\\p{IsHan}]|$)");
  private static final Pattern FIELD_BEFORE = Pattern.compile("(\\p{IsHan}{2,8})领域$");

  /** Parenthesised words that introduce a short name or a note rather than a qualifier. */
  private static final List<String> NOT_QUALIFIERS = List.of("下称", "以下简称", "以下称", "简称", "下同", "以下", "含", "即", "原");

  private static final Set<String> STOP_WORDS = Set.of(
      "的", "和", "与", "及", "在", "为", "将", "是", "等", "由", "向", "对", "从", "同", "或", "并", "经", "据", "把", "被",
      "建设", "成立", "揭牌", "举办", "召开", "共建", "启动", "发布", "印发", "出台", "实施", "推进", "打造", "创建", "支持",
      "获批", "批复", "设立", "组建", "开展", "参加", "出席", "亮相", "落地", "推动", "加快", "依托", "围绕", "申报", "入选",
      "认定", "开幕", "闭幕", "走进", "携手", "深化", "联合", "制定", "编制", "部署", "落实", "贯彻", "学习", "印发了",
      "发布了", "通过", "审议", "宣布", "新增", "首批", "第二批", "第三批", "本次", "此次", "本届", "这次", "该", "这", "各",
      "今年", "去年", "明年", "我国", "全省", "全市", "参展", "主办", "承办", "协办", "筹办", "办好", "聚焦");

  /** Names that are just a programme word with a generic modifier. */
  private static final Set<String> GENERIC = Set.of(
      "大会", "本次大会", "此次大会", "发布会", "新闻发布会", "研讨会", "论坛", "建设规划", "发展规划", "总体规划", "专项规划",
      "产业规划", "空间规划", "城市规划", "实施方案", "工作方案", "行动计划", "工作计划", "示范区", "试验区", "先导区",
      "改革先行区", "先行示范区", "创新中心", "博览会", "指南", "条例", "规划");

  private final ProgramCatalog catalog;
  private final List<String> namesLongestFirst;

  private ProgramRecognizer(ProgramCatalog catalog) {
    this.catalog = catalog;
    List<String> names = new ArrayList<>(catalog.allNames());
    names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.namesLongestFirst = List.copyOf(names);
  }

  /** The recognizer over the bundled catalog. */
  public static ProgramRecognizer create() {
    return new ProgramRecognizer(ProgramCatalog.load());
  }

  /** The recognizer over {@code catalog} (for instance one merged with a user file). */
  public static ProgramRecognizer create(ProgramCatalog catalog) {
    return new ProgramRecognizer(Objects.requireNonNull(catalog, "catalog"));
  }

  public ProgramCatalog catalog() {
    return catalog;
  }

  @Override
  public List<Mention> recognize(String sentence, List<Token> tokens, DocumentContext context) {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(context, "context");
    List<MentionCandidate> known = new ArrayList<>();
    catalogNames(sentence, tokens, known);
    List<MentionCandidate> candidates = new ArrayList<>(known);
    titles(sentence, candidates);
    for (MentionCandidate c : unseenNames(sentence, tokens)) {
      // an unseen name around a catalog name is that name with a place or clause in front
      if (known.stream().noneMatch(k -> k.start() < c.end() && c.start() < k.end())) {
        candidates.add(c);
      }
    }
    return MentionCandidate.resolve(candidates, sentence, MentionType.PROGRAM);
  }

  private void catalogNames(String sentence, List<Token> tokens, List<MentionCandidate> out) {
    for (String name : namesLongestFirst) {
      for (int at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
        int end = at + name.length();
        if (!standsAlone(sentence, name, at, end)) {
          continue;
        }
        ProgramEntry entry = catalog.find(name).orElseThrow();
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("kind", entry.kind());
        int start = extendFront(sentence, tokens, at, attrs);
        int stop = extendBack(sentence, end, attrs);
        out.add(new MentionCandidate(start, stop, entry.canonical(), attrs, 3));
      }
    }
  }

  /**
   * A Latin name must not be part of a longer Latin word (WAIC, not WAICX). Chinese names are
   * specific enough to match anywhere: HanLP's boundaries cut through them too often (本/次数/贸/会).
   */
  private static boolean standsAlone(String sentence, String name, int at, int end) {
    char first = name.charAt(0);
    char last = name.charAt(name.length() - 1);
    if (isLatin(first) && at > 0 && isLatin(sentence.charAt(at - 1))) {
      return false;
    }
    if (isLatin(last) && end < sentence.length() && isLatin(sentence.charAt(end))) {
      return false;
    }
    return true;
  }

  private static boolean isLatin(char c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }

  /** Takes an edition or a field written in front of a name into the mention. */
  private static int extendFront(String sentence, List<Token> tokens, int start, Map<String, String> attrs) {
    String before = sentence.substring(0, start);
    Matcher field = FIELD_BEFORE.matcher(before);
    if (field.find()) {
      int fieldStart = fieldStart(sentence, tokens, field.start(1), start - 2);
      if (fieldStart >= 0) {
        attrs.put("qualifier", sentence.substring(fieldStart, start));
        start = fieldStart;
        before = sentence.substring(0, start);
      }
    }
    Matcher edition = EDITION_BEFORE.matcher(before);
    boolean recurring = Set.of("conference", "expo").contains(attrs.get("kind"));
    // 2021年国家人工智能创新应用先导区: a year before a zone dates the news, it is no edition
    if (edition.find() && (recurring || edition.group(2) == null)) {
      attrs.put("edition", edition.group(2) != null ? edition.group(2) : edition.group(1));
      start = edition.start();
    }
    return start;
  }

  /** The start of the shortest field name (two characters or more) that begins a word: 在医疗领域 → 医疗领域. */
  private static int fieldStart(String sentence, List<Token> tokens, int earliest, int fieldEnd) {
    for (int s = fieldEnd - 2; s >= earliest; s--) {
      if (PhraseBounds.isBoundary(tokens, s) && !STOP_WORDS.contains(sentence.substring(s, s + 1))) {
        return s;
      }
    }
    return -1;
  }

  /** Takes a parenthesised qualifier and a ·place written after a name into the mention. */
  private static int extendBack(String sentence, int end, Map<String, String> attrs) {
    Matcher q = QUALIFIER_AFTER.matcher(sentence);
    q.region(end, sentence.length());
    if (q.lookingAt() && NOT_QUALIFIERS.stream().noneMatch(w -> q.group(1).startsWith(w))) {
      attrs.put("qualifier", q.group(1).strip());
      end = q.end();
    }
    Matcher p = PLACE_AFTER.matcher(sentence);
    p.region(end, sentence.length());
    if (p.lookingAt()) {
      attrs.put("place", p.group(1));
      end = p.end();
    }
    return end;
  }

  private void titles(String sentence, List<MentionCandidate> out) {
    Matcher m = TITLE.matcher(sentence);
    while (m.find()) {
      String title = m.group(1).strip();
      var entry = catalog.find(title);
      Map<String, String> attrs = new LinkedHashMap<>();
      if (entry.isPresent()) {
        attrs.put("kind", entry.get().kind());
        out.add(new MentionCandidate(m.start(1), m.end(1), entry.get().canonical(), attrs, 2));
        continue;
      }
      String bare = TRAILING_PARENS.matcher(title).replaceFirst("").strip();
      if (!DOCUMENT_ENDING.matcher(bare).matches()) {
        continue; // a newspaper, book or film, not a policy document
      }
      attrs.put("kind", "document");
      out.add(new MentionCandidate(m.start(1), m.end(1), OrgRecognizer.normalizeParens(title), attrs, 2));
    }
  }

  private List<MentionCandidate> unseenNames(String sentence, List<Token> tokens) {
    List<MentionCandidate> out = new ArrayList<>();
    Matcher m = SUFFIX.matcher(sentence);
    while (m.find()) {
      String suffix = m.group();
      int start = quotedStart(sentence, m.start(), m.end());
      boolean quoted = start >= 0;
      if (!quoted) {
        start = nameStart(sentence, tokens, m.start(), suffix);
      }
      start = skipLeadingFunctionWords(sentence, start, m.start());
      String name = sentence.substring(start, m.end());
      int namePart = m.start() - start;
      if (GENERIC.contains(name) || name.contains("的") || namePart < (quoted ? 2 : MIN_NAME_PART)) {
        continue;
      }
      if (name.endsWith("代表大会") || name.endsWith("股东大会")) {
        continue; // 全国人民代表大会 is a body, a shareholders' meeting is no programme
      }
      if (!quoted && DOCUMENT_SUFFIXES.contains(suffix) && namePart < 6 && !startsWithPlaceOrNation(tokens, start)) {
        continue; // 产业发展规划: a plan in general, not a named one
      }
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("kind", SUFFIX_KINDS.get(suffix));
      int from = extendFront(sentence, tokens, start, attrs);
      int to = extendBack(sentence, m.end(), attrs);
      out.add(new MentionCandidate(from, to, OrgRecognizer.normalizeParens(name), attrs, 1));
    }
    return out;
  }

  /** The start of the content when the name ending at {@code end} is the whole of a quotation. */
  private static int quotedStart(String sentence, int suffixStart, int end) {
    if (end >= sentence.length() || "”\"」".indexOf(sentence.charAt(end)) < 0) {
      return -1;
    }
    for (int i = suffixStart - 1; i >= 0 && end - i <= MAX_NAME + 1; i--) {
      char c = sentence.charAt(i);
      if (c == '“' || c == '「' || (c == '"' && sentence.charAt(end) == '"')) {
        return i + 1;
      }
      if (c == '”' || c == '」' || c == '。' || c == '，') {
        return -1;
      }
    }
    return -1;
  }

  private static int nameStart(String sentence, List<Token> tokens, int suffixStart, String suffix) {
    int max = MAX_NAME - suffix.length();
    if (tokens.isEmpty()) {
      List<String> phrases = STOP_WORDS.stream().filter(w -> w.length() > 1 || "与和及在".contains(w)).toList();
      return PhraseBounds.nameStartByCharacters(sentence, suffixStart, max, phrases);
    }
    boolean document = DOCUMENT_SUFFIXES.contains(suffix);
    Predicate<Token> partOfName = t -> (PhraseBounds.isNameLike(t) && !STOP_WORDS.contains(t.word()))
        // 标准体系建设指南: building is part of a plan's name, not the verb before it
        || (document && t.word().equals("建设") && t.end() == suffixStart);
    return PhraseBounds.nameStart(tokens, suffixStart, max, partOfName);
  }

  private static boolean startsWithPlaceOrNation(List<Token> tokens, int start) {
    return PhraseBounds.tokenAt(tokens, start)
        .filter(t -> t.start() == start && (t.pos().startsWith("ns") || t.word().startsWith("国家")))
        .isPresent();
  }

  private static int skipLeadingFunctionWords(String sentence, int start, int limit) {
    int s = start;
    boolean moved = true;
    while (moved && s < limit) {
      moved = false;
      for (String w : List.of("的", "和", "与", "及", "在", "为", "将", "是", "等")) {
        if (sentence.startsWith(w, s) && s + w.length() <= limit) {
          s += w.length();
          moved = true;
        }
      }
    }
    return s;
  }

  private static Map<String, String> suffixKinds() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("联合实验室", "lab");
    m.put("中试基地", "pilot_base");
    m.put("创新中心", "center");
    m.put("行动计划", "plan");
    m.put("实施方案", "plan");
    m.put("先导区", "pilot_zone");
    m.put("试验区", "test_zone");
    m.put("示范区", "demo_zone");
    m.put("博览会", "expo");
    m.put("规划", "plan");
    m.put("条例", "regulation");
    m.put("指南", "guide");
    m.put("大会", "conference");
    return m;
  }
}
