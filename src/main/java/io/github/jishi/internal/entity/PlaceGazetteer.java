package io.github.jishi.internal.entity;

import io.github.jishi.JishiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The administrative units of China down to county level, with their codes, names and parents.
 *
 * <p>Loaded from the bundled {@code places.tsv} (34 provincial units including Hong Kong, Macau and
 * Taiwan, about 333 mainland prefecture-level units and Taiwan's 22 counties and cities, about
 * 2,850 mainland county-level units and Hong Kong's districts and Macau's parishes). Municipalities,
 * Hong Kong and Macau are provinces whose districts hang directly below them; county-level cities
 * administered by a province (济源, 仙桃) hang below the province. Names resolve to today's units,
 * including former names from the code tables since 2002 (莱芜市 is part of 济南市 since 2019);
 * queries also in pinyin and English (see {@link #resolveQuery}). Immutable and thread-safe.
 */
public final class PlaceGazetteer {
  private static final String RESOURCE = "places.tsv";
  // Plain classes and loops rather than lambdas on the loading path: the first lambda of a JVM
  // costs tens of milliseconds, and loading runs at command-line start-up.
  private static final Comparator<Place> BY_LEVEL_THEN_CODE = new ByLevelThenCode();

  private static volatile PlaceGazetteer bundled;

  /** Pinyin and English names, indexed on the first query in Latin letters. */
  private volatile PlaceLatinNames latin;

  private final List<Place> places;
  private final Map<String, Place> byCode;
  private final Map<String, List<Place>> children;
  private final Map<String, List<Place>> byFullName;
  private final Map<String, List<Place>> byShortName;
  /** Forms of county-level units derived from a suffix change (黔西县): looked up, not given to the segmenter. */
  private final Set<String> derivedNames;

  private PlaceGazetteer(List<Place> places, Map<String, List<String>> formerNames) {
    PlaceNames names = PlaceNames.bundled();
    this.places = List.copyOf(places);
    Map<String, Place> codes = new HashMap<>();
    for (Place p : places) {
      if (codes.put(p.code(), p) != null) {
        throw new JishiException("duplicate place code in gazetteer: " + p.code());
      }
    }
    Map<String, List<Place>> kids = new HashMap<>();
    Map<String, List<Place>> full = new HashMap<>();
    Map<String, List<Place>> shortNames = new HashMap<>();
    for (Place p : places) {
      if (p.level() == PlaceLevel.PROVINCE) {
        if (!p.parentCode().isEmpty()) {
          throw new JishiException("province with a parent in gazetteer: " + p.code());
        }
      } else {
        if (!codes.containsKey(p.parentCode())) {
          throw new JishiException("place with unknown parent in gazetteer: " + p.code() + " -> " + p.parentCode());
        }
        add(kids, p.parentCode(), p);
      }
      add(full, p.name(), p);
      if (!p.shortName().equals(p.name()) && p.shortName().length() >= 2) {
        add(shortNames, p.shortName(), p);
      }
    }
    for (Map.Entry<String, List<String>> e : formerNames.entrySet()) {
      Place p = codes.get(e.getKey());
      for (String name : e.getValue()) {
        add(full, name, p);
      }
    }
    Set<String> derived = new HashSet<>();
    for (Place p : places) {
      for (String form : suffixForms(p, names, full, shortNames)) {
        add(full, form, p);
        if (p.level() == PlaceLevel.DISTRICT) {
          derived.add(form);
        }
      }
    }
    for (Map.Entry<String, String> e : names.countyShortNames.entrySet()) {
      List<Place> target = full.getOrDefault(e.getValue(), List.of());
      if (target.size() > 1) {
        throw new JishiException("county short name does not name one unit: " + e.getKey() + " -> " + e.getValue());
      }
      if (target.size() == 1) {
        add(shortNames, e.getKey(), target.get(0));
      }
    }
    this.byCode = Map.copyOf(codes);
    this.children = freeze(kids);
    this.byFullName = freeze(full);
    this.byShortName = freeze(shortNames);
    this.derivedNames = Set.copyOf(derived);
  }

  /**
   * The other forms of {@code p}'s name by its suffix (红河州; 黔西县 for 黔西市), each only where
   * no unit has that name and, for county-level units, where no other unit has the short name and
   * the short name is no ordinary word (老城区 does not give 老城市).
   */
  private static List<String> suffixForms(Place p, PlaceNames names, Map<String, List<Place>> full,
      Map<String, List<Place>> shortNames) {
    if (p.shortName().equals(p.name()) || p.level() == PlaceLevel.PROVINCE) {
      return List.of();
    }
    List<String> out = new ArrayList<>(2);
    for (PlaceNames.SuffixForm f : names.suffixForms) {
      if (f.level() != p.level() || !p.name().endsWith(f.suffix())) {
        continue;
      }
      if (p.level() == PlaceLevel.DISTRICT && (p.shortName().length() < 2
          || shortNames.getOrDefault(p.shortName(), List.of()).size() != 1 || full.containsKey(p.shortName())
          || names.countyWords.contains(p.shortName()))) {
        continue;
      }
      for (String other : f.others()) {
        String form = p.shortName().concat(other);
        if (!form.equals(p.name()) && !full.containsKey(form) && !names.fullStoplist.contains(form)) {
          out.add(form);
        }
      }
    }
    return out;
  }

  /** The bundled gazetteer, read once and shared. */
  public static PlaceGazetteer load() {
    PlaceGazetteer g = bundled;
    if (g == null) {
      synchronized (PlaceGazetteer.class) {
        g = bundled;
        if (g == null) {
          g = readBundled();
          bundled = g;
        }
      }
    }
    return g;
  }

  private static PlaceGazetteer readBundled() {
    byte[] bytes;
    try (InputStream in = PlaceGazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new JishiException("gazetteer resource missing from the classpath: " + RESOURCE);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new JishiException("cannot read gazetteer resource " + RESOURCE + ": " + e.getMessage(), e);
    }
    return parse(new String(bytes, StandardCharsets.UTF_8), RESOURCE);
  }

  /**
   * Reads the TSV format of {@code places.tsv}: {@code code, name, shortName, level, parentCode,
   * formerNames}, then optionally {@code pinyin, english, latitude, longitude}, with {@code #}
   * comment lines. {@code origin} names the source in error messages.
   */
  static PlaceGazetteer parse(String text, String origin) {
    List<Place> places = new ArrayList<>(3300);
    Map<String, List<String>> formerNames = new HashMap<>();
    String[] f = new String[10];
    int lineNo = 0;
    int pos = 0;
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      if (eol < 0) {
        eol = text.length();
      }
      lineNo++;
      int lineEnd = eol > pos && text.charAt(eol - 1) == '\r' ? eol - 1 : eol;
      if (lineEnd > pos && text.charAt(pos) != '#') {
        int fields = splitTabs(text, pos, lineEnd, f);
        if (fields != 6 && fields != 8 && fields != 10) {
          throw new JishiException(origin + ":" + lineNo + ": expected 6, 8 or 10 tab-separated fields, found " + fields);
        }
        for (int i = fields; i < f.length; i++) {
          f[i] = "";
        }
        places.add(toPlace(f, origin, lineNo));
        if (!f[5].isEmpty()) {
          formerNames.put(f[0], List.of(f[5].split(",")));
        }
      }
      pos = eol + 1;
    }
    return new PlaceGazetteer(places, formerNames);
  }

  /** Splits {@code text[from, to)} at tabs into {@code out}; returns the number of fields found. */
  private static int splitTabs(String text, int from, int to, String[] out) {
    int count = 0;
    int at = from;
    while (true) {
      int tab = text.indexOf('\t', at);
      int fieldEnd = tab < 0 || tab > to ? to : tab;
      if (count < out.length) {
        out[count] = text.substring(at, fieldEnd);
      }
      count++;
      if (fieldEnd == to) {
        return count;
      }
      at = fieldEnd + 1;
    }
  }

  private static Place toPlace(String[] f, String origin, int lineNo) {
    String code = f[0];
    if (!isSixDigits(code)) {
      throw new JishiException(origin + ":" + lineNo + ": place code is not 6 digits: " + code);
    }
    if (f[1].isEmpty() || f[2].isEmpty()) {
      throw new JishiException(origin + ":" + lineNo + ": empty place name for code " + code);
    }
    PlaceLevel level = switch (f[3]) {
      case "province" -> PlaceLevel.PROVINCE;
      case "city" -> PlaceLevel.CITY;
      case "district" -> PlaceLevel.DISTRICT;
      default -> throw new JishiException(origin + ":" + lineNo + ": unknown place level: " + f[3]);
    };
    Place.Seat seat = null;
    if (!f[8].isEmpty() || !f[9].isEmpty()) {
      try {
        seat = new Place.Seat(Double.parseDouble(f[8]), Double.parseDouble(f[9]));
      } catch (NumberFormatException e) {
        throw new JishiException(origin + ":" + lineNo + ": bad coordinates for code " + code + ": " + f[8] + "," + f[9]);
      }
    }
    return new Place(code, f[1], f[2], level, f[4], f[6], f[7], seat);
  }

  /** Every unit, in code order. */
  public List<Place> places() {
    return places;
  }

  public Optional<Place> byCode(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The units named exactly {@code name}: full name (杭州市), short name (杭州, 内蒙古), former name
   * (莱芜市) or common form (红河州). Several for duplicate names (鼓楼区); provinces first, then
   * cities, then districts.
   */
  public List<Place> lookup(String name) {
    Objects.requireNonNull(name, "name");
    List<Place> full = byFullName.getOrDefault(name, List.of());
    List<Place> shortNamed = byShortName.getOrDefault(name, List.of());
    if (shortNamed.isEmpty()) {
      return full;
    }
    if (full.isEmpty()) {
      return shortNamed;
    }
    Set<Place> both = new LinkedHashSet<>(full);
    both.addAll(shortNamed);
    List<Place> out = new ArrayList<>(both);
    out.sort(BY_LEVEL_THEN_CODE);
    return List.copyOf(out);
  }

  /**
   * The city a unit belongs to: a prefecture-level city for its districts, the municipality for
   * its districts, itself for a city, a municipality and a county-level city administered by its
   * province; empty for other provinces.
   */
  public Optional<Place> city(Place place) {
    Place p = known(place);
    switch (p.level()) {
      case PROVINCE:
        return PlaceNames.SELF_CITY_PROVINCES.contains(p.code()) ? Optional.of(p) : Optional.empty();
      case CITY:
        return Optional.of(p);
      default:
        Place parent = byCode.get(p.parentCode());
        if (parent.level() == PlaceLevel.CITY || PlaceNames.SELF_CITY_PROVINCES.contains(parent.code())) {
          return Optional.of(parent);
        }
        return Optional.of(p);
    }
  }

  /** The provincial unit a unit belongs to (itself for a province). */
  public Place province(Place place) {
    Place p = known(place);
    while (p.level() != PlaceLevel.PROVINCE) {
      p = byCode.get(p.parentCode());
    }
    return p;
  }

  /** The units directly below {@code place}, in code order. */
  public List<Place> children(Place place) {
    return children.getOrDefault(known(place).code(), List.of());
  }

  /** The code of {@code place} and of every unit below it, for filtering by area. */
  public Set<String> descendantCodes(Place place) {
    Set<String> out = new TreeSet<>();
    Deque<Place> todo = new ArrayDeque<>();
    todo.add(known(place));
    while (!todo.isEmpty()) {
      Place p = todo.removeFirst();
      out.add(p.code());
      todo.addAll(children.getOrDefault(p.code(), List.of()));
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * Names places go by in running text, for a segmenter's custom dictionary: full names, former
   * names, and the short names of provinces, cities and a few well-known districts, without those
   * that are mostly common words. Forms derived from a suffix change (黔西县) and the short names
   * of other county-level units are left to the segmenter's own judgement.
   */
  public Set<String> allNames() {
    Set<String> out = new TreeSet<>();
    Set<String> stop = PlaceNames.bundled().fullStoplist;
    for (String name : byFullName.keySet()) {
      if (!stop.contains(name) && !derivedNames.contains(name)) {
        out.add(name);
      }
    }
    for (Map.Entry<String, List<Place>> e : byShortName.entrySet()) {
      if (isRecognizableShortName(e.getKey(), e.getValue())) {
        out.add(e.getKey());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * The units a user most likely means by {@code query} (杭州, 杭州市, 浙江省, 滨海新区), empty if
   * none. A full name beats a short name; among equals, provinces beat cities beat districts, so
   * {@code 吉林} is the province and {@code 朝阳} the prefecture city. Same-level homonyms all come
   * back ({@code 鼓楼区}). Names in Latin letters find places by their English name ({@code Hong
   * Kong}, {@code Inner Mongolia}) or their pinyin, with or without tones and apostrophes
   * ({@code hangzhou}, {@code Hangzhou}, {@code Xi'an}, {@code háng zhōu}, {@code hang2zhou1}).
   */
  public List<Place> resolveQuery(String query) {
    Objects.requireNonNull(query, "query");
    String name = query.strip();
    List<Place> found = byFullName.getOrDefault(name, List.of());
    if (found.isEmpty()) {
      found = byShortName.getOrDefault(name, List.of());
    }
    if (found.isEmpty() && PlaceLatinNames.isLatin(name)) {
      found = latinNames().find(name);
    }
    if (found.isEmpty()) {
      return List.of();
    }
    List<Place> best = new ArrayList<>(found.size());
    for (Place p : found) {
      if (p.level() == found.get(0).level()) {
        best.add(p);
      }
    }
    return List.copyOf(best);
  }

  private PlaceLatinNames latinNames() {
    PlaceLatinNames l = latin;
    if (l == null) {
      l = new PlaceLatinNames(places);
      latin = l;
    }
    return l;
  }

  /**
   * Names close to a name that is not in the gazetteer, for a did-you-mean message: names one edit
   * away (杭洲 -> 杭州), provinces and cities first, at most five.
   */
  public List<String> suggest(String badName) {
    Objects.requireNonNull(badName, "badName");
    String name = badName.strip();
    if (name.isEmpty()) {
      return List.of();
    }
    Map<String, PlaceLevel> close = new LinkedHashMap<>();
    collectClose(name, byFullName, close);
    collectClose(name, byShortName, close);
    close.remove(name);
    List<String> out = new ArrayList<>(close.keySet());
    out.sort(Comparator.comparing((String n) -> close.get(n))
        .thenComparing(n -> n.length() == name.length() ? 0 : 1)
        .thenComparing(Comparator.naturalOrder()));
    return List.copyOf(out.subList(0, Math.min(5, out.size())));
  }

  private static void collectClose(String name, Map<String, List<Place>> index, Map<String, PlaceLevel> out) {
    for (Map.Entry<String, List<Place>> e : index.entrySet()) {
      String candidate = e.getKey();
      if (candidate.length() >= 2 && oneEditApart(name, candidate)) {
        PlaceLevel level = e.getValue().get(0).level();
        out.merge(candidate, level, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
  }

  /** Whether {@code a} becomes {@code b} by replacing, inserting or deleting one character. */
  static boolean oneEditApart(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      return a.regionMatches(i + 1, b, i + 1, la - i - 1);
    }
    return la < lb ? a.regionMatches(i, b, i + 1, la - i) : b.regionMatches(i, a, i + 1, lb - i);
  }

  /** Full, former and common names, each with its units (provinces first). */
  Map<String, List<Place>> fullNameIndex() {
    return byFullName;
  }

  /** Short names (including the indexed district short names), each with its units. */
  Map<String, List<Place>> shortNameIndex() {
    return byShortName;
  }

  /**
   * Whether a short name is a place in running text: a province's or a prefecture's that is not a
   * common word, or one of the well-known district short names.
   */
  static boolean isRecognizableShortName(String name, List<Place> units) {
    PlaceNames names = PlaceNames.bundled();
    if (names.countyShortNames.containsKey(name)) {
      return true;
    }
    if (name.length() < 2 || names.shortStoplist.contains(name)) {
      return false;
    }
    for (Place p : units) {
      if (p.level() != PlaceLevel.DISTRICT) {
        return true;
      }
    }
    return false;
  }

  private Place known(Place place) {
    Objects.requireNonNull(place, "place");
    Place p = byCode.get(place.code());
    if (p == null) {
      throw new IllegalArgumentException("place not in this gazetteer: " + place.code() + " " + place.name());
    }
    return p;
  }

  private static void add(Map<String, List<Place>> index, String name, Place p) {
    List<Place> list = index.get(name);
    if (list == null) {
      list = new ArrayList<>(1);
      index.put(name, list);
    }
    for (Place q : list) {
      if (q == p) {
        return; // identity, not equals(): a record's first equals() costs a bootstrap at start-up
      }
    }
    list.add(p);
  }

  private static boolean isSixDigits(String code) {
    if (code.length() != 6) {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static final class ByLevelThenCode implements Comparator<Place> {
    @Override
    public int compare(Place a, Place b) {
      int byLevel = a.level().compareTo(b.level());
      return byLevel != 0 ? byLevel : a.code().compareTo(b.code());
    }
  }

  private static Map<String, List<Place>> freeze(Map<String, List<Place>> index) {
    Map<String, List<Place>> out = new HashMap<>(index.size() * 2);
    for (Map.Entry<String, List<Place>> e : index.entrySet()) {
      List<Place> list = new ArrayList<>(e.getValue());
      list.sort(BY_LEVEL_THEN_CODE);
      out.put(e.getKey(), List.copyOf(list));
    }
    return Map.copyOf(out);
  }
}
