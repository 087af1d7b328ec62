package io.github.jishi.internal.event;

import io.github.jishi.entity.Mention;
import io.github.jishi.entity.MentionType;
import io.github.jishi.event.EventPlace;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.internal.lexicon.Lexicon;
import io.github.jishi.internal.lexicon.WordMatcher;
import io.github.jishi.text.NormalizedText;
import io.github.jishi.internal.text.Sentence;
import io.github.jishi.time.Precision;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.internal.time.TimeParser;
import io.github.jishi.time.YearSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads events out of the analyzed sentences of one page.
 *
 * <p>An event is a trigger verb ({@code 批复}, {@code 印发}, {@code 启动}, {@code 举办} ...) with a
 * date and at least a place or a programme. A sentence with several dates in different clauses
 * yields one event per date. A sentence with a trigger and a programme but no date takes the date
 * of the sentence before it in the same paragraph ({@code 9月19日…在广州举办。会上，…中试基地正式启动。}),
 * or else the day of the page's dateline. Dates inside programme or organisation names
 * ({@code 行动计划(2025—2027年)}) never date an event; a vague one ({@code 日前}) dates it to the days
 * before publication only when the sentence has no better date.
 */
public final class EventExtractor {
  /** Organisation kinds whose place is where an event happens: a local government acts where it governs. */
  private static final Set<String> GOVERNING = Set.of("local");
  /** Organisation kinds whose place says only where they stand: used when nothing else places the event. */
  private static final Set<String> SITED = Set.of("university", "hospital", "company", "research");
  /** A year that may stand as a programme's edition: {@code 2024}, {@code 2024年}. */
  private static final Pattern EDITION_YEAR = Pattern.compile("(19|20)\\d\\d年?");
  /** How many places make a sentence a list of a batch's members. */
  private static final int LIST_PLACES = 3;
  /** A row of a table of batches: it opens with the batch's ordinal ({@code 第一批}, {@code 第3批}). */
  private static final Pattern BATCH_ROW = Pattern.compile("第[一二三四五六七八九十百零〇\\d]{1,4}批");
  /** A list's sub-heading: a few words and the count of the places under it ({@code 省会城市(5个)}). */
  private static final Pattern LIST_SUBHEADING = Pattern.compile("[^，。,；;]{1,12}[（(]\\d{1,4}个[）)][：:]?");
  /** The longest place name looked for at the head of a programme's name. */
  private static final int HEAD_PLACE_CHARS = 4;
  /** How far down a page a signed notice's own text may reach when the page shows no foot. */
  private static final int NOTICE_PARAGRAPHS = 8;
  /** How many resolved place names the extractor remembers. */
  private static final int PLACE_CACHE = 50_000;
  /** Where a clause ends inside a sentence. */
  private static final String CLAUSE_BREAKS = "，,；;、：:";
  /** Beyond this paragraph a story's dateline no longer dates what it reports. */
  private static final int DATELINE_PARAGRAPHS = 12;

  private final Function<String, Optional<EventPlace>> placeByName;
  private final Triggers triggers;
  /** When two reports of the page are one event (the kinds of {@code triggers}). */
  private final SameEvent sameEvent;
  /** A sentence opening that goes on with the event before ({@code 会上，}, {@code 当天，}). */
  private final WordMatcher continues;
  /** Words referring back to a programme named before ({@code 该区}, {@code 首批试点}). */
  private final WordMatcher anaphora;
  /** Programme kinds that are held at a place (conferences, expos). */
  private final Set<String> heldKinds;
  /** Kinds of verbs of record, the most telling first. */
  private final List<String> kindOrder;
  /** The marks of a period from or to the reference day, each with its side. */
  private final List<Map.Entry<String, String>> spanMarks;
  /** The shape of a notice's title: {@code 关于…的通知}, {@code …的复函}. */
  private final Pattern noticeTitle;
  /** Words that say a sentence looks back or ahead, so the dateline's day is not its day. */
  private final Pattern notDatelineDay;
  /** Vague time words: they date an event only when its sentence has nothing better. */
  private final Set<String> vagueWords;
  /** Before a date: it is a target or a cut-off ({@code 到2027年}, {@code 截至6月底}), not when something happened. */
  private final Pattern targetBefore;
  /** After a date: it is where a period starts or ends ({@code 今年以来}, {@code 8月底前}), not an event's day. */
  private final Pattern periodAfter;
  /** Nouns naming a list of members ({@code 名单}), each with the action of being on it ({@code 入选}). */
  private final Map<String, String> listNouns;
  /** The nouns of {@link #listNouns}, found anywhere in a sentence. */
  private final WordMatcher listNounWords;

  /**
   * @param placeByName resolves a place name that an organisation carries ({@code 浙江省} in
   *     {@code 浙江省卫生健康委}) to a place of the gazetteer
   */
  public EventExtractor(Function<String, Optional<EventPlace>> placeByName) {
    this(placeByName, Lexicon.bundled());
  }

  /**
   * @param placeByName as above
   * @param lexicon where the verbs of record and the continuation words come from
   */
  public EventExtractor(Function<String, Optional<EventPlace>> placeByName, Lexicon lexicon) {
    Objects.requireNonNull(placeByName, "placeByName");
    // programme and issuer names repeat across pages: resolve each once
    Map<String, Optional<EventPlace>> resolved = new ConcurrentHashMap<>();
    this.placeByName = name -> {
      Optional<EventPlace> p = resolved.get(name);
      if (p == null) {
        p = placeByName.apply(name);
        if (resolved.size() < PLACE_CACHE) {
          resolved.put(name, p);
        }
      }
      return p;
    };
    Objects.requireNonNull(lexicon, "lexicon");
    this.triggers = new Triggers(lexicon);
    this.sameEvent = SameEvent.of(lexicon);
    this.anaphora = WordMatcher.of(lexicon.words("anaphora"));
    this.heldKinds = lexicon.set("held-kinds");
    this.kindOrder = lexicon.words("trigger-kind-order");
    List<Map.Entry<String, String>> marks = new ArrayList<>(lexicon.map("time-since").entrySet());
    marks.addAll(lexicon.map("time-by").entrySet());
    this.spanMarks = List.copyOf(marks);
    this.noticeTitle = Pattern.compile("(" + lexicon.alternation("notice-title-openers") + ").*("
        + lexicon.alternation("notice-title-endings") + ")$");
    this.notDatelineDay = Pattern.compile(lexicon.alternation("dateline-not-today"));
    this.vagueWords = lexicon.set("vague-time");
    this.targetBefore = Pattern.compile("(" + lexicon.alternation("date-target-before") + ")$");
    this.periodAfter = Pattern.compile("^(" + lexicon.alternation("date-period-after") + ")");
    this.continues = WordMatcher.of(lexicon.words("continuation"));
    this.listNouns = lexicon.map("list-nouns");
    this.listNounWords = WordMatcher.of(lexicon.words("list-nouns"));
  }

  /** Whether a sentence holds a verb of record at all: only such sentences can report an event. */
  public boolean mayReport(String sentence) {
    return triggers.any(sentence);
  }

  /** The events of one page, duplicates within the page merged, in text order. */
  public List<PolicyEvent> extract(PageContext page, List<AnalyzedSentence> sentences, NormalizedText text) {
    return extract(page, Optional.empty(), sentences, text);
  }

  /**
   * The events of one page, as {@link #extract(PageContext, List, NormalizedText)}, and the event
   * its title reports when the page is an official notice ({@code 某厅关于印发《某方案》的通知}):
   * issued on the day the notice was signed, else the day it was published.
   */
  public List<PolicyEvent> extract(PageContext page, Optional<AnalyzedSentence> title, List<AnalyzedSentence> sentences,
      NormalizedText text) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(sentences, "sentences");
    Objects.requireNonNull(text, "text");
    List<Draft> drafts = new ArrayList<>();
    Map<Integer, Set<Integer>> statedYears = new HashMap<>();
    Recent recent = null;
    Map<Draft, Integer> sentenceOf = new IdentityHashMap<>();
    int[] made = new int[sentences.size()];
    Anchor previous = null;
    for (int k = 0; k < sentences.size(); k++) {
      AnalyzedSentence s = sentences.get(k);
      int before = drafts.size();
      Anchor anchor = sentenceEvents(page, s, previous, drafts, statedYears, recent);
      List<Mention> named = ofType(s.mentions(), MentionType.PROGRAM);
      if (!named.isEmpty()) {
        recent = new Recent(s.paragraph(), named.get(named.size() - 1));
      }
      made[k] = drafts.size() - before;
      for (int i = before; i < drafts.size(); i++) {
        sentenceOf.put(drafts.get(i), k);
      }
      previous = anchor;
    }
    title.ifPresent(t -> titleEvent(page, t, drafts));
    title.ifPresent(t -> listTitleEvent(t, sentences, made, drafts));
    batchRows(title, sentences, made, drafts, sentenceOf);
    List<Draft> placed = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      Integer k = sentenceOf.get(d);
      if (k == null) {
        placed.add(d); // the title's event
        continue;
      }
      Draft dated = paragraphYear(d, statedYears.getOrDefault(sentences.get(k).paragraph(), Set.of()));
      placed.add(headedList(listedPlaces(dated, sentences, k, made), sentences, k, made));
    }
    List<PolicyEvent> out = new ArrayList<>(placed.size());
    for (Draft d : heldWhereTheOthersAre(placed, sentences)) {
      out.add(d.toEvent(page, text));
    }
    return sameEvent.merge(out);
  }

  /**
   * A month-day with no year takes the year its paragraph states, when the paragraph states one
   * year only: {@code 11月14日，某委公布名单。2017年首次开评…} happened in 2017.
   */
  private static Draft paragraphYear(Draft d, Set<Integer> years) {
    if (d.time().date().isPresent() || d.time().monthDay().isEmpty() || years.size() != 1) {
      return d;
    }
    TimeExpression t = inYear(d.time(), years.iterator().next(), YearSource.CONTEXT);
    return new Draft(t, d.start(), d.end(), d.evidence(), d.action(), d.places(), d.programs(), d.program(), d.orgs());
  }

  /**
   * A batch with no place of its own takes the places the next sentence lists, when that sentence
   * lists several and reports nothing itself: {@code 2015年某试点城市名单} followed by the line of its cities.
   */
  private Draft listedPlaces(Draft d, List<AnalyzedSentence> sentences, int k, int[] made) {
    if (!d.places().isEmpty() || d.program().isEmpty() || k + 1 >= sentences.size() || made[k + 1] > 0) {
      return d;
    }
    AnalyzedSentence next = sentences.get(k + 1);
    if (next.paragraph() - sentences.get(k).paragraph() > 1) {
      return d;
    }
    List<Mention> places = placesOutside(next, ofType(next.mentions(), MentionType.ORG));
    List<EventPlace> listed = namedPlaces(places, List.of(), 0, next.sentence().text().length());
    if (listed.size() < LIST_PLACES) {
      return d;
    }
    return new Draft(d.time(), d.start(), d.end(), d.evidence(), d.action(), listed, d.programs(), d.program(), d.orgs());
  }

  /**
   * A list's places after a later heading that names the same programme and list ({@code 11月14日，
   * 某委公布第五届某城市名单。} … {@code 第五届某城市名单(89个)}, then a city a line, under sub-headings
   * such as {@code 省会城市(5个)}), for an event that has no place of its own; else {@code d}.
   */
  private Draft headedList(Draft d, List<AnalyzedSentence> sentences, int k, int[] made) {
    if (!d.places().isEmpty() || d.program().isEmpty() || !listNounWords.any(d.evidence())) {
      return d;
    }
    for (int h = k + 1; h < sentences.size(); h++) {
      AnalyzedSentence heading = sentences.get(h);
      if (made[h] > 0 || !listNounWords.any(heading.sentence().text()) || !names(heading, d.program().get())) {
        continue;
      }
      List<EventPlace> listed = listAfter(sentences, h + 1, made);
      if (listed.size() >= LIST_PLACES) {
        return new Draft(d.time(), d.start(), d.end(), d.evidence(), d.action(), listed, d.programs(), d.program(),
            d.orgs());
      }
    }
    return d;
  }

  /**
   * A page whose title is a dated list of a programme's members ({@code 2015年某试点城市名单}) and whose
   * text opens with the list of places: the places joined the programme then. The action is the
   * list noun's ({@code list-nouns}: {@code 名单} is {@code 入选}).
   */
  private void listTitleEvent(AnalyzedSentence title, List<AnalyzedSentence> sentences, int[] made, List<Draft> out) {
    String text = title.sentence().text();
    String action = listAction(text);
    if (action == null) {
      return;
    }
    Clues c = clues(title);
    TimeExpression when = c.usable().isEmpty() ? editionYear(c.programs()) : c.usable().get(0);
    if (c.programs().isEmpty() || when == null || when.date().isEmpty()) {
      return;
    }
    List<EventPlace> listed = listAfter(sentences, 0, made);
    if (listed.size() < LIST_PLACES) {
      return;
    }
    List<String> programs = Draft.canonical(c.programs());
    out.add(new Draft(when, 0, 0, text, action, listed, programs,
        Optional.of(programs.get(0)), Draft.canonical(c.orgs())));
  }

  /**
   * The rows of a table of batches under a list's heading ({@code 名单}, then {@code 批次 公布日期 城市},
   * then {@code 第一批 1982年2月8日 北京承德大同南京}): each row that reports nothing itself and gives a
   * date and places is an event of the programme named last before it (in the title or the text),
   * with the list noun's action.
   */
  private void batchRows(Optional<AnalyzedSentence> title, List<AnalyzedSentence> sentences, int[] made, List<Draft> out,
      Map<Draft, Integer> sentenceOf) {
    String program = title.map(t -> lastProgram(t, null)).orElse(null);
    String action = null;
    for (int k = 0; k < sentences.size(); k++) {
      AnalyzedSentence s = sentences.get(k);
      String text = s.sentence().text();
      if (made[k] == 0 && program != null && action != null && BATCH_ROW.matcher(text).lookingAt()) {
        Clues c = clues(s);
        List<EventPlace> where = namedPlaces(c.places(), c.orgs(), 0, text.length());
        // usable times all give a date or a month-day
        if (!c.usable().isEmpty() && !where.isEmpty()) {
          Draft d = new Draft(c.usable().get(0), s.sentence().start(), s.sentence().end(), text, action, where, List.of(program),
              Optional.of(program), Draft.canonical(c.orgs()));
          out.add(d);
          sentenceOf.put(d, k);
          made[k]++;
          continue;
        }
      }
      program = lastProgram(s, program);
      String named = listAction(text);
      action = named != null ? named : action;
    }
  }

  /** The action of the last list noun {@code text} names ({@code 名单}: {@code 入选}), or null for none. */
  private String listAction(String text) {
    List<WordMatcher.Match> nouns = listNounWords.findAll(text);
    if (nouns.isEmpty()) {
      return null;
    }
    String noun = nouns.get(nouns.size() - 1).word();
    return listNouns.getOrDefault(noun, noun);
  }

  /** The canonical name of the last programme {@code s} names, else {@code otherwise}. */
  private static String lastProgram(AnalyzedSentence s, String otherwise) {
    List<Mention> named = ofType(s.mentions(), MentionType.PROGRAM);
    return named.isEmpty() ? otherwise : named.get(named.size() - 1).canonical();
  }

  /** Whether {@code s} names programme {@code program}. */
  private static boolean names(AnalyzedSentence s, String program) {
    for (Mention m : ofType(s.mentions(), MentionType.PROGRAM)) {
      if (m.canonical().equals(program)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The places of the list that starts at sentence {@code from}: the sentences that follow one another,
   * report nothing and are places for the most part ({@code 山东省济南市}, {@code 迁安(河北)、白城(吉林)…}),
   * with the sub-headings between them ({@code 省会城市(5个)}); the list ends at the first other sentence.
   */
  private List<EventPlace> listAfter(List<AnalyzedSentence> sentences, int from, int[] made) {
    Map<String, EventPlace> out = new LinkedHashMap<>();
    for (int j = from; j < sentences.size() && made[j] == 0; j++) {
      AnalyzedSentence s = sentences.get(j);
      String text = s.sentence().text();
      if (LIST_SUBHEADING.matcher(text).matches()) {
        continue;
      }
      List<Mention> places = placesOutside(s, ofType(s.mentions(), MentionType.ORG));
      int placeChars = 0;
      for (Mention m : places) {
        placeChars += m.end() - m.start();
      }
      if (places.isEmpty() || 2 * placeChars < letters(text)) {
        break;
      }
      for (EventPlace p : namedPlaces(places, List.of(), 0, text.length())) {
        out.putIfAbsent(p.name(), p);
      }
    }
    return List.copyOf(out.values());
  }

  /** The places {@code s} names that are not part of one of {@code orgs} ({@code 浙江省} in {@code 浙江省经信厅}). */
  private static List<Mention> placesOutside(AnalyzedSentence s, List<Mention> orgs) {
    List<Mention> places = new ArrayList<>();
    for (Mention m : ofType(s.mentions(), MentionType.PLACE)) {
      if (!inside(m.start(), m.end(), orgs)) {
        places.add(m);
      }
    }
    return places;
  }

  /** The letters and digits of {@code text}: what is left once marks and spaces are taken out. */
  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * An edition of a conference or expo with no place of its own is held where the page's other
   * editions are, when they all name one place: {@code 首届峰会在福州举办…2020年10月，第三届峰会开幕}.
   */
  private List<Draft> heldWhereTheOthersAre(List<Draft> drafts, List<AnalyzedSentence> sentences) {
    Map<String, String> kinds = new HashMap<>();
    for (AnalyzedSentence s : sentences) {
      for (Mention m : ofType(s.mentions(), MentionType.PROGRAM)) {
        kinds.putIfAbsent(m.canonical(), Optional.ofNullable(m.attribute("kind")).orElse(""));
      }
    }
    Map<String, Set<List<EventPlace>>> seats = new HashMap<>();
    for (Draft d : drafts) {
      if (d.program().isPresent() && !d.places().isEmpty()) {
        seats.computeIfAbsent(d.program().get(), k -> new LinkedHashSet<>()).add(d.places());
      }
    }
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      Set<List<EventPlace>> seat = d.program().map(seats::get).orElse(null);
      if (d.places().isEmpty() && seat != null && seat.size() == 1 && heldKinds.contains(kinds.getOrDefault(d.program().get(), ""))) {
        d = new Draft(d.time(), d.start(), d.end(), d.evidence(), d.action(), seat.iterator().next(), d.programs(), d.program(),
            d.orgs());
      }
      out.add(d);
    }
    return out;
  }

  /** The dated context a sentence leaves for the next one in its paragraph. */
  private record Anchor(int paragraph, Sentence sentence, TimeExpression time, List<EventPlace> places, List<Mention> programs) {}

  /**
   * What one sentence holds that events are made of, filtered down to what may count; {@code opening}
   * is the end of the continuation word that opens the sentence ({@code 当天，}), 0 for none.
   */
  private record Clues(AnalyzedSentence sentence, String text, List<Mention> places, List<Mention> orgs,
      List<Mention> programs, List<TimeExpression> dates, List<Triggers.Hit> triggers, List<TimeExpression> usable,
      int opening) {}

  private Clues clues(AnalyzedSentence s) {
    String text = s.sentence().text();
    List<Mention> orgs = ofType(s.mentions(), MentionType.ORG);
    List<Mention> programs = ofType(s.mentions(), MentionType.PROGRAM);
    List<TimeExpression> editions = new ArrayList<>();
    programs = withEditions(programs, s.times(), editions);
    List<Mention> names = new ArrayList<>(orgs);
    names.addAll(programs);
    List<Mention> places = placesOutside(s, orgs);
    List<TimeExpression> times = new ArrayList<>();
    List<TimeExpression> vague = new ArrayList<>();
    // 当天，… opening the sentence goes on with the event before, day, places and all: the day the
    // time reader gives 当天 is that event's, not one of this sentence's own
    int opening = openingWordEnd(continues, text);
    for (TimeExpression t : s.times()) {
      if (editions.contains(t) || t.start() < opening) {
        continue;
      }
      if (vagueWords.contains(t.text())) {
        if (t.date().isPresent()) {
          vague.add(t);
        }
        continue;
      }
      boolean usable = (t.date().isPresent() || t.monthDay().isPresent())
          && !isOpenSpan(t.text())
          && t.precision().compareTo(Precision.YEAR) <= 0
          && !inside(t.start(), t.end(), names)
          && !targetBefore.matcher(text.substring(Math.max(0, t.start() - 4), t.start())).find()
          && !periodAfter.matcher(text.substring(t.end())).find();
      if (usable) {
        times.add(t);
      }
    }
    List<Triggers.Hit> triggers = new ArrayList<>();
    for (Triggers.Hit h : this.triggers.find(text)) {
      // 举办的世界人工智能大会 reports the programme's event; 公布的建设思路 reports nothing
      boolean headIsProgramme = programs.stream().anyMatch(p -> p.start() == h.end() + 1);
      if (!inside(h.start(), h.end(), names) && (!h.attributive() || headIsProgramme)) {
        triggers.add(h);
      }
    }
    List<TimeExpression> dates = eventTimes(times);
    if (dates.isEmpty() && !vague.isEmpty()) {
      // 日前，工信部复函支持南京创建先导区: the days before publication are all the page says
      dates = List.of(vague.get(0));
    }
    return new Clues(s, text, places, orgs, programs, dates, triggers, times, opening);
  }

  /**
   * A bare year written right before a programme's name is its edition, not a date
   * ({@code 2024全民数字素养与技能提升月}): the programme takes it as attribute {@code edition} and
   * the year goes to {@code editions}.
   */
  private static List<Mention> withEditions(List<Mention> programs, List<TimeExpression> times, List<TimeExpression> editions) {
    List<Mention> out = new ArrayList<>(programs.size());
    for (Mention m : programs) {
      Mention kept = m;
      for (TimeExpression t : times) {
        if (t.end() == m.start() && t.precision() == Precision.YEAR && EDITION_YEAR.matcher(t.text()).matches()) {
          editions.add(t);
          if (m.attribute("edition") == null) {
            Map<String, String> attrs = new LinkedHashMap<>(m.attributes());
            attrs.put("edition", t.text().substring(0, 4));
            kept = new Mention(m.type(), m.text(), m.start(), m.end(), m.canonical(), attrs);
          }
        }
      }
      out.add(kept);
    }
    return out;
  }

  /** Adds the sentence's events to {@code out}; returns the context it leaves for the next sentence. */
  private Anchor sentenceEvents(PageContext page, AnalyzedSentence s, Anchor previous, List<Draft> out,
      Map<Integer, Set<Integer>> statedYears, Recent recent) {
    Clues c = clues(s);
    for (TimeExpression t : c.usable()) {
      if (t.yearSource() == YearSource.STATED && t.date().isPresent()) {
        statedYears.computeIfAbsent(s.paragraph(), k -> new TreeSet<>()).add(t.date().get().getYear());
      }
    }
    Anchor next = c.dates().stream().filter(t -> t.precision() == Precision.DAY).findFirst()
        .map(t -> new Anchor(s.paragraph(), s.sentence(), t, eventPlaces(c.places(), c.orgs(), 0, c.text().length()),
            c.programs()))
        .orElse(null);
    if (c.triggers().isEmpty()) {
      return next;
    }
    if (!c.dates().isEmpty()) {
      datedEvents(page, c, out, recent != null && s.paragraph() - recent.paragraph() <= 1 ? recent.program() : null);
      return next;
    }
    if (c.programs().isEmpty() && c.orgs().isEmpty()) {
      return null;
    }
    boolean continues = c.opening() > 0;
    if (previous != null && (previous.paragraph() == s.paragraph() && !c.programs().isEmpty()
        || continues && s.paragraph() - previous.paragraph() <= 1)) {
      inheritedEvent(c, previous, out);
      return previous;
    }
    int before = out.size();
    if (s.times().isEmpty() && inNotice(page, s)) {
      noticeEvent(page, c, out);
    }
    if (out.size() == before && s.paragraph() < DATELINE_PARAGRAPHS && !notDatelineDay.matcher(c.text()).find()
        && s.times().isEmpty()) {
      datelineEvent(page, c, out);
    }
    if (out.size() == before) {
      editionEvent(c, out);
    }
    return null;
  }

  /** The day an official notice was signed: its signature field, else the date at its foot. */
  private static Optional<LocalDate> noticeDay(PageContext page) {
    return page.signed().isPresent() ? page.signed() : page.footerDate();
  }

  /**
   * Whether a sentence belongs to a signed notice's own text: before its foot, or near the top of a
   * page that states a signature date but shows no foot.
   */
  private boolean inNotice(PageContext page, AnalyzedSentence s) {
    if (noticeDay(page).isEmpty()) {
      return false;
    }
    if (page.footerStart() >= 0) {
      return s.sentence().start() < page.footerStart();
    }
    return s.paragraph() < NOTICE_PARAGRAPHS;
  }

  /** {@code 现将《某方案》印发给你们}: the notice's own step, on the day it was signed. */
  private void noticeEvent(PageContext page, Clues c, List<Draft> out) {
    LocalDate day = noticeDay(page).orElseThrow();
    TimeExpression signed = new TimeExpression("", 0, 0, Optional.of(day), Optional.of(day), Precision.DAY,
        Optional.of(MonthDay.from(day)), YearSource.REFERENCE);
    List<EventPlace> where = union(namedPlaces(c.places(), c.orgs(), 0, c.text().length()), programmePlaces(c.programs()));
    if (where.isEmpty()) {
      where = issuerPlaces(page);
    }
    if (where.isEmpty() && c.programs().isEmpty()) {
      return;
    }
    Sentence s = c.sentence().sentence();
    out.add(new Draft(signed, s.start(), s.end(), c.text(), c.triggers().get(0), where, c.programs(), c.orgs()));
  }

  /** Where the body at a notice's foot governs ({@code 湖南省人民政府} → 湖南省); none for a central body. */
  private List<EventPlace> issuerPlaces(PageContext page) {
    return page.footerIssuer().isEmpty() ? List.of() : headPlace(page.footerIssuer()).map(List::of).orElse(List.of());
  }

  /**
   * The title of an official notice reports what it issues or approves
   * ({@code 某市工业和信息化局关于印发《某先导区建设方案》的通知}): dated by the signature, else by the
   * page's publish date; placed where its issuer governs.
   */
  private void titleEvent(PageContext page, AnalyzedSentence title, List<Draft> out) {
    String text = title.sentence().text();
    if (!noticeTitle.matcher(text).find()) {
      return;
    }
    Clues c = clues(title);
    if (c.triggers().isEmpty() || c.programs().isEmpty()) {
      return;
    }
    Optional<LocalDate> day = noticeDay(page).or(page::published);
    if (day.isEmpty()) {
      return;
    }
    TimeExpression when = new TimeExpression("", 0, 0, day, day, Precision.DAY, Optional.of(MonthDay.from(day.get())),
        YearSource.REFERENCE);
    List<EventPlace> where = union(namedPlaces(c.places(), c.orgs(), 0, text.length()), programmePlaces(c.programs()));
    if (where.isEmpty()) {
      where = issuerPlaces(page);
    }
    out.add(new Draft(when, 0, 0, text, c.triggers().get(0), where, c.programs(), c.orgs()));
  }

  /** The year the first of {@code programs} whose name carries one was held in ({@code 2015年某试点}), or null. */
  private static TimeExpression editionYear(List<Mention> programs) {
    for (Mention m : programs) {
      String edition = m.attribute("edition");
      if (edition != null && edition.matches("(19|20)\\d\\d")) {
        LocalDate first = LocalDate.of(Integer.parseInt(edition), 1, 1);
        return new TimeExpression(edition, m.start(), m.start() + edition.length(), Optional.of(first),
            Optional.of(first.withDayOfYear(first.lengthOfYear())), Precision.YEAR, Optional.empty(), YearSource.CONTEXT);
      }
    }
    return null;
  }

  /**
   * A verb and a programme whose name carries its year ({@code 形成2024年某试点城市名单}), and no
   * other date: the event happened in that year.
   */
  private void editionEvent(Clues c, List<Draft> out) {
    for (Mention m : c.programs()) {
      TimeExpression year = editionYear(List.of(m));
      if (year == null) {
        continue;
      }
      Triggers.Hit trigger = c.triggers().get(0);
      List<EventPlace> where = eventPlaces(c.places(), c.orgs(), 0, c.text().length());
      Sentence s = c.sentence().sentence();
      out.add(new Draft(year, s.start(), s.end(), c.text(), trigger, where, List.of(m), c.orgs()));
      return;
    }
  }

  /** One event per date of the sentence, each with the verb, places and programmes of its clauses. */
  /** The last programme named before a sentence, and in which paragraph. */
  private record Recent(int paragraph, Mention program) {}

  /**
   * @param before the programme named last in this or the paragraph before, which a sentence
   *     referring back ({@code 首批试点在2020年10月公布}) is about; null when there is none
   */
  private void datedEvents(PageContext page, Clues c, List<Draft> out, Mention before) {
    List<TimeExpression> dates = c.dates();
    int length = c.text().length();
    int[] bounds = scopes(c.text(), dates);
    for (int i = 0; i < dates.size(); i++) {
      int from = bounds[i];
      int to = bounds[i + 1];
      Triggers.Hit trigger = strongest(c.triggers(), from, to);
      if (trigger == null && dates.size() > 1) {
        continue; // 会期至7月10日: a second date without a verb of its own adds no event
      }
      if (trigger == null) {
        trigger = c.triggers().get(0);
      }
      List<Mention> what = within(c.programs(), from, to);
      if (what.isEmpty() && dates.size() == 1) {
        what = c.programs();
      }
      if (what.isEmpty()) {
        // 某区于2003年12月获批设立，2005年8月通过验收: the clause goes on with the subject before it
        what = lastBefore(c.programs(), from);
      }
      List<EventPlace> where = union(namedPlaces(c.places(), c.orgs(), from, to), programmePlaces(what));
      if (where.isEmpty()) {
        where = seats(what);
      }
      if (where.isEmpty()) {
        where = namedPlaces(c.places(), c.orgs(), 0, length);
      }
      if (where.isEmpty() && !c.orgs().isEmpty() && page.datelinePlace().isPresent() && onStoryDay(page, dates.get(i))) {
        where = List.of(page.datelinePlace().get());
      }
      if (where.isEmpty()) {
        where = sitedPlaces(c.orgs(), 0, length);
      }
      if (where.isEmpty() && what.isEmpty() && before != null && anaphora.any(c.text())) {
        what = List.of(before);
        where = programmePlaces(what);
      }
      if (where.isEmpty() && what.isEmpty()) {
        continue;
      }
      Sentence s = c.sentence().sentence();
      List<Item> items = items(c, from, to);
      if (items.size() < 2) {
        out.add(new Draft(editionYear(dates.get(i), what, trigger), s.start(), s.end(), c.text(), trigger, where, what, c.orgs()));
        continue;
      }
      // 2014年1月A新区成立、B新区成立: one event per programme, each with its own verb and places
      for (Item item : items) {
        List<Mention> one = List.of(item.program());
        List<EventPlace> own = namedPlaces(c.places(), c.orgs(), item.from(), item.to());
        if (own.isEmpty()) {
          own = programmePlaces(one);
        }
        out.add(new Draft(editionYear(dates.get(i), one, item.trigger()), s.start(), s.end(), c.text(), item.trigger(),
            own.isEmpty() ? where : own, one, c.orgs()));
      }
    }
  }

  /** A clause of a date's part of a sentence that holds a verb and the programme it is about. */
  private record Item(Mention program, Triggers.Hit trigger, int from, int to) {}

  /**
   * The clauses of {@code [from, to)} that each hold a verb and a programme, when there are two or
   * more and they name different programmes; else none.
   */
  private static List<Item> items(Clues c, int from, int to) {
    List<Item> out = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    String text = c.text();
    int a = from;
    for (int b = from; b <= to; b++) {
      if (b < to && CLAUSE_BREAKS.indexOf(text.charAt(b)) < 0) {
        continue;
      }
      Triggers.Hit trigger = first(c.triggers(), a, b);
      List<Mention> programs = within(c.programs(), a, b);
      if (trigger != null && !programs.isEmpty()) {
        Mention nearest = programs.get(0);
        for (Mention m : programs) {
          if (distance(m, trigger) < distance(nearest, trigger)) {
            nearest = m;
          }
        }
        if (names.add(nearest.canonical())) {
          out.add(new Item(nearest, trigger, a, b));
        }
      }
      a = b + 1;
    }
    return out.size() < 2 ? List.of() : out;
  }

  private static int distance(Mention m, Triggers.Hit h) {
    return m.end() <= h.start() ? h.start() - m.end() : Math.max(0, m.start() - h.end());
  }

  /** {@code 会上，中试基地正式启动}: the day and places of the sentence before, evidence spanning both. */
  private void inheritedEvent(Clues c, Anchor previous, List<Draft> out) {
    List<EventPlace> where = eventPlaces(c.places(), c.orgs(), 0, c.text().length());
    if (where.isEmpty()) {
      where = previous.places();
    }
    List<Mention> what = c.programs().isEmpty() ? previous.programs() : c.programs();
    if (where.isEmpty() && what.isEmpty()) {
      return;
    }
    String evidence = previous.sentence().text() + c.text();
    out.add(new Draft(previous.time(), previous.sentence().start(), c.sentence().sentence().end(), evidence,
        c.triggers().get(0), where, what, c.orgs()));
  }

  /** A verb with a programme or body but no date, in the story's lead: the dateline's day and place. */
  private void datelineEvent(PageContext page, Clues c, List<Draft> out) {
    Optional<TimeExpression> day = datelineTime(page);
    if (day.isEmpty() || (day.get().date().isEmpty() && c.programs().isEmpty())) {
      return; // a dateline's day with no year dates only what names its programme
    }
    int length = c.text().length();
    Set<EventPlace> where = new LinkedHashSet<>(namedPlaces(c.places(), c.orgs(), 0, length));
    page.datelinePlace().ifPresent(where::add);
    if (where.isEmpty()) {
      where.addAll(sitedPlaces(c.orgs(), 0, length));
    }
    if (!where.isEmpty() || !c.programs().isEmpty()) {
      Sentence s = c.sentence().sentence();
      out.add(new Draft(day.get(), s.start(), s.end(), c.text(), c.triggers().get(0), List.copyOf(where), c.programs(), c.orgs()));
    }
  }

  /**
   * The date moved into the year the programme's edition names, when the text did not state its
   * own: {@code 8月底在沪举办的2019世界人工智能大会} happens in 2019 whatever year the page was on.
   */
  private static TimeExpression editionYear(TimeExpression t, List<Mention> programs, Triggers.Hit trigger) {
    if (t.yearSource() == YearSource.STATED || (t.date().isEmpty() && t.monthDay().isEmpty()) || programs.isEmpty()) {
      return t;
    }
    Mention nearest = null;
    int best = Integer.MAX_VALUE;
    for (Mention m : programs) {
      int distance = Math.abs(m.start() - trigger.start());
      if (m.attribute("edition") != null && m.attribute("edition").matches("(19|20)\\d\\d") && distance < best) {
        nearest = m;
        best = distance;
      }
    }
    return nearest == null ? t : inYear(t, Integer.parseInt(nearest.attribute("edition")), YearSource.CONTEXT);
  }

  /** {@code t} moved into {@code year}: a dated one keeps its span, a month-day alone is read again in that year. */
  private static TimeExpression inYear(TimeExpression t, int year, YearSource source) {
    if (t.date().isEmpty()) {
      MonthDay md = t.monthDay().orElseThrow();
      if (!md.isValidYear(year)) {
        return t;
      }
      // read the words again on their own day of that year, so 7月6—8日 keeps its last day
      for (TimeExpression again : TimeParser.create().parse(t.text(), md.atYear(year))) {
        if (again.date().isPresent() && again.start() == 0 && again.end() == t.text().length()
            && again.date().get().equals(md.atYear(year))) {
          return new TimeExpression(t.text(), t.start(), t.end(), again.date(), again.dateEnd(), t.precision(), t.monthDay(),
              source);
        }
      }
      LocalDate day = md.atYear(year);
      LocalDate end = t.precision() == Precision.MONTH ? day.withDayOfMonth(day.lengthOfMonth()) : day;
      return new TimeExpression(t.text(), t.start(), t.end(), Optional.of(day), Optional.of(end), t.precision(), t.monthDay(),
          source);
    }
    LocalDate start = t.date().get();
    LocalDate end = t.dateEnd().orElseThrow();
    int shift = year - start.getYear();
    if (shift == 0) {
      return t;
    }
    try {
      return new TimeExpression(t.text(), t.start(), t.end(), Optional.of(start.plusYears(shift)), Optional.of(end.plusYears(shift)),
          t.precision(), t.monthDay(), source);
    } catch (IllegalArgumentException e) {
      return t;
    }
  }

  /**
   * Whether a date is the day the story was filed, so the dateline's place is where it happened:
   * the dateline's own day, or, when the dateline gives none ({@code 北京报道}), within a few days
   * before publication. {@code 今年8月，科技部印发…} in a story filed from 杭州 in November is not.
   */
  private static boolean onStoryDay(PageContext page, TimeExpression t) {
    if (t.date().isEmpty() || t.precision() != Precision.DAY) {
      return false;
    }
    LocalDate day = t.date().get();
    if (page.datelineDay().isPresent()) {
      return day.equals(page.datelineDay().get());
    }
    return page.published().map(p -> !day.isAfter(p) && !day.isBefore(p.minusDays(STORY_DAYS))).orElse(false);
  }

  /** How many days before publication a story's own events may lie. */
  private static final int STORY_DAYS = 3;

  private static Optional<TimeExpression> datelineTime(PageContext page) {
    if (page.datelineDay().isPresent()) {
      LocalDate d = page.datelineDay().get();
      return Optional.of(new TimeExpression("", 0, 0, Optional.of(d), Optional.of(d), Precision.DAY,
          Optional.of(MonthDay.from(d)), YearSource.REFERENCE));
    }
    return page.datelineMonthDay().map(md -> new TimeExpression("", 0, 0, Optional.empty(), Optional.empty(),
        Precision.DAY, Optional.of(md), YearSource.NONE));
  }

  /** The dates that may anchor events: the precise ones, or else the first coarse one. */
  private static List<TimeExpression> eventTimes(List<TimeExpression> times) {
    List<TimeExpression> precise = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (TimeExpression t : times) {
      if (t.precision().compareTo(Precision.MONTH) <= 0 && seen.add(key(t))) {
        precise.add(t);
      }
    }
    if (!precise.isEmpty()) {
      return precise;
    }
    return times.isEmpty() ? List.of() : List.of(times.get(0));
  }

  private static String key(TimeExpression t) {
    return t.date().map(LocalDate::toString).orElse("") + "|" + t.dateEnd().map(LocalDate::toString).orElse("")
        + "|" + t.monthDay().map(MonthDay::toString).orElse("");
  }

  /**
   * Where each date's part of the sentence starts: at the clause holding the date, the first
   * date's part at the sentence start; the last entry is the sentence length.
   */
  private static int[] scopes(String text, List<TimeExpression> anchors) {
    int[] bounds = new int[anchors.size() + 1];
    bounds[0] = 0;
    for (int i = 1; i < anchors.size(); i++) {
      int at = anchors.get(i).start();
      int clause = at;
      while (clause > bounds[i - 1] && "，,；;。".indexOf(text.charAt(clause - 1)) < 0) {
        clause--;
      }
      bounds[i] = Math.max(clause, anchors.get(i - 1).end());
    }
    bounds[anchors.size()] = text.length();
    return bounds;
  }

  private List<EventPlace> eventPlaces(List<Mention> places, List<Mention> orgs, int from, int to) {
    List<EventPlace> named = namedPlaces(places, orgs, from, to);
    return named.isEmpty() ? sitedPlaces(orgs, from, to) : named;
  }

  /**
   * The places programmes are named after, when their names start with one: {@code 陕西西咸新区}
   * lies in 陕西, {@code 浙江舟山群岛新区} in 舟山 (a city inside the province before it).
   */
  private List<EventPlace> programmePlaces(List<Mention> programs) {
    Map<String, EventPlace> out = new LinkedHashMap<>();
    for (Mention m : programs) {
      String named = m.attribute("place");
      Optional<EventPlace> p = named == null || named.isEmpty() ? placeByName.apply(m.canonical()) : placeByName.apply(named);
      if (p.isEmpty()) {
        p = headPlace(m.canonical());
      }
      p.ifPresent(place -> out.putIfAbsent(place.name(), place));
    }
    return List.copyOf(out.values());
  }

  /**
   * Where programmes sit when their names do not say (the catalogue's seat: 中关村 is in 北京, the
   * 数字中国建设峰会 in 福州): the last resort for placing their events.
   */
  private List<EventPlace> seats(List<Mention> programs) {
    Map<String, EventPlace> out = new LinkedHashMap<>();
    for (Mention m : programs) {
      String seat = m.attribute("seat");
      if (seat != null && !seat.isEmpty()) {
        for (String name : seat.split("[,，、|]")) {
          placeByName.apply(name.strip()).ifPresent(p -> out.putIfAbsent(p.name(), p));
        }
      }
    }
    return List.copyOf(out.values());
  }

  /** The place a name opens with, the finest of a province and a city of it written one after the other. */
  private Optional<EventPlace> headPlace(String name) {
    Optional<EventPlace> found = Optional.empty();
    int at = 0;
    for (int round = 0; round < 2; round++) {
      Optional<EventPlace> next = Optional.empty();
      int length = 0;
      for (int n = Math.min(HEAD_PLACE_CHARS, name.length() - at - 2); n >= 2; n--) {
        Optional<EventPlace> p = placeByName.apply(name.substring(at, at + n));
        if (p.isPresent()) {
          next = p;
          length = n;
          break;
        }
      }
      if (next.isEmpty() || (found.isPresent() && !next.get().province().equals(found.get().province()))) {
        break;
      }
      found = next;
      at += length;
    }
    return found;
  }

  /** Places the text names, and the places governing bodies act for. */
  private List<EventPlace> namedPlaces(List<Mention> places, List<Mention> orgs, int from, int to) {
    return orgPlaces(places, orgs, from, to, GOVERNING);
  }

  /** Where the institutions named stand: the last resort for placing an event. */
  private List<EventPlace> sitedPlaces(List<Mention> orgs, int from, int to) {
    return orgPlaces(List.of(), orgs, from, to, SITED);
  }

  private List<EventPlace> orgPlaces(List<Mention> places, List<Mention> orgs, int from, int to, Set<String> kinds) {
    Map<String, EventPlace> out = new LinkedHashMap<>();
    for (Mention m : within(places, from, to)) {
      EventPlace p = toPlace(m);
      out.putIfAbsent(p.name(), p);
      String cities = m.attribute("cities");
      if (cities != null && !cities.isEmpty()) {
        // a development zone across cities (天府新区: 成都, 眉山) lies in all of them
        for (String city : cities.split(",")) {
          placeByName.apply(city.strip()).ifPresent(c -> out.putIfAbsent(c.name(), c));
        }
      }
    }
    for (Mention org : within(orgs, from, to)) {
      if (!kinds.contains(Optional.ofNullable(org.attribute("kind")).orElse(""))) {
        continue;
      }
      for (String key : List.of("place", "city")) {
        String name = org.attribute(key);
        Optional<EventPlace> p = name == null || name.isEmpty() ? Optional.empty() : placeByName.apply(name);
        if (p.isPresent()) {
          out.putIfAbsent(p.get().name(), p.get());
          break;
        }
      }
    }
    return List.copyOf(out.values());
  }

  private static EventPlace toPlace(Mention m) {
    return new EventPlace(m.canonical(), attr(m, "code"), Optional.ofNullable(m.attribute("level")).orElse("district"),
        attr(m, "city"), attr(m, "province"));
  }

  private static String attr(Mention m, String key) {
    String v = m.attribute(key);
    return v == null ? "" : v;
  }

  private static List<Mention> ofType(List<Mention> mentions, MentionType type) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type() == type) {
        out.add(m);
      }
    }
    return out;
  }

  private static List<Mention> within(List<Mention> mentions, int from, int to) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.start() >= from && m.start() < to) {
        out.add(m);
      }
    }
    return out;
  }

  /** Whether a time's words run from or to the reference day ({@code 2018年以来}, {@code 年底前}): a period, never an event's day. */
  private boolean isOpenSpan(String time) {
    for (Map.Entry<String, String> m : spanMarks) {
      if (m.getValue().equals("before") ? time.startsWith(m.getKey()) : time.endsWith(m.getKey())) {
        return true;
      }
    }
    return false;
  }

  /** The end of the word of {@code words} that opens {@code text}, after at most two marks or spaces; 0 for none. */
  private static int openingWordEnd(WordMatcher words, String text) {
    for (int i = 0; i < Math.min(3, text.length()); i++) {
      String w = words.wordAt(text, i);
      if (w != null) {
        return i + w.length();
      }
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return 0;
      }
    }
    return 0;
  }

  /** {@code a}, then the places of {@code b} it lacks. */
  private static List<EventPlace> union(List<EventPlace> a, List<EventPlace> b) {
    if (b.isEmpty()) {
      return a;
    }
    Map<String, EventPlace> out = new LinkedHashMap<>();
    a.forEach(p -> out.putIfAbsent(p.name(), p));
    b.forEach(p -> out.putIfAbsent(p.name(), p));
    return List.copyOf(out.values());
  }

  /** The last of {@code mentions} that starts before {@code at}, if any. */
  private static List<Mention> lastBefore(List<Mention> mentions, int at) {
    Mention last = null;
    for (Mention m : mentions) {
      if (m.start() < at) {
        last = m;
      }
    }
    return last == null ? List.of() : List.of(last);
  }

  /**
   * The verb in {@code [from, to)} that says most of what happened ({@code 对外公布，支持杭州创建}: an
   * approval, announced), by the order of {@code trigger-kind-order.tsv}; the first on a tie.
   */
  private Triggers.Hit strongest(List<Triggers.Hit> hits, int from, int to) {
    Triggers.Hit best = null;
    for (Triggers.Hit h : hits) {
      if (h.start() >= from && h.start() < to && !h.attributive()
          && (best == null || rank(h) < rank(best))) {
        best = h;
      }
    }
    return best == null ? first(hits, from, to) : best;
  }

  private int rank(Triggers.Hit h) {
    int i = kindOrder.indexOf(h.kind());
    return i < 0 ? kindOrder.size() : i;
  }

  private static Triggers.Hit first(List<Triggers.Hit> hits, int from, int to) {
    for (Triggers.Hit h : hits) {
      if (h.start() >= from && h.start() < to) {
        return h;
      }
    }
    return null;
  }

  private static boolean inside(int start, int end, List<Mention> spans) {
    for (Mention m : spans) {
      if (start >= m.start() && end <= m.end() && !(start == m.start() && end == m.end() && m.type() == MentionType.PLACE)) {
        return true;
      }
    }
    return false;
  }

  /** An event being assembled. */
  private record Draft(
      TimeExpression time,
      int start,
      int end,
      String evidence,
      String action,
      List<EventPlace> places,
      List<String> programs,
      Optional<String> program,
      List<String> orgs) {

    Draft(TimeExpression time, int start, int end, String evidence, Triggers.Hit trigger, List<EventPlace> places,
        List<Mention> programs, List<Mention> orgs) {
      this(time, start, end, evidence, action(trigger), places, canonical(programs), primary(programs, trigger),
          canonical(orgs));
    }

    private static String action(Triggers.Hit trigger) {
      return trigger.action();
    }

    private static List<String> canonical(List<Mention> mentions) {
      Set<String> out = new LinkedHashSet<>();
      mentions.forEach(m -> out.add(m.canonical()));
      return List.copyOf(out);
    }

    /** The programme the trigger is about: the one nearest to it. */
    private static Optional<String> primary(List<Mention> programs, Triggers.Hit trigger) {
      Mention best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Mention m : programs) {
        int distance = m.end() <= trigger.start() ? trigger.start() - m.end() : Math.max(0, m.start() - trigger.end());
        if (distance < bestDistance) {
          best = m;
          bestDistance = distance;
        }
      }
      return Optional.ofNullable(best).map(Mention::canonical);
    }

    String dateKey() {
      return key(time);
    }

    PolicyEvent toEvent(PageContext page, NormalizedText text) {
      List<String> cities = new ArrayList<>(new LinkedHashSet<>(places.stream().map(EventPlace::cityOrProvince).toList()));
      int originalStart = text.originalOffset(Math.min(start, text.text().length()));
      int originalEnd = text.originalOffset(Math.min(end, text.text().length()));
      String id = id(page.source(), originalStart, originalEnd, dateKey(), program.orElse(""), action, cities, evidence.strip());
      return new PolicyEvent(id, time.date(), time.dateEnd(), time.precision(), time.monthDay(),
          time.date().isPresent() ? time.yearSource() : YearSource.NONE, "", cities, places, program, programs, action,
          orgs, evidence.strip(), originalStart, originalEnd, page.source(), List.of(page.source()), page.title(),
          page.published());
    }
  }

  /**
   * An event's id, by its content: the canonical identity of its source (a file's real path, so
   * {@code good/a.txt}, {@code ./good/a.txt} and the absolute path give one id), where in the page it
   * was read, its date, programme, action, places and evidence. The same event of the same file gets
   * the same id in every run, whatever the spelling of the path; two events of one index never share one.
   */
  private static String id(String source, int start, int end, String date, String program, String action,
      List<String> cities, String evidence) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      String key = String.join("\u0000", canonicalSource(source), Integer.toString(start), Integer.toString(end), date, program,
          action, String.join(",", cities), evidence);
      return HexFormat.of().formatHex(md.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * A page's source as one spelling: the real path of an existing file ({@code name#N}, the N-th
   * record of a JSON file, keeps its {@code #N}); any other source (a page held in memory) as it is.
   */
  static String canonicalSource(String source) {
    String real = realPath(source);
    if (real != null) {
      return "file:" + real;
    }
    Matcher record = RECORD_SOURCE.matcher(source);
    if (record.matches() && (real = realPath(record.group(1))) != null) {
      return "file:" + real + record.group(2);
    }
    return source;
  }

  private static final Pattern RECORD_SOURCE = Pattern.compile("(.+)(#\\d+)");

  private static String realPath(String name) {
    try {
      java.nio.file.Path p = java.nio.file.Path.of(name);
      return java.nio.file.Files.exists(p) ? p.toRealPath().toString() : null;
    } catch (java.io.IOException | java.nio.file.InvalidPathException | SecurityException e) {
      return null; // not a file: the source as given
    }
  }
}
