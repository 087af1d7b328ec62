package io.github.jishi.internal.entity;

import io.github.jishi.JishiException;
import io.github.jishi.internal.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which surface forms of the gazetteer count as place names in running text, and which do not,
 * with the names the gazetteer does not hold: nicknames, abbreviation compounds, development
 * zones.
 *
 * <p>The words live in the lexicon's {@code place-*} vocabularies; this class gives them their
 * structure. The gazetteer knows every unit's full and short name; running text reuses many of
 * those short names as ordinary words (朝阳产业, 长治久安, 城区面积, 大好江山). The stop lists keep
 * the recognizer to names that are places in practice. Immutable and thread-safe.
 */
final class PlaceNames {
  /** Provinces whose city is themselves (municipalities, and the two special administrative regions). */
  static final Set<String> SELF_CITY_PROVINCES = Set.of("110000", "120000", "310000", "500000", "810000", "820000");

  /** Short names of provinces and prefectures that are mostly common words or landmarks in text. */
  final Set<String> shortStoplist;
  /** Full names that are mostly common words (城区面积, 新县城, 省市和县级). */
  final Set<String> fullStoplist;
  /** Short forms of county-level units taken alone and given to the segmenter, mapped to the full name. */
  final Map<String, String> countyShortNames;
  /** County-level short names that are ordinary words elsewhere: taken only next to their province or city. */
  final Set<String> countyWords;
  /** Fixed compounds of one-character abbreviations, the code each character stands for ({@code null}: none). */
  final Map<String, String[]> compounds;
  /** Nicknames and one-character abbreviations of cities and provinces. */
  final List<Nickname> nicknames;
  /** Words that, right before a one-character abbreviation, make it a place (在榕, 来沪, 落户). */
  final List<String> abbreviationCues;
  /** Characters that, right after a one-character abbreviation, make it part of another word (沪指). */
  final String abbreviationBlockers;
  /** Development areas that are places of their cities. */
  final List<Zone> zones;
  /** Other forms of names by their suffix today (红河州; 黔西县 for 黔西市). */
  final List<SuffixForm> suffixForms;

  /** A nickname: {@code cued} ones count only after a cue word, except the cue words in {@code notAfter}. */
  record Nickname(String form, String code, boolean cued, Set<String> notAfter) {}

  /** A development area: its name, the other forms it goes by, its cities (full names), its kind. */
  record Zone(String name, List<String> aliases, List<String> cities, String kind) {}

  /** Units of {@code level} whose name ends in {@code suffix} are also written with each of {@code others}. */
  record SuffixForm(String suffix, PlaceLevel level, List<String> others) {}

  private PlaceNames(Lexicon lexicon) {
    shortStoplist = lexicon.set("place-short-stop");
    fullStoplist = lexicon.set("place-full-stop");
    countyShortNames = lexicon.map("place-county-short");
    countyWords = lexicon.set("place-county-words");
    Map<String, String[]> comp = new LinkedHashMap<>();
    for (List<String> row : lexicon.rows("place-compounds")) {
      String[] codes = column(row, 1, "place-compounds").split(",");
      if (codes.length != row.get(0).length()) {
        throw new JishiException("place-compounds: " + row.get(0) + " needs one code per character");
      }
      for (int i = 0; i < codes.length; i++) {
        codes[i] = codes[i].strip().equals("-") ? null : codes[i].strip();
      }
      comp.put(row.get(0), codes);
    }
    compounds = Collections.unmodifiableMap(comp);
    List<Nickname> nicks = new ArrayList<>();
    for (List<String> row : lexicon.rows("place-nicknames")) {
      String use = column(row, 2, "place-nicknames");
      if (!use.equals("alone") && !use.equals("cued")) {
        throw new JishiException("place-nicknames: use of " + row.get(0) + " is neither alone nor cued: " + use);
      }
      Set<String> notAfter = new HashSet<>();
      if (row.size() > 4 && !row.get(4).isEmpty()) {
        notAfter.addAll(List.of(row.get(4).split("\\|")));
      }
      nicks.add(new Nickname(row.get(0), column(row, 1, "place-nicknames"), use.equals("cued"), Set.copyOf(notAfter)));
    }
    nicknames = List.copyOf(nicks);
    List<String> cues = new ArrayList<>();
    StringBuilder blockers = new StringBuilder();
    for (List<String> row : lexicon.rows("place-nickname-cues")) {
      String role = column(row, 1, "place-nickname-cues");
      if (role.equals("before")) {
        cues.add(row.get(0));
      } else if (role.equals("not-after")) {
        blockers.append(row.get(0));
      } else {
        throw new JishiException("place-nickname-cues: role of " + row.get(0) + " is neither before nor not-after: " + role);
      }
    }
    abbreviationCues = List.copyOf(cues);
    abbreviationBlockers = blockers.toString();
    List<Zone> zs = new ArrayList<>();
    for (List<String> row : lexicon.rows("place-zones")) {
      String aliases = row.size() > 1 ? row.get(1) : "";
      List<String> cities = new ArrayList<>();
      for (String city : column(row, 2, "place-zones").split(",")) {
        cities.add(city.strip());
      }
      zs.add(new Zone(row.get(0), aliases.isEmpty() ? List.of() : List.of(aliases.split("\\|")),
          List.copyOf(cities), column(row, 3, "place-zones")));
    }
    zones = List.copyOf(zs);
    List<SuffixForm> forms = new ArrayList<>();
    for (List<String> row : lexicon.rows("place-suffixes")) {
      String level = column(row, 1, "place-suffixes");
      PlaceLevel l = switch (level) {
        case "city" -> PlaceLevel.CITY;
        case "district" -> PlaceLevel.DISTRICT;
        default -> throw new JishiException("place-suffixes: level of " + row.get(0) + " is neither city nor district: " + level);
      };
      forms.add(new SuffixForm(row.get(0), l, List.of(column(row, 2, "place-suffixes").split("\\|"))));
    }
    suffixForms = List.copyOf(forms);
  }

  /** The names as bundled, read once and shared. */
  static PlaceNames bundled() {
    return Bundled.INSTANCE;
  }

  /** Holds the bundled instance, made on first use. */
  private static final class Bundled {
    static final PlaceNames INSTANCE = new PlaceNames(Lexicon.bundled());
  }

  /** The names of {@code lexicon} (the bundled vocabularies with a user's overlay, say). */
  static PlaceNames of(Lexicon lexicon) {
    Objects.requireNonNull(lexicon, "lexicon");
    return lexicon == Lexicon.bundled() ? bundled() : new PlaceNames(lexicon);
  }

  private static String column(List<String> row, int index, String vocabulary) {
    if (row.size() <= index || row.get(index).isEmpty()) {
      throw new JishiException(vocabulary + ": line '" + row.get(0) + "' lacks column " + (index + 1));
    }
    return row.get(index);
  }
}
