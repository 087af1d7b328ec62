package io.github.jishi.internal.entity;

import io.github.jishi.entity.Mention;
import io.github.jishi.entity.MentionType;
import io.github.jishi.internal.lexicon.Lexicon;
import io.github.jishi.nlp.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Finds administrative places in a sentence: 杭州, 杭州市萧山区, 天津(滨海新区), 京津冀, 来沪, 湖北宜都,
 * 鹏城, 雄安新区.
 *
 * <p>A longest-match scan over a trie of names: the gazetteer's full, former and derived names
 * (黔西县 for 黔西市), short names of provinces and cities, county-level short names, nicknames,
 * abbreviation compounds and development zones, each match checked against its surroundings by
 * {@link PlaceGuards} and, when given, the sentence's tokens: a match that cuts a token in two is
 * not a name (钟南山, 其余杭州), and a longer token that starts with a short name is something else
 * (北京大学, 南京东路). A county-level short name stands alone when it names one unit and is no
 * ordinary word (迁安, 义乌); otherwise only right after its province or city or before them in
 * brackets (福建光泽, 南京鼓楼, 江山(浙江)). A one-character abbreviation counts only after a cue word
 * (在榕, 赴京). A name shared by several units takes the higher level (吉林 is the province), then
 * the unit inside a place named recently in the document (鼓楼区 after 南京市); otherwise it is
 * reported without a code. The words come from the lexicon's {@code place-*} vocabularies.
 *
 * <p>Mentions have type PLACE, the unit's full name as canonical form and the attributes
 * {@code code}, {@code level}, {@code province} (full names) and {@code city} (the prefecture-level
 * city or municipality; absent for provinces other than municipalities). An ambiguous name has
 * {@code candidates} (comma-separated codes) instead of a code. A development zone is a mention of
 * its first city (canonical, code, level, city, province are the city's) with {@code zone} (the
 * zone's name), {@code zone_kind} and {@code cities} (the full names of all its cities,
 * comma-separated, first one first). Every resolved place is noted in the document context.
 * Thread-safe.
 */
public final class PlaceRecognizer implements Recognizer {
  /** How a trie name is read. */
  private enum Kind {
    /** A full, former or derived name (杭州市, 莱芜市, 黔西县). */
    FULL,
    /** A province's or a prefecture's short name (杭州), or a nickname that stands alone (鹏城). */
    SHORT,
    /** A county-level short name that names one unit and is no common word (义乌, 迁安). */
    COUNTY,
    /** A county-level short name shared by several units or used as a word (江山, 鼓楼): only next to its province or city. */
    COUNTY_IN_CONTEXT,
    /** A nickname that stands alone (鹏城, 八闽), unless an outlet's name runs on from it (八闽网). */
    NICKNAME,
    /** A one-character abbreviation, a place only after a cue word (在榕, 来沪). */
    CUED,
    /** A fixed compound of abbreviations (京津冀). */
    COMPOUND,
    /** A development area, a place of its cities (雄安新区). */
    ZONE
  }

  /** What a trie name stands for: units by name, one place per character of a compound, or a zone's cities. */
  private record Entry(String surface, List<Place> places, Kind kind, Place[] compound, PlaceNames.Zone zone,
      Set<String> notAfter) {
    boolean full() {
      return kind == Kind.FULL;
    }
  }

  private static final Set<Kind> FOLLOWING = EnumSet.of(Kind.FULL, Kind.ZONE, Kind.COUNTY, Kind.COUNTY_IN_CONTEXT);
  private static final Set<Kind> FULL_ONLY = EnumSet.of(Kind.FULL);

  private final PlaceGazetteer gazetteer;
  private final PlaceNames names;
  private final PlaceGuards guards;
  private final PlaceTrie<Entry> trie = new PlaceTrie<>();
  private final Map<Place, Map<String, String>> attributeCache = new ConcurrentHashMap<>();

  private PlaceRecognizer(PlaceGazetteer gazetteer, Lexicon lexicon) {
    this.gazetteer = gazetteer;
    this.names = PlaceNames.of(lexicon);
    this.guards = PlaceGuards.of(lexicon);
    Map<String, Entry> entries = new HashMap<>();
    for (Map.Entry<String, List<Place>> e : gazetteer.fullNameIndex().entrySet()) {
      if (!names.fullStoplist.contains(e.getKey())) {
        entries.put(e.getKey(), new Entry(e.getKey(), e.getValue(), Kind.FULL, null, null, Set.of()));
      }
    }
    for (Map.Entry<String, List<Place>> e : gazetteer.shortNameIndex().entrySet()) {
      String name = e.getKey();
      if (entries.containsKey(name) || name.length() < 2 || names.shortStoplist.contains(name)) {
        continue;
      }
      List<Place> higher = e.getValue().stream().filter(p -> p.level() != PlaceLevel.DISTRICT).toList();
      Entry entry;
      if (names.countyShortNames.containsKey(name)) {
        entry = new Entry(name, e.getValue(), Kind.COUNTY, null, null, Set.of());
      } else if (!higher.isEmpty()) {
        entry = new Entry(name, higher, Kind.SHORT, null, null, Set.of());
      } else if (e.getValue().size() == 1 && !names.countyWords.contains(name)) {
        entry = new Entry(name, e.getValue(), Kind.COUNTY, null, null, Set.of());
      } else {
        entry = new Entry(name, e.getValue(), Kind.COUNTY_IN_CONTEXT, null, null, Set.of());
      }
      entries.put(name, entry);
    }
    for (Map.Entry<String, String[]> e : names.compounds.entrySet()) {
      String[] codes = e.getValue();
      Place[] parts = new Place[codes.length];
      for (int i = 0; i < codes.length; i++) {
        parts[i] = codes[i] == null ? null : required(codes[i]);
      }
      entries.put(e.getKey(), new Entry(e.getKey(), List.of(), Kind.COMPOUND, parts, null, Set.of()));
    }
    for (PlaceNames.Nickname n : names.nicknames) {
      Kind kind = n.cued() ? Kind.CUED : Kind.NICKNAME;
      entries.put(n.form(), new Entry(n.form(), List.of(required(n.code())), kind, null, null, n.notAfter()));
    }
    for (PlaceNames.Zone z : names.zones) {
      List<Place> cities = new ArrayList<>();
      for (String city : z.cities()) {
        cities.add(cityNamed(city, z.name()));
      }
      Entry entry = new Entry(z.name(), List.copyOf(cities), Kind.ZONE, null, z, Set.of());
      entries.put(z.name(), entry);
      for (String alias : z.aliases()) {
        entries.put(alias, entry);
      }
    }
    entries.forEach(trie::put);
  }

  /** A recognizer over the names of {@code gazetteer}, with the bundled vocabularies. */
  public static PlaceRecognizer create(PlaceGazetteer gazetteer) {
    return create(gazetteer, Lexicon.bundled());
  }

  /** A recognizer over the names of {@code gazetteer}, with the {@code place-*} vocabularies of {@code lexicon}. */
  public static PlaceRecognizer create(PlaceGazetteer gazetteer, Lexicon lexicon) {
    return new PlaceRecognizer(Objects.requireNonNull(gazetteer, "gazetteer"), Objects.requireNonNull(lexicon, "lexicon"));
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
    Place lastPlace = null;
    int i = 0;
    while (i < n) {
      int count = trie.matchesAt(sentence, i, ends, values);
      int taken = -1;
      // the place right before, or before an opening bracket (湖北宜都, 天津(滨海新区))
      boolean adjacent = lastEnd >= 0 && (i == lastEnd || (i == lastEnd + 1 && isOpenBracket(sentence.charAt(i - 1))));
      Place before = adjacent ? lastPlace : null;
      for (int k = count - 1; k >= 0 && taken < 0; k--) {
        Entry entry = (Entry) values[k];
        List<Place> near = isCounty(entry) ? placesNear(entry, sentence, i, ends[k], before) : List.of();
        List<Place> recent = near.isEmpty() && entry.kind() == Kind.COUNTY_IN_CONTEXT ? placesInRecent(entry, context) : List.of();
        if (accepts(entry, sentence, i, ends[k], bounds, i == lastEnd, before != null, near, !recent.isEmpty())) {
          lastPlace = emit(entry, sentence, i, ends[k], near.isEmpty() ? recent : near, context, out);
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

  private static boolean isCounty(Entry e) {
    return e.kind() == Kind.COUNTY || e.kind() == Kind.COUNTY_IN_CONTEXT;
  }

  private static boolean isOpenBracket(char c) {
    return c == '(' || c == '\uFF08';
  }

  /**
   * The units of a county-level short name that lie in the place right before it (湖北宜都,
   * 福建光泽) or in the place bracketed right after it (迁安(河北)); empty when neither says.
   */
  private List<Place> placesNear(Entry e, String text, int start, int end, Place before) {
    Place around = before;
    if (around == null && end + 1 < text.length() && isOpenBracket(text.charAt(end))) {
      around = placeAt(text, end + 1);
    }
    if (around == null) {
      return List.of();
    }
    List<Place> out = new ArrayList<>(1);
    for (Place p : e.places()) {
      if (isWithin(p, around)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The units of a shared county-level short name that is no ordinary word (普陀, 长宁, 通州) lying
   * in the place the document named last (普陀 after 上海市 or 徐汇区); empty unless exactly one does.
   */
  private List<Place> placesInRecent(Entry e, DocumentContext context) {
    if (names.countyWords.contains(e.surface())) {
      return List.of();
    }
    List<Place> recent = context.recentPlaces();
    if (recent.isEmpty()) {
      return List.of();
    }
    Place last = recent.get(0);
    Place found = null;
    for (Place p : e.places()) {
      if (isWithin(p, last)) {
        if (found != null) {
          return List.of();
        }
        found = p;
      }
    }
    return found == null ? List.of() : List.of(found);
  }

  /** The one unit a full or short name at {@code at} stands for, or null. */
  private Place placeAt(String text, int at) {
    int[] ends = new int[trie.longest()];
    Object[] values = new Object[trie.longest()];
    int count = trie.matchesAt(text, at, ends, values);
    for (int k = count - 1; k >= 0; k--) {
      Entry e = (Entry) values[k];
      if ((e.kind() == Kind.FULL || e.kind() == Kind.SHORT || e.kind() == Kind.NICKNAME) && !e.places().isEmpty()) {
        List<Place> top = topLevel(e.places());
        return top.size() == 1 ? top.get(0) : null;
      }
    }
    return null;
  }

  private boolean accepts(Entry e, String text, int start, int end, TokenBoundaries bounds, boolean afterPlace,
      boolean afterItsPlace, List<Place> near, boolean inRecentPlace) {
    switch (e.kind()) {
      case CUED:
        return acceptsCued(e, text, start, end, bounds);
      case COMPOUND:
        return bounds == null || (bounds.isBoundary(start) && (bounds.isBoundary(end) || bounds.tokenEndFrom(start) > end));
      case ZONE:
        return bounds == null || ((bounds.isBoundary(start) || afterItsPlace)
            && (bounds.isBoundary(end) || bounds.tokenEndFrom(start) > end || afterItsPlace));
      case COUNTY_IN_CONTEXT:
        if (near.isEmpty() && !inRecentPlace) {
          return false;
        }
        break;
      default:
        break;
    }
    boolean inContext = isCounty(e) && !near.isEmpty();
    if (bounds != null && !inContext) {
      if (!bounds.isBoundary(start)) {
        return false;
      }
      // One token running on from a full name (浙江省委) still names the place; from a short name
      // (北京大学, 南京东路) it names something else, unless another place follows in the same
      // token (陕西西咸新区, 广州花都).
      boolean runsOn = bounds.tokenEndFrom(start) > end && (e.full() || placeFollows(text, end));
      if (!bounds.isBoundary(end) && !runsOn) {
        return false;
      }
    }
    String name = e.surface();
    boolean free = !afterPlace;
    if (guards.suffixStartsNextWord(name, text, end)
        || (guards.startsRoadName(text, end) && !placeStartsAt(text, end))
        || guards.startsNamedBody(text, end)
        || guards.formsOtherWord(name, text, start, end, free)) {
      return false;
    }
    if (inContext) {
      return true;
    }
    if (e.kind() == Kind.NICKNAME && guards.startsOutletName(text, end, at -> placeAt(text, at) != null)) {
      return false;
    }
    boolean standsAlone = e.kind() == Kind.COUNTY_IN_CONTEXT || (e.kind() == Kind.COUNTY && !names.countyShortNames.containsKey(name));
    if (standsAlone && doubtfulCounty(name, text, start, end, bounds, free)) {
      return false;
    }
    if (bounds != null && bounds.isPlaceToken(start, end)) {
      return true;
    }
    if (name.length() == 2 && e.full() && guards.isDoubtfulShortFullName(text, start, end, free)) {
      return false;
    }
    if (standsAlone && bounds == null
        && guards.isDoubtfulShortFullName(text, start, end, free)) {
      return false; // without tokens, a county's short name needs a clear start (在迁安, 、迁安)
    }
    return e.full() || name.length() != 2 || !guards.looksLikePersonName(text, start, end, free);
  }

  /**
   * Whether a county's short name standing alone is more likely something else: a firm's name
   * (泰和某某有限公司), a person's (田东介绍, 负责人田东, 黄静海表示), or the tail of a longer name that
   * overlaps it (辽阳新一批 holds 辽阳, not 阳新; 衡阳城市 holds 衡阳), or it follows a stray
   * character the segmenter could not attach (宋/阳新).
   */
  private boolean doubtfulCounty(String name, String text, int start, int end, TokenBoundaries bounds, boolean free) {
    if (guards.startsFirmName(text, end) || guards.looksLikeWholePersonName(name, text, start, end)
        || guards.looksLikePersonName(text, start, end, free)) {
      return true;
    }
    if (!free || start == 0) {
      return false;
    }
    int[] ends = new int[trie.longest()];
    Object[] values = new Object[trie.longest()];
    int count = trie.matchesAt(text, start - 1, ends, values);
    for (int k = 0; k < count; k++) {
      Kind kind = ((Entry) values[k]).kind();
      if (ends[k] > start && (kind == Kind.FULL || kind == Kind.SHORT)) {
        return true;
      }
    }
    return bounds != null && bounds.isStrayBefore(start) && !guards.isCountyLeft(text.charAt(start - 1));
  }

  /**
   * 在榕, 来沪, 落户蓉: a one-character abbreviation right after a cue word that is a word of its
   * own (not the 来 of 以来), and not the start of another word (在京东, 沪指).
   */
  private boolean acceptsCued(Entry e, String text, int start, int end, TokenBoundaries bounds) {
    if (end < text.length() && names.abbreviationBlockers.indexOf(text.charAt(end)) >= 0) {
      return false;
    }
    if (bounds != null && !bounds.isBoundary(end)) {
      return false;
    }
    for (String cue : names.abbreviationCues) {
      int cueStart = start - cue.length();
      if (cueStart < 0 || !text.startsWith(cue, cueStart) || e.notAfter().contains(cue)) {
        continue;
      }
      if (bounds == null
          || (bounds.isBoundary(cueStart) && bounds.isBoundary(start))
          || (bounds.isBoundary(cueStart) && bounds.tokenEndFrom(cueStart) == end)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a full name, a county-level name or a zone starts at {@code at} (陕西西咸新区, 广州花都). */
  private boolean placeFollows(String text, int at) {
    return nameStartsAt(text, at, FOLLOWING);
  }

  /** Whether a full place name starts at {@code at} (湖南道县 is a county, not a road of 湖南). */
  private boolean placeStartsAt(String text, int at) {
    return nameStartsAt(text, at, FULL_ONLY);
  }

  private boolean nameStartsAt(String text, int at, Set<Kind> kinds) {
    if (at >= text.length()) {
      return false;
    }
    int[] ends = new int[trie.longest()];
    Object[] values = new Object[trie.longest()];
    int count = trie.matchesAt(text, at, ends, values);
    for (int k = 0; k < count; k++) {
      if (kinds.contains(((Entry) values[k]).kind())) {
        return true;
      }
    }
    return false;
  }

  /** Adds the mentions of an accepted name; returns the one place it settled on, or null. */
  private Place emit(Entry e, String text, int start, int end, List<Place> near, DocumentContext context,
      List<Mention> out) {
    if (e.kind() == Kind.COMPOUND) {
      Place last = null;
      for (int k = 0; k < e.compound().length; k++) {
        Place p = e.compound()[k];
        if (p != null) {
          out.add(resolved(p, text, start + k, start + k + 1));
          context.notePlace(p);
          last = p;
        }
      }
      return last;
    }
    if (e.kind() == Kind.ZONE) {
      out.add(zone(e, text, start, end));
      for (int k = e.places().size() - 1; k >= 0; k--) {
        context.notePlace(e.places().get(k));
      }
      return e.places().get(0);
    }
    List<Place> candidates = near.isEmpty() ? resolve(e.places(), context) : near;
    if (candidates.size() == 1) {
      out.add(resolved(candidates.get(0), text, start, end));
      context.notePlace(candidates.get(0));
      return candidates.get(0);
    }
    out.add(unresolved(candidates, e.surface(), text, start, end));
    return null;
  }

  /**
   * A development area as a place of its first city, with {@code zone} (its name), {@code zone_kind}
   * and {@code cities} (the full names of all its cities, comma-separated, the first one first).
   */
  private Mention zone(Entry e, String text, int start, int end) {
    Place first = e.places().get(0);
    Map<String, String> attributes = new LinkedHashMap<>(attributes(first));
    attributes.put("zone", e.zone().name());
    attributes.put("zone_kind", e.zone().kind());
    StringBuilder cities = new StringBuilder();
    for (Place p : e.places()) {
      cities.append(cities.length() == 0 ? "" : ",").append(p.name());
    }
    attributes.put("cities", cities.toString());
    return new Mention(MentionType.PLACE, text.substring(start, end), start, end, first.name(), attributes);
  }

  private Mention resolved(Place p, String text, int start, int end) {
    return new Mention(MentionType.PLACE, text.substring(start, end), start, end, p.name(), attributes(p));
  }

  /** A resolved place's attributes, made once per unit: a mention copies them, so they are shared as they are. */
  private Map<String, String> attributes(Place p) {
    Map<String, String> cached = attributeCache.get(p);
    if (cached == null) {
      cached = Map.copyOf(newAttributes(p));
      attributeCache.putIfAbsent(p, cached);
    }
    return cached;
  }

  private Map<String, String> newAttributes(Place p) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("code", p.code());
    attributes.put("level", p.level().key());
    gazetteer.city(p).ifPresent(c -> attributes.put("city", c.name()));
    attributes.put("province", gazetteer.province(p).name());
    return attributes;
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

  /** The prefecture-level city or municipality of the full name {@code name}, for a zone's line. */
  private Place cityNamed(String name, String zone) {
    for (Place p : gazetteer.lookup(name)) {
      if (p.name().equals(name) && gazetteer.city(p).map(p::equals).orElse(false)) {
        return p;
      }
    }
    throw new IllegalStateException("zone " + zone + ": no city named " + name + " in the gazetteer");
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
      int tiledTo = 0; // tokens usually tile the sentence; only when they do not are gaps looked for
      for (int k = 0, size = tokens.size(); k < size; k++) {
        Token t = tokens.get(k);
        if (t.end() > n || t.start() >= t.end()) {
          continue; // not a token of this sentence
        }
        boundary[t.start()] = true;
        boundary[t.end()] = true;
        endFrom[t.start()] = Math.max(endFrom[t.start()], t.end());
        placeFrom[t.start()] |= t.pos().startsWith("ns");
        tiledTo = tiledTo >= 0 && t.start() == tiledTo ? t.end() : -1;
      }
      if (tiledTo != n) {
        markGaps(tokens, n);
      }
    }

    /** Makes both sides of every character no token covers a boundary. */
    private void markGaps(List<Token> tokens, int n) {
      boolean[] covered = new boolean[n];
      for (Token t : tokens) {
        if (t.end() > n || t.start() >= t.end()) {
          continue;
        }
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

    /** Whether the token ending at {@code start} is a single character. */
    boolean isStrayBefore(int start) {
      return start >= 1 && endFrom[start - 1] == start;
    }

    boolean isPlaceToken(int start, int end) {
      return endFrom[start] == end && placeFrom[start];
    }
  }
}
