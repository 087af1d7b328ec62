package io.github.jishi.internal.entity;

import io.github.jishi.entity.Mention;
import io.github.jishi.entity.MentionType;
import io.github.jishi.internal.entity.OrgDirectory.OrgEntry;
import io.github.jishi.internal.lexicon.Lexicon;
import io.github.jishi.internal.nlp.PhraseBounds;
import io.github.jishi.internal.lexicon.WordMatcher;
import io.github.jishi.nlp.Token;
import java.util.ArrayList;
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

  /** Local bodies: what is written → canonical body name ({@code org-local-bodies}). */
  private final Map<String, String> localBodies;

  private final WordMatcher localBody;

  /** Administrative units a local body's place prefix ends in ({@code org-units}). */
  private final List<String> units;

  private static final Pattern DEPARTMENT = Pattern.compile("\\G(?:办公厅|[\\p{IsHan}&&[^的了在是和将对及等与同向]][\\p{IsHan}&&[^的了在是和将对及等]]{0,6}?司)");

  /** Institution name endings → kind ({@code org-suffixes}). */
  private final Map<String, String> suffixKinds;

  /** The endings, found leftmost and longest first as an alternation would, most positions failing at one test. */
  private final WordMatcher suffix;

  /** The shared stop list ({@code program-org-stop-words}): words that end the walk to the left of a name. */
  private final MentionCandidate.Stops stops;

  /** Name parts that make a suffix phrase generic rather than a name ({@code org-generic-names}). */
  private final Set<String> genericNames;

  /** Characters after an ending that make it part of another word ({@code org-suffix-followers}: 大学生). */
  private final String suffixFollowers;

  /** Characters before a bare unit that point to the place the text is about ({@code org-this-words}: 本市). */
  private final String thisWords;

  private static final Pattern ORDINAL = Pattern.compile("第[一二三四五六七八九十百]+");

  private static final Set<String> MUNICIPALITIES = Set.of("北京市", "天津市", "上海市", "重庆市");

  private final OrgDirectory directory;
  private final PlaceTrie<String> names = new PlaceTrie<>();

  private OrgRecognizer(OrgDirectory directory, Lexicon lexicon) {
    this.directory = directory;
    Map<String, String> bodies = new HashMap<>();
    for (List<String> row : lexicon.rows("org-local-bodies")) {
      bodies.put(row.get(0), row.get(0));
      if (row.size() > 1 && !row.get(1).isEmpty()) {
        for (String written : row.get(1).split("\\|")) {
          bodies.put(written.strip(), row.get(0));
        }
      }
    }
    this.localBodies = Map.copyOf(bodies);
    this.localBody = WordMatcher.of(localBodies.keySet());
    this.units = ProgramWords.longestFirst(lexicon.words("org-units"));
    Map<String, String> kinds = new HashMap<>();
    for (List<String> row : lexicon.rows("org-suffixes")) {
      String kind = row.size() > 1 ? row.get(1) : "research";
      kinds.put(row.get(0), kind);
      kinds.put(row.get(0).replace('(', '（').replace(')', '）'), kind);
    }
    this.suffixKinds = Map.copyOf(kinds);
    this.suffix = WordMatcher.of(suffixKinds.keySet());
    this.stops = MentionCandidate.Stops.of(lexicon);
    this.genericNames = lexicon.set("org-generic-names");
    this.suffixFollowers = String.join("", lexicon.words("org-suffix-followers"));
    this.thisWords = String.join("", lexicon.words("org-this-words"));
    for (String name : directory.names()) {
      names.put(name, name);
    }
  }

  /** The recognizer over the bundled organisation list and vocabularies. */
  public static OrgRecognizer create() {
    return create(Lexicon.bundled());
  }

  /** The recognizer over the bundled organisation list, reading names with the vocabularies of {@code lexicon}. */
  public static OrgRecognizer create(Lexicon lexicon) {
    return new OrgRecognizer(OrgDirectory.loadBundled(), Objects.requireNonNull(lexicon, "lexicon"));
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
    if (sentence.isEmpty() || names.longest() == 0) {
      return;
    }
    int[] ends = new int[names.longest()];
    Object[] values = new Object[names.longest()];
    for (int at = 0; at < sentence.length(); at++) {
      int count = names.matchesAt(sentence, at, ends, values);
      for (int k = 0; k < count; k++) {
        String name = (String) values[k];
        int end = ends[k];
        if (name.endsWith("部") && end < sentence.length() && "门署".indexOf(sentence.charAt(end)) >= 0) {
          continue; // 商务部门, 科技部署: a department in general, not the ministry
        }
        if (name.length() <= 2 && !(PhraseBounds.isBoundary(tokens, at) && PhraseBounds.isBoundary(tokens, end))) {
          continue; // a two-character alias inside another word (中央行动 is no 央行)
        }
        if (localBodies.containsKey(name) && at > 0 && followsPlaceOrUnit(sentence, tokens, at)) {
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

  private void local(String sentence, List<Token> tokens, DocumentContext context, List<MentionCandidate> out) {
    String lastCityPrefix = null;
    int from = 0;
    WordMatcher.Match m;
    while (from < sentence.length() && (m = localBody.find(sentence, from)) != null) {
      from = m.start() + 1;
      Optional<Prefix> found = prefix(sentence, tokens, m.start());
      if (found.isEmpty()) {
        continue;
      }
      Prefix p = found.get();
      if (p.unit.isEmpty() && m.word().endsWith("政府")) {
        continue; // 美国政府: a place without a Chinese administrative unit has no 人民政府
      }
      String body = localBodies.get(m.word());
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

  private Optional<Prefix> prefix(String sentence, List<Token> tokens, int bodyStart) {
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
    if (units.contains(t.word())) {
      return bareOrAfterPlace(tokens, i, t.start(), t.word());
    }
    if (t.word().length() == 2 && thisWords.indexOf(t.word().charAt(0)) >= 0 && units.contains(t.word().substring(1))) {
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
  private Optional<Prefix> bareOrAfterPlace(List<Token> tokens, int unitIndex, int unitStart, String unit) {
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
    if (stops.all().contains(before.word()) || !PhraseBounds.isNameLike(before) || before.word().equals("本")) {
      return Optional.of(new Prefix(unitStart, null, unit));
    }
    return Optional.empty();
  }

  /**
   * Without tokens: a place of 2–5 characters standing after punctuation or a stop phrase, a bare
   * unit when nothing name-like precedes it, otherwise nothing.
   */
  private Optional<Prefix> prefixByCharacters(String sentence, int bodyStart) {
    String unit = unitAtEnd(sentence.substring(0, bodyStart));
    if (unit == null) {
      return Optional.empty();
    }
    int unitStart = bodyStart - unit.length();
    char before = unitStart > 0 ? sentence.charAt(unitStart - 1) : ' ';
    if (before == '各') {
      return Optional.empty();
    }
    if (thisWords.indexOf(before) >= 0 && unit.length() == 1) {
      return Optional.of(new Prefix(unitStart - 1, null, unit));
    }
    int start = MentionCandidate.nameStartByCharacters(sentence, unitStart, 8, stops.cuts());
    start = stops.skipLinks(sentence, start, unitStart);
    int length = unitStart - start;
    if (length == 0) {
      return Optional.of(new Prefix(unitStart, null, unit));
    }
    if (length >= 2 && length <= 5) {
      return Optional.of(new Prefix(start, sentence.substring(start, bodyStart), unit));
    }
    return Optional.empty();
  }

  private String unitAtEnd(String s) {
    for (String unit : units) {
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
    for (WordMatcher.Match m : suffix.findAll(sentence)) {
      String suffix = m.word();
      if (m.end() < sentence.length() && suffixFollowers.indexOf(sentence.charAt(m.end())) >= 0) {
        continue; // 大学生, 大学城, 集团化: the suffix is part of another word
      }
      String kind = suffixKinds.get(suffix);
      boolean hospital = kind.equals("hospital");
      int start;
      if (tokens.isEmpty()) {
        start = MentionCandidate.nameStartByCharacters(sentence, m.start(), MAX_NAME - suffix.length(), stops.cuts());
      } else {
        Predicate<Token> partOfName = t -> !stops.all().contains(t.word())
            && (PhraseBounds.isNameLike(t) || (hospital && isHospitalLink(t)));
        start = PhraseBounds.nameStart(tokens, m.start(), MAX_NAME - suffix.length(), partOfName);
        if (!genericNames.contains(sentence.substring(start, m.start()))) {
          start = PhraseBounds.extendOverBrokenWord(tokens, start, m.end(), MAX_NAME, stops.all()::contains);
        }
      }
      start = stops.skipLinks(sentence, start, m.start());
      String namePart = sentence.substring(start, m.start());
      if (namePart.length() < 2 || genericNames.contains(namePart)) {
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
    return t.word().equals("附属") || (t.word().startsWith("第") && ORDINAL.matcher(t.word()).matches()) || t.word().equals("人民");
  }

  static String normalizeParens(String s) {
    return s.replace('(', '（').replace(')', '）');
  }
}
