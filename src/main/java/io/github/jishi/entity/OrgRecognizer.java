package io.github.jishi.entity;

import io.github.jishi.entity.OrgDirectory.OrgEntry;
import io.github.jishi.nlp.PhraseBounds;
import io.github.jishi.nlp.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds organisations: central bodies by name or abbreviation ({@code 工信部} → {@code
 * 工业和信息化部}), local government bodies by pattern ({@code 浙江省卫生健康委} → {@code
 * 浙江省卫生健康委员会}), and universities, hospitals, research institutes and companies by their
 * suffix.
 *
 * <p>Attributes: {@code kind} always (central, ministry, agency, department, research,
 * university, hospital, association, local, company); {@code place} for a local body's written
 * place prefix (linked to the gazetteer later); {@code city} when a known institution's seat is
 * known or a bare local body ({@code 市经济信息化委}) takes its city from context. Overlapping
 * candidates resolve to the longest, so no organisation is reported inside another.
 */
public final class OrgRecognizer implements Recognizer {
  private static final int MAX_NAME = 20;

  /** Local bodies: what is written → canonical body name, longest alternatives first. */
  private static final Map<String, String> LOCAL_BODIES = localBodies();

  private static final Pattern LOCAL_BODY = alternation(LOCAL_BODIES.keySet());

  /** Administrative units a local body's place prefix ends in. */
  private static final List<String> UNITS = List.of("自治区", "自治州", "自治县", "新区", "省", "市", "区", "县", "州", "盟", "旗");

  private static final Pattern DEPARTMENT = Pattern.compile("\\G(?:办公厅|[\\p{IsHan}&&[^的了在是和将对及等与同向]][\\p{IsHan}&&[^的了在是和将对及等]]{0,6}?司)");

  /** The lookahead names the characters a suffix can start with, so most positions fail at one test. */
  private static final Pattern SUFFIX = Pattern.compile("(?=[(（集股有医大学科研])(?:"
      + "[(（]集团[)）](?:股份)?有限(?:责任)?公司|集团(?:股份)?有限(?:责任)?公司|股份有限公司|有限(?:责任)?公司|集团"
      + "|医院|大学|学院|科学院|研究院|研究所|研究中心)");

  /** Words that end the walk to the left of a name whatever their tag. */
  private static final Set<String> STOP_WORDS = Set.of(
      "的", "和", "与", "及", "在", "为", "将", "是", "等", "由", "向", "对", "从", "同", "或", "并", "经", "据",
      "把", "被", "让", "给", "联合", "会同", "携手", "依托", "围绕", "成立", "建设", "召开", "举办", "举行", "揭牌", "发布", "印发", "出台",
      "组织", "开展", "推动", "推进", "支持", "指导", "合作", "签约", "签署", "参与", "出席", "共建", "启动", "打造",
      "代表", "包括", "其中", "以及", "来自", "位于", "通过", "牵头", "主办", "承办", "协办", "组建", "设立", "走进");

  /**
   * The stop words looked for inside a run of characters when there are no tokens: the phrases and
   * the conjunctions and prepositions, not every single character (为 is also in 华为).
   */
  private static final List<String> STOP_PHRASES = STOP_WORDS.stream()
      .filter(w -> w.length() > 1 || "与和及或在由向对从".contains(w))
      .sorted()
      .toList();

  /** Name parts that make a suffix phrase generic rather than a name ({@code 一流大学}, {@code 子公司}). */
  private static final Set<String> GENERIC_NAMES = Set.of(
      "重点", "一流", "世界一流", "双一流", "知名", "高水平", "研究型", "应用型", "综合性", "地方", "国内", "国外", "海外",
      "相关", "有关", "部分", "多所", "各类", "其他", "上市", "子", "母", "分", "控股", "龙头", "头部", "民营", "国有",
      "企业", "本", "该", "此", "这", "各", "多家", "大型", "骨干", "科技", "医疗", "医学", "三甲", "公立", "民营医疗",
      "产业", "现代产业", "特色产业", "示范性", "职业", "老年", "社区", "开放", "网络", "干部", "党校");

  private static final Set<String> MUNICIPALITIES = Set.of("北京市", "天津市", "上海市", "重庆市");

  private final OrgDirectory directory;
  private final List<String> namesLongestFirst;

  private OrgRecognizer(OrgDirectory directory) {
    this.directory = directory;
    List<String> names = new ArrayList<>(directory.names());
    names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.namesLongestFirst = List.copyOf(names);
  }

  /** The recognizer over the bundled organisation list. */
  public static OrgRecognizer create() {
    return new OrgRecognizer(OrgDirectory.loadBundled());
  }

  /** Every organisation name and alias this recognizer knows, for the segmenter's custom words. */
  public List<String> names() {
    return directory.names();
  }

  @Override
  public List<Mention> recognize(String sentence, List<Token> tokens, DocumentContext context) {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(context, "context");
    List<MentionCandidate> candidates = new ArrayList<>();
    known(sentence, tokens, candidates);
    local(sentence, tokens, context, candidates);
    bySuffix(sentence, tokens, candidates);
    return MentionCandidate.resolve(candidates, sentence, MentionType.ORG);
  }

  private void known(String sentence, List<Token> tokens, List<MentionCandidate> out) {
    for (String name : namesLongestFirst) {
      for (int at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
        int end = at + name.length();
        if (name.endsWith("部") && end < sentence.length() && "门署".indexOf(sentence.charAt(end)) >= 0) {
          continue; // 商务部门, 科技部署: a department in general, not the ministry
        }
        if (name.length() <= 2 && !(PhraseBounds.isBoundary(tokens, at) && PhraseBounds.isBoundary(tokens, end))) {
          continue; // a two-character alias inside another word (中央行动 is no 央行)
        }
        if (LOCAL_BODIES.containsKey(name) && at > 0 && followsPlaceOrUnit(sentence, tokens, at)) {
          continue; // 各市卫健委: a local body, whichever it is, not the national one
        }
        OrgEntry entry = directory.find(name).orElseThrow();
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("kind", entry.kind());
        if (!entry.city().isEmpty()) {
          attrs.put("city", entry.city());
        }
        out.add(new MentionCandidate(at, end, entry.canonical(), attrs, 3));
        if (entry.kind().equals("ministry") || entry.kind().equals("agency")) {
          department(sentence, entry, at, end, out);
        }
      }
    }
  }

  private static boolean followsPlaceOrUnit(String sentence, List<Token> tokens, int at) {
    if ("省市区县州".indexOf(sentence.charAt(at - 1)) >= 0) {
      return true;
    }
    return PhraseBounds.tokenAt(tokens, at - 1).filter(t -> t.pos().startsWith("ns")).isPresent();
  }

  /** A ministry's department written right after it: 工信部科技司 → 工业和信息化部科技司. */
  private static void department(String sentence, OrgEntry ministry, int start, int end, List<MentionCandidate> out) {
    Matcher m = DEPARTMENT.matcher(sentence);
    m.region(end, Math.min(sentence.length(), end + 9));
    if (m.lookingAt()) {
      String dept = m.group();
      if (dept.endsWith("公司") || dept.startsWith("有关") || dept.startsWith("相关") || "副正原前各".indexOf(dept.charAt(0)) >= 0) {
        return;
      }
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("kind", "department");
      if (!ministry.city().isEmpty()) {
        attrs.put("city", ministry.city());
      }
      out.add(new MentionCandidate(start, m.end(), ministry.canonical() + dept, attrs, 3));
    }
  }

  private static void local(String sentence, List<Token> tokens, DocumentContext context, List<MentionCandidate> out) {
    Matcher m = LOCAL_BODY.matcher(sentence);
    String lastCityPrefix = null;
    int from = 0;
    while (from < sentence.length() && m.find(from)) {
      from = m.start() + 1;
      Optional<Prefix> found = prefix(sentence, tokens, m.start());
      if (found.isEmpty()) {
        continue;
      }
      Prefix p = found.get();
      if (p.unit.isEmpty() && m.group().endsWith("政府")) {
        continue; // 美国政府: a place without a Chinese administrative unit has no 人民政府
      }
      String body = LOCAL_BODIES.get(m.group());
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("kind", "local");
      String canonical;
      if (p.place != null) {
        attrs.put("place", p.place);
        canonical = p.place + body;
        if (p.place.endsWith("市")) {
          lastCityPrefix = p.place;
        }
      } else {
        Optional<String> resolved = p.unit.equals("市") && lastCityPrefix != null
            ? Optional.of(lastCityPrefix)
            : fromContext(p.unit, context);
        canonical = resolved.orElse(p.unit) + body;
        resolved.ifPresent(r -> attrs.put(p.unit.equals("市") ? "city" : "place", r));
      }
      out.add(new MentionCandidate(p.start, m.end(), canonical, attrs, 2));
    }
  }

  /** What stands before a local body: a place ({@code 浙江省}), a bare unit ({@code 市}), or nothing usable. */
  private record Prefix(int start, String place, String unit) {}

  private static Optional<Prefix> prefix(String sentence, List<Token> tokens, int bodyStart) {
    if (bodyStart == 0) {
      return Optional.empty();
    }
    if (tokens.isEmpty() || PhraseBounds.indexCovering(tokens, bodyStart - 1) < 0) {
      return prefixByCharacters(sentence, bodyStart);
    }
    int i = PhraseBounds.indexCovering(tokens, bodyStart - 1);
    Token t = tokens.get(i);
    if (t.end() > bodyStart) {
      // the unit is glued to the body (市政府, 省卫健委) or the place and body are one word
      String head = sentence.substring(t.start(), bodyStart);
      String unit = unitAtEnd(head);
      if (unit == null) {
        return Optional.empty();
      }
      if (head.length() == unit.length()) {
        return bareOrAfterPlace(tokens, i, t.start(), unit);
      }
      return head.length() - unit.length() >= 2 ? Optional.of(new Prefix(t.start(), head, unit)) : Optional.empty();
    }
    if (UNITS.contains(t.word())) {
      return bareOrAfterPlace(tokens, i, t.start(), t.word());
    }
    if (t.word().length() == 2 && "本我该全".indexOf(t.word().charAt(0)) >= 0 && UNITS.contains(t.word().substring(1))) {
      return Optional.of(new Prefix(t.start(), null, t.word().substring(1))); // 本市卫健委: this city's
    }
    String unit = unitAtEnd(t.word());
    if (t.pos().startsWith("ns")) {
      return Optional.of(new Prefix(t.start(), t.word(), unit == null ? "" : unit));
    }
    if (unit != null && t.word().length() >= 3 && PhraseBounds.isNameLike(t)) {
      return Optional.of(new Prefix(t.start(), t.word(), unit));
    }
    return Optional.empty();
  }

  /**
   * A unit word standing alone before the body: a place when place-like words precede it
   * ({@code 广西/壮族/自治区}), bare when a function word, verb or punctuation does.
   */
  private static Optional<Prefix> bareOrAfterPlace(List<Token> tokens, int unitIndex, int unitStart, String unit) {
    int start = unitStart;
    StringBuilder place = new StringBuilder();
    for (int j = unitIndex - 1; j >= 0 && j >= unitIndex - 2; j--) {
      Token p = tokens.get(j);
      if (p.end() != start || !PhraseBounds.isNameLike(p)) {
        break;
      }
      place.insert(0, p.word());
      start = p.start();
      if (p.pos().startsWith("ns")) {
        return Optional.of(new Prefix(start, place + unit, unit));
      }
    }
    Token before = unitIndex > 0 ? tokens.get(unitIndex - 1) : null;
    if (before == null || before.end() != unitStart) {
      return Optional.of(new Prefix(unitStart, null, unit));
    }
    if (before.word().equals("各") || before.word().endsWith("个")) {
      return Optional.empty(); // 各市 / 十个区: many bodies, none in particular
    }
    if (STOP_WORDS.contains(before.word()) || !PhraseBounds.isNameLike(before) || before.word().equals("本")) {
      return Optional.of(new Prefix(unitStart, null, unit));
    }
    return Optional.empty();
  }

  /**
   * Without tokens: a place of 2–5 characters standing after punctuation or a stop phrase, a bare
   * unit when nothing name-like precedes it, otherwise nothing.
   */
  private static Optional<Prefix> prefixByCharacters(String sentence, int bodyStart) {
    String unit = unitAtEnd(sentence.substring(0, bodyStart));
    if (unit == null) {
      return Optional.empty();
    }
    int unitStart = bodyStart - unit.length();
    char before = unitStart > 0 ? sentence.charAt(unitStart - 1) : ' ';
    if (before == '各') {
      return Optional.empty();
    }
    if ("本我该全".indexOf(before) >= 0 && unit.length() == 1) {
      return Optional.of(new Prefix(unitStart - 1, null, unit));
    }
    int start = PhraseBounds.nameStartByCharacters(sentence, unitStart, 8, STOP_PHRASES);
    start = skipLeadingLinks(sentence, start, unitStart);
    int length = unitStart - start;
    if (length == 0) {
      return Optional.of(new Prefix(unitStart, null, unit));
    }
    if (length >= 2 && length <= 5) {
      return Optional.of(new Prefix(start, sentence.substring(start, bodyStart), unit));
    }
    return Optional.empty();
  }

  private static String unitAtEnd(String s) {
    for (String unit : UNITS) {
      if (s.endsWith(unit)) {
        return unit;
      }
    }
    return null;
  }

  /** The most recent place of the unit's level in the document, for a body written without its place. */
  private static Optional<String> fromContext(String unit, DocumentContext context) {
    Predicate<Place> fits = switch (unit) {
      case "市" -> p -> p.level() == PlaceLevel.CITY || (p.level() == PlaceLevel.PROVINCE && MUNICIPALITIES.contains(p.name()));
      case "省", "自治区" -> p -> p.level() == PlaceLevel.PROVINCE && !MUNICIPALITIES.contains(p.name());
      case "区", "县", "新区", "自治县", "旗" -> p -> p.level() == PlaceLevel.DISTRICT;
      default -> p -> false;
    };
    return context.recentPlaces().stream().filter(fits).map(Place::name).findFirst();
  }

  private void bySuffix(String sentence, List<Token> tokens, List<MentionCandidate> out) {
    Matcher m = SUFFIX.matcher(sentence);
    while (m.find()) {
      String suffix = m.group();
      if (m.end() < sentence.length() && "生城派化军".indexOf(sentence.charAt(m.end())) >= 0) {
        continue; // 大学生, 大学城, 集团化: the suffix is part of another word
      }
      String kind = kindOf(suffix);
      boolean hospital = kind.equals("hospital");
      int start;
      if (tokens.isEmpty()) {
        start = PhraseBounds.nameStartByCharacters(sentence, m.start(), MAX_NAME - suffix.length(), STOP_PHRASES);
      } else {
        Predicate<Token> partOfName = t -> !STOP_WORDS.contains(t.word())
            && (PhraseBounds.isNameLike(t) || (hospital && isHospitalLink(t)));
        start = PhraseBounds.nameStart(tokens, m.start(), MAX_NAME - suffix.length(), partOfName);
        if (!GENERIC_NAMES.contains(sentence.substring(start, m.start()))) {
          start = PhraseBounds.extendOverBrokenWord(tokens, start, m.end(), MAX_NAME, STOP_WORDS::contains);
        }
      }
      start = skipLeadingLinks(sentence, start, m.start());
      String namePart = sentence.substring(start, m.start());
      if (namePart.length() < 2 || GENERIC_NAMES.contains(namePart)) {
        continue;
      }
      String text = sentence.substring(start, m.end());
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("kind", kind);
      Optional<OrgEntry> seat = directory.cityPrefixOf(text);
      seat.ifPresent(e -> attrs.put("city", e.city()));
      int nameStart = start;
      if (seat.isEmpty() && !tokens.isEmpty()) {
        PhraseBounds.tokenAt(tokens, nameStart)
            .filter(t -> t.start() == nameStart && t.pos().startsWith("ns") && t.end() <= m.start())
            .ifPresent(t -> attrs.put("place", t.word()));
      }
      out.add(new MentionCandidate(start, m.end(), normalizeParens(text), attrs, 1));
    }
  }

  /** 附属 and ordinal words join a hospital to its university: 浙江大学医学院附属第一医院. */
  private static boolean isHospitalLink(Token t) {
    return t.word().equals("附属") || t.word().matches("第[一二三四五六七八九十百]+") || t.word().equals("人民");
  }

  /** A name never starts with a link word: drop 附属/第一 left dangling at the front. */
  private static int skipLeadingLinks(String sentence, int start, int limit) {
    int s = start;
    boolean moved = true;
    while (moved && s < limit) {
      moved = false;
      for (String w : List.of("附属", "的", "和", "与", "及", "在", "为", "将", "是", "等")) {
        if (sentence.startsWith(w, s) && s + w.length() <= limit) {
          s += w.length();
          moved = true;
        }
      }
    }
    return s;
  }

  private static String kindOf(String suffix) {
    if (suffix.endsWith("公司") || suffix.equals("集团")) {
      return "company";
    }
    return switch (suffix) {
      case "医院" -> "hospital";
      case "大学", "学院" -> "university";
      default -> "research";
    };
  }

  static String normalizeParens(String s) {
    return s.replace('(', '（').replace(')', '）');
  }

  private static Map<String, String> localBodies() {
    Map<String, String> m = new HashMap<>();
    body(m, "人民政府新闻办公室", "人民政府新闻办公室", "政府新闻办公室", "人民政府新闻办", "政府新闻办");
    body(m, "人民政府办公厅", "人民政府办公厅", "政府办公厅");
    body(m, "人民政府办公室", "人民政府办公室", "政府办公室", "政府办");
    body(m, "人民政府", "人民政府", "政府");
    body(m, "卫生健康委员会", "卫生健康委员会", "卫生健康委", "卫健委");
    body(m, "卫生健康局", "卫生健康局", "卫健局");
    body(m, "经济和信息化委员会", "经济和信息化委员会", "经济和信息化委", "经信委");
    body(m, "经济信息化委员会", "经济信息化委员会", "经济信息化委");
    body(m, "经济和信息化厅", "经济和信息化厅", "经信厅");
    body(m, "经济和信息化局", "经济和信息化局", "经信局");
    body(m, "工业和信息化厅", "工业和信息化厅", "工信厅");
    body(m, "工业和信息化局", "工业和信息化局", "工信局");
    body(m, "发展和改革委员会", "发展和改革委员会", "发展改革委", "发改委");
    body(m, "发展和改革局", "发展和改革局", "发展改革局", "发改局");
    body(m, "科学技术厅", "科学技术厅", "科技厅");
    body(m, "科学技术局", "科学技术局", "科技局");
    body(m, "科学技术委员会", "科学技术委员会", "科委");
    body(m, "科技和经济委员会", "科技和经济委员会", "科经委");
    body(m, "教育厅", "教育厅");
    body(m, "教育局", "教育局");
    body(m, "教育委员会", "教育委员会", "教委");
    body(m, "财政厅", "财政厅");
    body(m, "财政局", "财政局");
    body(m, "商务厅", "商务厅");
    body(m, "商务局", "商务局");
    body(m, "商务委员会", "商务委员会", "商务委");
    body(m, "市场监督管理局", "市场监督管理局", "市场监管局");
    body(m, "药品监督管理局", "药品监督管理局", "药监局");
    body(m, "数据局", "数据局");
    body(m, "大数据发展管理局", "大数据发展管理局");
    body(m, "大数据管理局", "大数据管理局");
    body(m, "互联网信息办公室", "互联网信息办公室", "网信办");
    body(m, "人力资源和社会保障厅", "人力资源和社会保障厅", "人力资源社会保障厅", "人社厅");
    body(m, "人力资源和社会保障局", "人力资源和社会保障局", "人力资源社会保障局", "人社局");
    body(m, "医疗保障局", "医疗保障局", "医保局");
    body(m, "人民代表大会常务委员会", "人民代表大会常务委员会", "人大常委会");
    body(m, "生态环境厅", "生态环境厅");
    body(m, "生态环境局", "生态环境局");
    body(m, "交通运输厅", "交通运输厅");
    body(m, "交通运输局", "交通运输局");
    body(m, "住房和城乡建设厅", "住房和城乡建设厅", "住房城乡建设厅", "住建厅");
    body(m, "住房和城乡建设局", "住房和城乡建设局", "住房城乡建设局", "住建局");
    body(m, "农业农村厅", "农业农村厅");
    body(m, "农业农村局", "农业农村局");
    body(m, "统计局", "统计局");
    body(m, "投资促进局", "投资促进局");
    return Map.copyOf(m);
  }

  private static void body(Map<String, String> m, String canonical, String... written) {
    for (String w : written) {
      m.put(w, canonical);
    }
  }

  private static Pattern alternation(Collection<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder sb = new StringBuilder();
    java.util.Set<Character> first = new java.util.TreeSet<>();
    for (String w : sorted) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(Pattern.quote(w));
      first.add(w.charAt(0));
    }
    // The lookahead only says where a match can start: one character test per position instead
    // of trying every alternative there, which made this the organisation recognizer's main cost.
    StringBuilder lead = new StringBuilder("(?=[");
    for (char c : first) {
      lead.append(Character.isLetterOrDigit(c) ? "" : "\\").append(c);
    }
    return Pattern.compile(lead.append("])(?:").append(sb).append(')').toString());
  }
}
