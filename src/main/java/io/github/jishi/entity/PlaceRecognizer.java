package io.github.jishi.entity;

import io.github.jishi.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds administrative places in a sentence: 杭州, 杭州市萧山区, 天津(滨海新区), 京津冀, 来沪.
 *
 * <p>A longest-match scan over a trie of the gazetteer's names (full names, former names, short
 * names of provinces and cities, a few well-known district short names, fixed abbreviation
 * compounds), each match checked against its surroundings by {@link PlaceGuards} and, when given,
 * the sentence's tokens: a match that cuts a token in two is not a name (钟南山, 其余杭州), and a
 * longer token that starts with a short name is something else (北京大学, 南京东路). A name shared
 * by several units takes the higher level (吉林 is the province), then the unit inside a place
 * named recently in the document (鼓楼区 after 南京市); otherwise it is reported without a code.
 *
 * <p>Mentions have type PLACE, the unit's full name as canonical form and the attributes
 * {@code code}, {@code level}, {@code province} (full names) and {@code city} (the prefecture-level
 * city or municipality; absent for provinces other than municipalities). An ambiguous name has
 * {@code candidates} (comma-separated codes) instead of a code. Every resolved place is noted in
 * the document context. Thread-safe.
 */
public final class PlaceRecognizer implements Recognizer {
  /** What a trie name stands for: units by name, or one place per character of a compound. */
  private record Entry(String surface, List<Place> places, boolean full, Place[] compound, boolean abbreviation) {}

  private final PlaceGazetteer gazetteer;
  private final PlaceTrie<Entry> trie = new PlaceTrie<>();

  private PlaceRecognizer(PlaceGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    Map<String, Entry> entries = new HashMap<>();
    for (Map.Entry<String, List<Place>> e : gazetteer.fullNameIndex().entrySet()) {
      if (!PlaceNames.FULL_STOPLIST.contains(e.getKey())) {
        entries.put(e.getKey(), new Entry(e.getKey(), e.getValue(), true, null, false));
      }
    }
    for (Map.Entry<String, List<Place>> e : gazetteer.shortNameIndex().entrySet()) {
      String name = e.getKey();
      if (entries.containsKey(name) || !PlaceGazetteer.isRecognizableShortName(name, e.getValue())) {
        continue;
      }
      List<Place> units = PlaceNames.DISTRICT_SHORT_NAMES.containsKey(name)
          ? e.getValue()
          : e.getValue().stream().filter(p -> p.level() != PlaceLevel.DISTRICT).toList();
      entries.put(name, new Entry(name, units, false, null, false));
    }
    for (Map.Entry<String, String[]> e : PlaceNames.COMPOUNDS.entrySet()) {
      String[] codes = e.getValue();
      Place[] parts = new Place[codes.length];
      for (int i = 0; i < codes.length; i++) {
        parts[i] = codes[i] == null ? null : required(codes[i]);
      }
      entries.put(e.getKey(), new Entry(e.getKey(), List.of(), false, parts, false));
    }
    for (Map.Entry<Character, String> e : PlaceNames.PREFIXED_ABBREVIATIONS.entrySet()) {
      String surface = String.valueOf(e.getKey());
      entries.put(surface, new Entry(surface, List.of(required(e.getValue())), false, null, true));
    }
    entries.forEach(trie::put);
  }

  /** A recognizer over the names of {@code gazetteer}. */
  public static PlaceRecognizer create(PlaceGazetteer gazetteer) {
    return new PlaceRecognizer(Objects.requireNonNull(gazetteer, "gazetteer"));
  }

  @Override
  public List<Mention> recognize(String sentence, List<Token> tokens, DocumentContext context) {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(context, "context");
    int n = sentence.length();
    if (n == 0) {
      return List.of();
    }
    TokenBoundaries bounds = tokens.isEmpty() ? null : new TokenBoundaries(tokens, n);
    int[] ends = new int[trie.longest()];
    Object[] values = new Object[trie.longest()];
    List<Mention> out = new ArrayList<>();
    int lastEnd = -1;
    int i = 0;
    while (i < n) {
      int count = trie.matchesAt(sentence, i, ends, values);
      int taken = -1;
      for (int k = count - 1; k >= 0 && taken < 0; k--) {
        Entry entry = (Entry) values[k];
        if (accepts(entry, sentence, i, ends[k], bounds, i == lastEnd)) {
          emit(entry, sentence, i, ends[k], context, out);
          taken = ends[k];
        }
      }
      if (taken > 0) {
        i = taken;
        lastEnd = taken;
      } else {
        i++;
      }
    }
    return out;
  }

  private boolean accepts(Entry e, String text, int start, int end, TokenBoundaries bounds, boolean afterPlace) {
    if (e.abbreviation()) {
      return start > 0
          && PlaceNames.ABBREVIATION_PREFIXES.indexOf(text.charAt(start - 1)) >= 0
          && (end == text.length() || PlaceNames.ABBREVIATION_BLOCKERS.indexOf(text.charAt(end)) < 0)
          && (bounds == null || bounds.isBoundary(end));
    }
    if (bounds != null) {
      if (!bounds.isBoundary(start)) {
        return false;
      }
      // One token running on from a full name or a compound (浙江省委, 粤港澳大湾区) still names the
      // place; from a short name (北京大学, 南京东路) it names something else.
      boolean runsOn = (e.full() || e.compound() != null) && bounds.tokenEndFrom(start) > end;
      if (!bounds.isBoundary(end) && !runsOn) {
        return false;
      }
    }
    if (e.compound() != null) {
      return true;
    }
    String name = e.surface();
    boolean free = !afterPlace;
    if (PlaceGuards.suffixStartsNextWord(name, text, end)
        || (PlaceGuards.startsRoadName(text, end) && !placeStartsAt(text, end))
        || PlaceGuards.startsNamedBody(text, end)
        || PlaceGuards.formsOtherWord(name, text, start, end, free)) {
      return false;
    }
    if (bounds != null && bounds.isPlaceToken(start, end)) {
      return true;
    }
    if (name.length() == 2 && e.full() && PlaceGuards.isDoubtfulShortFullName(text, start, end, free)) {
      return false;
    }
    return e.full() || name.length() != 2 || !PlaceGuards.looksLikePersonName(text, start, end, free);
  }

  /** Whether a full place name starts at {@code at} (湖南道县 is a county, not a road of 湖南). */
  private boolean placeStartsAt(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    int[] ends = new int[trie.longest()];
    Object[] values = new Object[trie.longest()];
    int count = trie.matchesAt(text, at, ends, values);
    for (int k = 0; k < count; k++) {
      if (((Entry) values[k]).full()) {
        return true;
      }
    }
    return false;
  }

  private void emit(Entry e, String text, int start, int end, DocumentContext context, List<Mention> out) {
    if (e.compound() != null) {
      for (int k = 0; k < e.compound().length; k++) {
        Place p = e.compound()[k];
        if (p != null) {
          out.add(resolved(p, text, start + k, start + k + 1));
          context.notePlace(p);
        }
      }
      return;
    }
    List<Place> candidates = resolve(e.places(), context);
    if (candidates.size() == 1) {
      out.add(resolved(candidates.get(0), text, start, end));
      context.notePlace(candidates.get(0));
    } else {
      out.add(unresolved(candidates, e.surface(), text, start, end));
    }
  }

  private Mention resolved(Place p, String text, int start, int end) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("code", p.code());
    attributes.put("level", p.level().key());
    gazetteer.city(p).ifPresent(c -> attributes.put("city", c.name()));
    attributes.put("province", gazetteer.province(p).name());
    return new Mention(MentionType.PLACE, text.substring(start, end), start, end, p.name(), attributes);
  }

  /** A name several units share and nothing in the document decides between (鼓楼区 alone). */
  private Mention unresolved(List<Place> candidates, String surface, String text, int start, int end) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("level", candidates.get(0).level().key());
    attributes.put("candidates", candidates.stream().map(Place::code).collect(Collectors.joining(",")));
    List<String> cities = candidates.stream().map(p -> gazetteer.city(p).map(Place::name).orElse("")).distinct().toList();
    if (cities.size() == 1 && !cities.get(0).isEmpty()) {
      attributes.put("city", cities.get(0));
    }
    List<String> provinces = candidates.stream().map(p -> gazetteer.province(p).name()).distinct().toList();
    if (provinces.size() == 1) {
      attributes.put("province", provinces.get(0));
    }
    boolean sameName = candidates.stream().map(Place::name).distinct().count() == 1;
    String canonical = sameName ? candidates.get(0).name() : surface;
    return new Mention(MentionType.PLACE, text.substring(start, end), start, end, canonical, attributes);
  }

  /**
   * The units a name may stand for, a single one when decided: the only one, else the only one at
   * the highest level, else the one inside (or equal to) the most recent place that singles one
   * out. Undecided, the candidates inside the most recent place that narrows them (鼓楼区 after
   * 江苏省 is one of two), else all at the highest level.
   */
  private List<Place> resolve(List<Place> places, DocumentContext context) {
    if (places.size() == 1) {
      return places;
    }
    List<Place> best = topLevel(places);
    if (best.size() == 1) {
      return best;
    }
    List<Place> narrowed = null;
    for (Place recent : context.recentPlaces()) {
      if (gazetteer.byCode(recent.code()).filter(recent::equals).isEmpty()) {
        continue; // not a unit of this gazetteer
      }
      List<Place> hits = new ArrayList<>(2);
      for (Place candidate : best) {
        if (isWithin(candidate, recent)) {
          hits.add(candidate);
        }
      }
      if (hits.size() == 1) {
        return hits;
      }
      if (narrowed == null && hits.size() > 1 && hits.size() < best.size()) {
        narrowed = hits;
      }
    }
    return narrowed != null ? narrowed : best;
  }

  private boolean isWithin(Place candidate, Place recent) {
    if (candidate.equals(recent) || gazetteer.province(candidate).equals(recent)) {
      return true;
    }
    Optional<Place> city = gazetteer.city(recent);
    return city.isPresent() && city.equals(gazetteer.city(candidate));
  }

  private static List<Place> topLevel(List<Place> places) {
    PlaceLevel top = places.get(0).level();
    return places.stream().filter(p -> p.level() == top).toList();
  }

  private Place required(String code) {
    return gazetteer.byCode(code)
        .orElseThrow(() -> new IllegalStateException("place code missing from gazetteer: " + code));
  }

  /** Where the sentence's tokens start and end, and which of them the segmenter tagged as places. */
  private static final class TokenBoundaries {
    private final boolean[] boundary;
    private final int[] endFrom;
    private final boolean[] placeFrom;

    TokenBoundaries(List<Token> tokens, int n) {
      boundary = new boolean[n + 1];
      endFrom = new int[n];
      placeFrom = new boolean[n];
      boolean[] covered = new boolean[n];
      for (Token t : tokens) {
        if (t.end() > n || t.start() >= t.end()) {
          continue; // not a token of this sentence
        }
        boundary[t.start()] = true;
        boundary[t.end()] = true;
        endFrom[t.start()] = Math.max(endFrom[t.start()], t.end());
        placeFrom[t.start()] |= t.pos().startsWith("ns");
        for (int i = t.start(); i < t.end(); i++) {
          covered[i] = true;
        }
      }
      for (int i = 0; i < n; i++) {
        if (!covered[i]) {
          boundary[i] = true;
          boundary[i + 1] = true;
        }
      }
    }

    boolean isBoundary(int offset) {
      return boundary[offset];
    }

    int tokenEndFrom(int start) {
      return endFrom[start];
    }

    boolean isPlaceToken(int start, int end) {
      return endFrom[start] == end && placeFrom[start];
    }
  }
}
