package io.github.jishi.internal.event;

import io.github.jishi.event.EventPlace;
import io.github.jishi.event.PageAnalysis;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.internal.entity.DocumentContext;
import io.github.jishi.entity.Mention;
import io.github.jishi.entity.MentionType;
import io.github.jishi.internal.entity.Place;
import io.github.jishi.internal.entity.PlaceGazetteer;
import io.github.jishi.internal.entity.Recognizer;
import io.github.jishi.internal.lexicon.Lexicon;
import io.github.jishi.nlp.Segmenter;
import io.github.jishi.nlp.Token;
import io.github.jishi.source.Dateline;
import io.github.jishi.source.NoticeFooter;
import io.github.jishi.source.PageFacts;
import io.github.jishi.source.SourceDocument;
import io.github.jishi.text.NormalizedText;
import io.github.jishi.internal.text.Sentence;
import io.github.jishi.internal.text.SentenceSplitter;
import io.github.jishi.internal.text.TextNormalizer;
import io.github.jishi.time.Precision;
import io.github.jishi.internal.time.TimeContext;
import io.github.jishi.time.TimeExpression;
import io.github.jishi.internal.time.TimeParser;
import io.github.jishi.time.YearSource;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one page into its mentions and events: normalize, split, segment, recognize, date, extract.
 *
 * <p>Thread-safe: every call keeps its per-page state (year context, places seen) to itself.
 */
public final class PagePipeline {
  /** A dateline day this far after the publish date belongs to the year before. */
  private static final int DAYS_AFTER_PUBLISH = 60;
  /** Words for the day a story was filed, bundled. */
  private static final Pattern TODAY = Pattern.compile(Lexicon.bundled().alternation("today-words"));

  private final TextNormalizer normalizer;
  private final SentenceSplitter splitter;
  private final Segmenter segmenter;
  private final PlaceGazetteer gazetteer;
  private final List<Recognizer> recognizers;
  private final TimeParser times;
  private final EventExtractor extractor;
  /** Words for the day a story was filed ({@code today-words}). */
  private final Pattern today;

  /** A pipeline whose extractor reads the bundled words. */
  public PagePipeline(TextNormalizer normalizer, SentenceSplitter splitter, Segmenter segmenter, PlaceGazetteer gazetteer,
      List<Recognizer> recognizers, TimeParser times) {
    this(normalizer, splitter, segmenter, gazetteer, recognizers, times, Lexicon.bundled());
  }

  /** A pipeline whose extractor and dateline rule read their words from {@code lexicon}. */
  public PagePipeline(TextNormalizer normalizer, SentenceSplitter splitter, Segmenter segmenter, PlaceGazetteer gazetteer,
      List<Recognizer> recognizers, TimeParser times, Lexicon lexicon) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    this.splitter = Objects.requireNonNull(splitter, "splitter");
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.recognizers = List.copyOf(recognizers);
    this.times = Objects.requireNonNull(times, "times");
    this.extractor = new EventExtractor(this::placeByName, lexicon);
    this.today = lexicon == Lexicon.bundled() ? TODAY : Pattern.compile(lexicon.alternation("today-words"));
  }

  public PageAnalysis analyze(SourceDocument doc) {
    Objects.requireNonNull(doc, "doc");
    NormalizedText text = normalizer.normalize(doc.text());
    Optional<EventPlace> datelinePlace = doc.dateline().flatMap(d -> placeByName(normalizer.normalizeQuery(d.place())));
    DocumentContext places = datelinePlace
        .flatMap(p -> gazetteer.byCode(p.code()))
        .map(DocumentContext::withDateline)
        .orElseGet(DocumentContext::empty);
    PageFacts facts = doc.facts();
    TimeContext timeContext = timeContext(doc);

    Optional<LocalDate> datelineDay = datelineDay(doc);
    List<Mention> mentions = new ArrayList<>();
    List<AnalyzedSentence> analyzed = new ArrayList<>();
    String body = text.text();
    List<Sentence> sentences = splitter.split(body);
    int[] paragraphs = new int[sentences.size()];
    List<List<TimeExpression>> dates = readDates(times, body, sentences, timeContext, paragraphs);
    dates.replaceAll(d -> onDatelineDay(d, datelineDay));
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      // HanLP is the costliest step: spend it on the sentences that can report an event; the
      // recognizers fall back on their own word-boundary rules elsewhere
      List<Token> tokens = extractor.mayReport(s.text()) ? segmenter.segment(s.text()) : List.of();
      List<Mention> found = new ArrayList<>();
      for (Recognizer r : recognizers) {
        found.addAll(r.recognize(s.text(), tokens, places));
      }
      analyzed.add(new AnalyzedSentence(s, paragraphs[i], found, dates.get(i)));
      for (Mention m : found) {
        mentions.add(m.shift(s.start()));
      }
      for (TimeExpression t : dates.get(i)) {
        mentions.add(timeMention(t).shift(s.start()));
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -m.end()));

    PageContext page = new PageContext(doc.source(), doc.title(), doc.published(), datelinePlace,
        datelineDay, doc.published().isPresent() ? Optional.empty() : doc.dateline().flatMap(Dateline::monthDay),
        facts.footer().map(NoticeFooter::date), facts.footer().map(NoticeFooter::issuer).orElse(""), facts.signed(),
        facts.notice(), facts.footer().map(f -> text.normalizedOffset(Math.min(f.start(), doc.text().length()))).orElse(-1));
    Optional<AnalyzedSentence> title = analyzeTitle(doc.title(), timeContext(doc));
    List<PolicyEvent> events = extractor.extract(page, title, analyzed, text);

    Set<String> programs = new LinkedHashSet<>();
    for (Mention m : title.map(AnalyzedSentence::mentions).orElse(List.of())) {
      if (m.type() == MentionType.PROGRAM) {
        programs.add(m.canonical());
      }
    }
    for (Mention m : mentions) {
      if (m.type() == MentionType.PROGRAM) {
        programs.add(m.canonical());
      }
    }
    return new PageAnalysis(doc, text, mentions, events, List.copyOf(programs));
  }

  /**
   * What the page's dates count from: day words from its publish date; a month-day whose text gives
   * no year takes the year of its dateline when that writes one, else of its notice's footer date,
   * else of its publish date.
   */
  public static TimeContext timeContext(SourceDocument doc) {
    return TimeContext.forPage(doc.published(), doc.dateline().flatMap(Dateline::date),
        doc.facts().footer().map(NoticeFooter::date));
  }

  /** The page's title read like a sentence of its own: a notice's title names what it issues. */
  private Optional<AnalyzedSentence> analyzeTitle(String title, TimeContext timeContext) {
    if (title.isBlank()) {
      return Optional.empty();
    }
    String t = normalizer.normalize(title).text();
    List<Token> tokens = segmenter.segment(t);
    List<Mention> found = new ArrayList<>();
    DocumentContext context = DocumentContext.empty();
    for (Recognizer r : recognizers) {
      found.addAll(r.recognize(t, tokens, context));
    }
    return Optional.of(new AnalyzedSentence(new Sentence(t, 0, t.length()), -1, found, times.parse(t, timeContext)));
  }

  /**
   * The day of the page's dateline with its year: the year it writes ({@code 新华社北京2019年5月6日电}),
   * else the publish year, or the year before when the day falls well after publication ({@code 12月30日电} on a page published on 2 January).
   */
  public static Optional<LocalDate> datelineDay(SourceDocument doc) {
    Optional<LocalDate> written = doc.dateline().flatMap(Dateline::date);
    if (written.isPresent()) {
      return written;
    }
    if (doc.dateline().isEmpty() || doc.dateline().get().monthDay().isEmpty() || doc.published().isEmpty()) {
      return Optional.empty();
    }
    MonthDay md = doc.dateline().get().monthDay().get();
    LocalDate published = doc.published().get();
    int year = published.getYear();
    if (!md.isValidYear(year)) {
      return Optional.empty();
    }
    LocalDate day = md.atYear(year);
    if (day.isAfter(published.plusDays(DAYS_AFTER_PUBLISH)) && md.isValidYear(year - 1)) {
      day = md.atYear(year - 1);
    }
    return Optional.of(day);
  }

  /**
   * In a story filed {@code 本报北京7月20日电}, {@code 今天} is the 20th even when the page went out
   * on the 21st: the day words count from the dateline's day.
   */
  private List<TimeExpression> onDatelineDay(List<TimeExpression> found, Optional<LocalDate> datelineDay) {
    if (datelineDay.isEmpty()) {
      return found;
    }
    List<TimeExpression> out = new ArrayList<>(found.size());
    for (TimeExpression t : found) {
      if (t.yearSource() != YearSource.STATED && t.precision() == Precision.DAY && today.matcher(t.text()).lookingAt()) {
        LocalDate d = datelineDay.get();
        t = new TimeExpression(t.text(), t.start(), t.end(), Optional.of(d), Optional.of(d), Precision.DAY,
            Optional.of(MonthDay.from(d)), YearSource.REFERENCE);
      }
      out.add(t);
    }
    return out;
  }

  private static Mention timeMention(TimeExpression t) {
    String canonical;
    if (t.date().isPresent()) {
      LocalDate a = t.date().get();
      LocalDate b = t.dateEnd().orElseThrow();
      canonical = a.equals(b) ? a.toString() : a + ".." + b;
    } else {
      canonical = t.monthDay().map(md -> String.format("--%02d-%02d", md.getMonthValue(), md.getDayOfMonth())).orElse("");
    }
    return new Mention(MentionType.TIME, t.text(), t.start(), t.end(), canonical,
        Map.of("precision", t.precision().key(), "year_source", t.yearSource().name().toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * The time expressions of each of a page's sentences, read in one pass before segmenting: the time
   * reader keeps its tables and code in the caches from one sentence to the next instead of after
   * HanLP has evicted them, and the pass is a small method of its own, which the JIT compiles as a
   * unit whatever else the page's analysis holds. Tells the context where paragraphs start and
   * stores each sentence's paragraph in {@code paragraphs}.
   */
  public static List<List<TimeExpression>> readDates(TimeParser times, String body, List<Sentence> sentences,
      TimeContext timeContext, int[] paragraphs) {
    List<List<TimeExpression>> dates = new ArrayList<>(sentences.size());
    int paragraph = 0;
    int scanned = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      for (; scanned < s.start(); scanned++) {
        if (body.charAt(scanned) == '\n') {
          paragraph++;
          timeContext.newParagraph();
        }
      }
      paragraphs[i] = paragraph;
      dates.add(times.parse(s.text(), timeContext));
    }
    return dates;
  }

  /** The gazetteer's best unit for a name, as an event place. */
  Optional<EventPlace> placeByName(String name) {
    List<Place> found = gazetteer.resolveQuery(name);
    return found.isEmpty() ? Optional.empty() : Optional.of(eventPlace(found.get(0)));
  }

  private EventPlace eventPlace(Place p) {
    Place province = gazetteer.province(p);
    String city = gazetteer.city(p).map(Place::name).orElse("");
    return new EventPlace(p.name(), p.code(), p.level().key(), city, province.name());
  }
}
