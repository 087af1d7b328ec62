package io.github.jishi.internal.entity;

import io.github.jishi.entity.Mention;
import io.github.jishi.entity.MentionType;
import io.github.jishi.internal.lexicon.Lexicon;
import io.github.jishi.internal.nlp.PhraseBounds;
import io.github.jishi.internal.lexicon.WordMatcher;
import io.github.jishi.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds programmes: the catalog's names and aliases ({@code 数贸会} → {@code 全球数字贸易博览会}),
 * policy documents named in {@code 《》}, and unseen names made of a head and a programme type word
 * ({@code …先导区}, {@code …试点}, {@code …博览会}).
 *
 * <p>What is written around a name is kept apart from it: an edition in front ({@code 2022},
 * {@code 第四届}, {@code 十四届}) goes to attribute {@code edition}, a batch ({@code 第三批},
 * {@code 首批}) to {@code batch}, a field in front or in parentheses behind ({@code 医疗领域…},
 * {@code …(医疗领域)}) to {@code qualifier}, a session behind a meeting ({@code …四次会议}) to
 * {@code session}, a place after a middle dot ({@code …·浙江}) to {@code place}; the mention's span
 * covers them, the canonical name does not. A place written inside the name ({@code 四川} in
 * {@code 四川天府新区}, or an unseen name's leading place) also goes to {@code place}, and the
 * catalogue's seat of a programme ({@code 北京市} for {@code 中关村国家自主创新示范区}) to
 * {@code seat}. Attribute
 * {@code kind} is the catalog's, {@code document} for a title, or the type word's.
 *
 * <p>An unseen name never takes in a year, a verb of record or the clause before it, and a name of
 * generic words only ({@code 规划}, {@code 《规划》}, {@code 本次大会}, {@code 总体规划}) is no
 * programme; nor is a name made of place names only ({@code 天津市滨海新区}). Overlaps resolve to the
 * longest mention; catalog names win over unseen ones.
 *
 * <p>The words come from a {@link Lexicon}: {@code program-types}, {@code program-generic},
 * {@code program-generic-modifiers}, {@code program-national-qualifiers},
 * {@code program-document-endings}, {@code program-not-qualifiers}, {@code program-blockers},
 * {@code program-local-qualifiers},
 * {@code program-org-stop-words} and the verbs of {@code triggers}.
 */
public final class ProgramRecognizer implements Recognizer {
  private static final int MAX_NAME = 25;
  private static final int MIN_NAME_PART = 4;
  private static final int MIN_DOCUMENT_NAME_PART = 6;
  private static final int FRONT_WINDOW = 16;

  private static final Pattern TITLE = Pattern.compile("《([^《》]{2,80})》");
  private static final Pattern TRAILING_PARENS = Pattern.compile("[(（][^()（）]*[)）]$");
  private static final String NUMERAL = "[一二三四五六七八九十百零〇两0-9]";
  private static final Pattern EDITION_BEFORE = Pattern.compile("((?:第" + NUMERAL + "+|" + NUMERAL + "*[十一二三四五六七八九]" + ")届|首届|(\\d{4})年?度?)$");
  private static final Pattern BATCH_BEFORE = Pattern.compile("(第" + NUMERAL + "+批|首批)次?$");
  /** A count or a batch in a name's head ends the name there: 13个分论坛, 形成一批…, 作为第二批试点. */
  private static final Pattern COUNT = Pattern.compile("(?:\\d+|" + NUMERAL + "+)[个家所批项届次类种]|第" + NUMERAL + "+批|首批");
  private static final Pattern LEADING_YEAR = Pattern.compile("^(?:\\d{2,4}年度?|\\d{4}|\\d{1,2}月(?:\\d{1,2}日)?)+");
  private static final Pattern QUALIFIER_AFTER = Pattern.compile("\\G[(（]([^()（）]{1,24})[)）]");
  private static final Pattern PLACE_AFTER = Pattern.compile("\\G[·・•‧](\\p{IsHan}{2,6}?[省市]?)(?=[^\\p{IsHan}]|$)");
  private static final Pattern SESSION_AFTER = Pattern.compile("\\G(" + NUMERAL + "+次(?:全体)?会议)");
  private static final Pattern FIELD_BEFORE = Pattern.compile("(\\p{IsHan}{2,8})领域$");
  /** A plenary session of a Party Central Committee: 二十届四中全会, 十九届中央委员会第六次全体会议 is written out elsewhere. */
  private static final Pattern PLENUM = Pattern.compile("(?:党的)?(?:第)?(" + NUMERAL + "+届)(?:中央委员会)?(" + NUMERAL + "中全会)");
  private static final Set<String> RECURRING = Set.of("conference", "expo", "forum");

  private final ProgramCatalog catalog;
  private final ProgramWords words;
  private final MentionCandidate.Stops stops;
  private final Set<String> stopWords;
  private final List<String> cuts;
  private final List<String> notQualifiers;
  private final List<String> localQualifiers;
  private final Pattern documentEnding;
  private final Map<String, List<String>> blockers;
  private final WordMatcher suffix;
  private final PlaceTrie<String> names = new PlaceTrie<>();

  private ProgramRecognizer(ProgramCatalog catalog, Lexicon lexicon) {
    this.catalog = catalog;
    this.words = new ProgramWords(lexicon);
    this.stops = MentionCandidate.Stops.of(lexicon);
    Set<String> stop = new HashSet<>(stops.all());
    stop.addAll(lexicon.words("triggers")); // a verb of record ends a name: 杭州获批…
    this.stopWords = Set.copyOf(stop);
    Set<String> cut = new LinkedHashSet<>(stops.cuts());
    for (String w : stopWords) {
      if (w.length() > 1) {
        cut.add(w);
      }
    }
    this.cuts = List.copyOf(cut);
    this.notQualifiers = lexicon.words("program-not-qualifiers");
    this.localQualifiers = lexicon.words("program-local-qualifiers");
    this.documentEnding = Pattern.compile("(?:" + lexicon.alternation("program-document-endings") + ")$");
    Map<String, List<String>> b = new LinkedHashMap<>();
    for (List<String> row : lexicon.rows("program-blockers")) {
      b.put(row.get(0), row.size() > 1 && !row.get(1).isEmpty() ? List.of(row.get(1).split("\\|")) : List.of());
    }
    this.blockers = Map.copyOf(b);
    this.suffix = WordMatcher.of(words.typeWords());
    for (String name : catalog.allNames()) {
      for (String variant : writtenForms(name)) {
        if (names.get(variant) == null) {
          names.put(variant, name);
        }
      }
    }
  }

  /** The recognizer over the bundled catalog and vocabularies. */
  public static ProgramRecognizer create() {
    return create(Lexicon.bundled());
  }

  /** The recognizer over the bundled catalog, reading names with the vocabularies of {@code lexicon}. */
  public static ProgramRecognizer create(Lexicon lexicon) {
    Objects.requireNonNull(lexicon, "lexicon");
    return new ProgramRecognizer(ProgramCatalog.load(lexicon), lexicon);
  }

  /** The recognizer over {@code catalog} (for instance one merged with a user file). */
  public static ProgramRecognizer create(ProgramCatalog catalog) {
    return create(catalog, Lexicon.bundled());
  }

  /** The recognizer over {@code catalog}, reading names with the vocabularies of {@code lexicon}. */
  public static ProgramRecognizer create(ProgramCatalog catalog, Lexicon lexicon) {
    return new ProgramRecognizer(Objects.requireNonNull(catalog, "catalog"), Objects.requireNonNull(lexicon, "lexicon"));
  }

  public ProgramCatalog catalog() {
    return catalog;
  }

  /**
   * The ways a catalogue name is written: as given, with the other width of parentheses, and with
   * its quotation marks as “”, 「」, "" or none.
   */
  private static Set<String> writtenForms(String name) {
    Set<String> out = new LinkedHashSet<>();
    out.add(name);
    if (name.contains("“") && name.contains("”")) {
      out.add(name.replace('“', '「').replace('”', '」'));
      out.add(name.replace('“', '"').replace('”', '"'));
      out.add(name.replace("“", "").replace("”", ""));
    }
    for (String n : List.copyOf(out)) {
      out.add(n.replace('(', '（').replace(')', '）'));
      out.add(n.replace('（', '(').replace('）', ')'));
    }
    return out;
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
    plenums(sentence, candidates);
    List<int[]> bare = new ArrayList<>();
    for (MentionCandidate c : unseenNames(sentence, tokens, bare)) {
      // an unseen name around a catalog name is that name with a place or clause in front
      if (known.stream().noneMatch(k -> k.start() < c.end() && c.start() < k.end())) {
        candidates.add(c);
      }
    }
    for (int[] span : bare) {
      referredTo(sentence, span, known, context).ifPresent(candidates::add);
    }
    List<Mention> found = MentionCandidate.resolve(candidates, sentence, MentionType.PROGRAM);
    for (Mention m : found) {
      context.noteProgram(m.canonical());
    }
    return found;
  }

  /**
   * A type word standing alone ({@code 先导区获批}) refers to the programme of that type named
   * nearest in the sentence, or else most recently in the document; with none, it is no mention.
   */
  private Optional<MentionCandidate> referredTo(String sentence, int[] span, List<MentionCandidate> known,
      DocumentContext context) {
    String typeWord = sentence.substring(span[0], span[1]);
    MentionCandidate nearest = null;
    for (MentionCandidate k : known) {
      boolean overlaps = k.start() < span[1] && span[0] < k.end();
      if (overlaps) {
        return Optional.empty();
      }
      if (k.canonical().endsWith(typeWord) && (nearest == null
          || Math.abs(k.start() - span[0]) < Math.abs(nearest.start() - span[0]))) {
        nearest = k;
      }
    }
    String canonical = nearest != null ? nearest.canonical()
        : context.recentPrograms().stream().filter(c -> c.endsWith(typeWord)).findFirst().orElse(null);
    if (canonical == null) {
      return Optional.empty();
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("kind", catalog.find(canonical).map(ProgramEntry::kind).orElse(words.type(typeWord).kind()));
    attrs.put("reference", "type_word");
    return Optional.of(new MentionCandidate(span[0], span[1], canonical, attrs, 0));
  }

  private void catalogNames(String sentence, List<Token> tokens, List<MentionCandidate> out) {
    int n = sentence.length();
    if (n == 0 || names.longest() == 0) {
      return;
    }
    int[] ends = new int[names.longest()];
    Object[] values = new Object[names.longest()];
    for (int at = 0; at < n; at++) {
      int count = names.matchesAt(sentence, at, ends, values);
      for (int k = 0; k < count; k++) {
        int end = ends[k];
        String name = (String) values[k];
        if (!standsAlone(sentence, name, at, end) || blocked(sentence, name, end)) {
          continue;
        }
        ProgramEntry entry = catalog.find(name).orElseThrow();
        if (localShortForm(sentence, at, name, entry)) {
          continue; // 省级历史文化名城: a province's list, not the national programme
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("kind", entry.kind());
        String place = entry.placeIn(name);
        if (place != null) {
          attrs.put("place", place);
        }
        if (!entry.seat().isEmpty()) {
          attrs.put("seat", entry.seat());
        }
        int start = extendFront(sentence, tokens, at, attrs);
        int stop = extendBack(sentence, end, attrs);
        out.add(new MentionCandidate(start, stop, entry.canonical(), attrs, 3));
      }
    }
  }

  /**
   * Whether {@code name}, written at {@code at}, is a national programme's short form (without its
   * national qualifier) right after a provincial or local qualifier.
   */
  private boolean localShortForm(String sentence, int at, String name, ProgramEntry entry) {
    if (words.nationalQualifierOf(entry.canonical()) == null || words.nationalQualifierOf(name) != null) {
      return false;
    }
    for (String q : localQualifiers) {
      if (at >= q.length() && sentence.startsWith(q, at - q.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether what follows {@code word} makes it part of another word (人民大会堂, 全国人大常委会). */
  private boolean blocked(String sentence, String word, int end) {
    for (String follower : blockers.getOrDefault(word, List.of())) {
      if (sentence.startsWith(follower, end)) {
        return true;
      }
    }
    return false;
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

  /** Takes a field, a batch or an edition written in front of a name into the mention. */
  private int extendFront(String sentence, List<Token> tokens, int start, Map<String, String> attrs) {
    // what stands in front is short: look at a window, not the whole sentence, at every name
    int window = Math.max(0, start - FRONT_WINDOW);
    String before = sentence.substring(window, start);
    int at = extendFrontIn(before, sentence, tokens, window, attrs);
    return window + at;
  }

  private int extendFrontIn(String before, String sentence, List<Token> tokens, int window, Map<String, String> attrs) {
    int start = before.length();
    // each pattern ends the window: a look at its last characters rules most windows out
    Matcher field = FIELD_BEFORE.matcher(before);
    if (mayEndWith(before, "领域") && field.find()) {
      int fieldStart = fieldStart(sentence, tokens, window + field.start(1), window + start - 2);
      if (fieldStart >= 0) {
        attrs.put("qualifier", sentence.substring(fieldStart, window + start));
        start = fieldStart - window;
        before = before.substring(0, start);
      }
    }
    Matcher batch = BATCH_BEFORE.matcher(before);
    if ((mayEndWith(before, "批") || mayEndWith(before, "批次")) && batch.find()) {
      attrs.put("batch", batch.group(1));
      start = batch.start();
      before = before.substring(0, start);
    }
    Matcher edition = EDITION_BEFORE.matcher(before);
    boolean recurring = RECURRING.contains(attrs.get("kind")) || "meeting".equals(attrs.get("kind"));
    // 2021年国家人工智能创新应用先导区: a year before a zone dates the news, it is no edition
    if (mayEndEdition(before) && edition.find() && (recurring || edition.group(2) == null) && !yearRunsOn(sentence, window + edition.start())) {
      attrs.put("edition", edition.group(2) != null ? edition.group(2) : edition.group(1));
      start = edition.start();
    }
    return start;
  }

  /**
   * Whether a pattern anchored with {@code $} and ending in {@code tail} may match {@code text}:
   * {@code text} ends with it, or ends with a line terminator, before which {@code $} also matches.
   */
  private static boolean mayEndWith(String text, String tail) {
    return text.endsWith(tail) || (!text.isEmpty() && isLineTerminator(text.charAt(text.length() - 1)));
  }

  /** Whether {@link #EDITION_BEFORE} may match: {@code text} ends in 届, 年, 度 or a digit (or a line terminator). */
  private static boolean mayEndEdition(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return last == '届' || last == '年' || last == '度' || (last >= '0' && last <= '9') || isLineTerminator(last);
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** Whether the four digits found end a longer number (12023) rather than make a year. */
  private static boolean yearRunsOn(String sentence, int editionStart) {
    return editionStart > 0 && Character.isDigit(sentence.charAt(editionStart - 1));
  }

  /** The start of the shortest field name (two characters or more) that begins a word: 在医疗领域 → 医疗领域. */
  private int fieldStart(String sentence, List<Token> tokens, int earliest, int fieldEnd) {
    for (int s = fieldEnd - 2; s >= earliest; s--) {
      if (PhraseBounds.isBoundary(tokens, s) && !stopWords.contains(sentence.substring(s, s + 1))) {
        return s;
      }
    }
    return -1;
  }

  /** Takes a parenthesised qualifier, a ·place and a meeting's session written after a name into the mention. */
  private int extendBack(String sentence, int end, Map<String, String> attrs) {
    Matcher q = QUALIFIER_AFTER.matcher(sentence);
    q.region(end, sentence.length());
    if (startsWithAny(sentence, end, "(（") && q.lookingAt() && notQualifiers.stream().noneMatch(w -> q.group(1).startsWith(w))) {
      attrs.put("qualifier", q.group(1).strip());
      end = q.end();
    }
    Matcher p = PLACE_AFTER.matcher(sentence);
    p.region(end, sentence.length());
    if (startsWithAny(sentence, end, "·・•‧") && p.lookingAt()) {
      attrs.put("place", p.group(1));
      end = p.end();
    }
    if ("meeting".equals(attrs.get("kind"))) {
      Matcher s = SESSION_AFTER.matcher(sentence);
      s.region(end, sentence.length());
      if (s.lookingAt()) {
        attrs.put("session", s.group(1));
        end = s.end();
      }
    }
    return end;
  }

  /** Whether the character at {@code at} is one of {@code chars}. */
  private static boolean startsWithAny(String sentence, int at, String chars) {
    return at < sentence.length() && chars.indexOf(sentence.charAt(at)) >= 0;
  }

  /** Plenary sessions by their numbering: 党的二十届四中全会 → 二十届四中全会, kind {@code meeting}. */
  private static void plenums(String sentence, List<MentionCandidate> out) {
    if (!sentence.contains("中全会")) {
      return; // every plenum ends so: most sentences are ruled out without the pattern
    }
    Matcher m = PLENUM.matcher(sentence);
    while (m.find()) {
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("kind", "meeting");
      out.add(new MentionCandidate(m.start(), m.end(), m.group(1) + m.group(2), attrs, 2));
    }
  }

  private void titles(String sentence, List<MentionCandidate> out) {
    if (sentence.indexOf('《') < 0) {
      return;
    }
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
      if (!documentEnding.matcher(bare).find()) {
        continue; // a newspaper, book or film, not a policy document
      }
      if (words.isGeneric(bare)) {
        continue; // 《规划》, 《实施方案》: a document named by what it is, not which one
      }
      attrs.put("kind", "document");
      out.add(new MentionCandidate(m.start(1), m.end(1), OrgRecognizer.normalizeParens(title), attrs, 2));
    }
  }

  /** Unseen names; type words standing alone go to {@code bare} as {start, end}. */
  private List<MentionCandidate> unseenNames(String sentence, List<Token> tokens, List<int[]> bare) {
    List<MentionCandidate> out = new ArrayList<>();
    for (WordMatcher.Match m : suffix.findAll(sentence)) {
      String typeWord = m.word();
      ProgramWords.Type type = words.type(typeWord);
      if (blocked(sentence, typeWord, m.end()) || !PhraseBounds.isBoundary(tokens, m.end())) {
        continue; // 人民大会堂, 创新区域: the type word is part of a longer word
      }
      int start = quotedStart(sentence, m.start(), m.end());
      boolean quoted = start >= 0;
      if (!quoted) {
        start = nameStart(sentence, tokens, m.start(), typeWord);
        start = skipLeadingYear(sentence, start, m.start());
        start = afterLastCount(sentence, start, m.start());
      }
      start = stops.skipLinks(sentence, start, m.start());
      String name = sentence.substring(start, m.end());
      int namePart = m.start() - start;
      if (namePart == 0 && !quoted) {
        bare.add(new int[] {m.start(), m.end()});
        continue;
      }
      if (name.contains("的") || namePart < (quoted ? 2 : MIN_NAME_PART) || words.isGeneric(name)) {
        continue;
      }
      boolean placeOrNation = startsWithPlaceOrNation(tokens, start, name);
      if (!quoted && type.isDocument() && namePart < MIN_DOCUMENT_NAME_PART && !placeOrNation) {
        continue; // 产业发展规划: a plan in general, not a named one
      }
      if (!quoted && onlyPlaces(tokens, start, m.end())) {
        continue; // 天津市滨海新区: a district, not a programme
      }
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("kind", type.kind());
      leadingPlace(tokens, start, m.start())
          .filter(p -> !p.equals(words.nationalQualifierOf(p))) // 中国… is national, not placed
          .ifPresent(p -> attrs.put("place", p));
      int from = extendFront(sentence, tokens, start, attrs);
      int to = extendBack(sentence, m.end(), attrs);
      out.add(new MentionCandidate(from, to, OrgRecognizer.normalizeParens(name), attrs, 1));
    }
    return out;
  }

  /** {@code start} moved past the last count or batch word between it and {@code limit}. */
  private static int afterLastCount(String sentence, int start, int limit) {
    if (!containsAny(sentence, start, limit, "个家所批项届次类种")) {
      return start; // every count or batch word ends in one of these
    }
    Matcher c = COUNT.matcher(sentence);
    c.region(start, limit);
    int s = start;
    while (c.find()) {
      s = c.end();
    }
    return s;
  }

  private static boolean containsAny(String sentence, int from, int to, String chars) {
    for (int i = from; i < to; i++) {
      if (chars.indexOf(sentence.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A year left at the front of a name by the walk over characters is no part of it: 2023世界…大会. */
  private static int skipLeadingYear(String sentence, int start, int limit) {
    if (start >= limit || sentence.charAt(start) < '0' || sentence.charAt(start) > '9') {
      return start; // a year or month starts with a digit
    }
    Matcher y = LEADING_YEAR.matcher(sentence);
    y.region(start, limit);
    return y.lookingAt() ? y.end() : start;
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

  private int nameStart(String sentence, List<Token> tokens, int suffixStart, String typeWord) {
    int max = MAX_NAME - typeWord.length();
    if (tokens.isEmpty()) {
      return MentionCandidate.nameStartByCharacters(sentence, suffixStart, max, cuts);
    }
    Predicate<Token> partOfName = t -> (PhraseBounds.isNameLike(t) && !stopWords.contains(t.word())
        && !BATCH_BEFORE.matcher(t.word()).find())
        // 标准体系建设指南, 海绵城市建设试点: building right before the type word is part of the name
        || (t.word().equals("建设") && t.end() == suffixStart);
    int start = PhraseBounds.nameStart(tokens, suffixStart, max, partOfName);
    // 支持北京建设试验区: after a place, building is the verb and the name starts behind it
    int i = PhraseBounds.indexCovering(tokens, suffixStart - 1);
    if (i > 0 && tokens.get(i).word().equals("建设") && tokens.get(i).end() == suffixStart
        && tokens.get(i - 1).pos().startsWith("ns") && start < tokens.get(i).start()) {
      return suffixStart;
    }
    return start;
  }

  private boolean startsWithPlaceOrNation(List<Token> tokens, int start, String name) {
    if (words.nationalQualifierOf(name) != null) {
      return true;
    }
    return PhraseBounds.tokenAt(tokens, start)
        .filter(t -> t.start() == start && t.pos().startsWith("ns"))
        .isPresent();
  }

  /** Whether the tokens from {@code start} to {@code end} are all place names. */
  private static boolean onlyPlaces(List<Token> tokens, int start, int end) {
    int i = PhraseBounds.indexCovering(tokens, start);
    if (i < 0 || tokens.get(i).start() != start) {
      return false;
    }
    for (; i < tokens.size() && tokens.get(i).start() < end; i++) {
      if (!tokens.get(i).pos().startsWith("ns")) {
        return false;
      }
    }
    return i > 0 && tokens.get(i - 1).end() == end;
  }

  /** The place token an unseen name starts with, when it ends before the type word. */
  private static Optional<String> leadingPlace(List<Token> tokens, int start, int typeStart) {
    return PhraseBounds.tokenAt(tokens, start)
        .filter(t -> t.start() == start && t.pos().startsWith("ns") && t.end() <= typeStart)
        .map(Token::word);
  }
}
