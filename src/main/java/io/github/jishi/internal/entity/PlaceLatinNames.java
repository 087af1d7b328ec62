package io.github.jishi.internal.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places by the names users type in Latin letters: English names ({@code Hong Kong}, {@code Inner
 * Mongolia}) and pinyin with or without tones, spaces and apostrophes ({@code hangzhou}, {@code
 * Xi'an}, {@code háng zhōu}, {@code hang2zhou1}). Reads the pinyin and English columns of the
 * gazetteer: no pinyin converter is loaded.
 */
final class PlaceLatinNames {
  /** Words a typed name may end with that say only what kind of unit it is. */
  private static final Set<String> KIND_WORDS = Set.of("city", "province", "county", "district", "prefecture",
      "sar", "shi", "sheng", "municipality", "region");

  private final Map<String, List<Place>> english = new HashMap<>();
  private final Map<String, List<Place>> pinyinJoined = new HashMap<>();
  private final Map<String, List<Place>> pinyinSyllables = new HashMap<>();

  PlaceLatinNames(List<Place> places) {
    for (Place p : places) {
      if (!p.english().isEmpty()) {
        for (String name : p.english().split(",")) {
          add(english, key(name), p);
        }
      }
      if (!p.pinyin().isEmpty()) {
        String syllables = fold(p.pinyin());
        add(pinyinSyllables, syllables, p);
        add(pinyinJoined, syllables.replace(" ", ""), p);
      }
    }
    sort(english);
    sort(pinyinJoined);
    sort(pinyinSyllables);
  }

  /** Provinces first, then cities, then districts, each in code order. */
  private static void sort(Map<String, List<Place>> index) {
    for (List<Place> list : index.values()) {
      list.sort(java.util.Comparator.comparing(Place::level).thenComparing(Place::code));
    }
  }

  /** Whether {@code query} is written in Latin letters (no Han characters). */
  static boolean isLatin(String query) {
    boolean letter = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** The units named {@code query}: English names first, then pinyin; empty if none. */
  List<Place> find(String query) {
    String folded = fold(query);
    List<String> words = new ArrayList<>(List.of(folded.split(" ")));
    words.removeIf(String::isEmpty);
    if (words.isEmpty()) {
      return List.of();
    }
    List<Place> found = english.getOrDefault(String.join("", words), List.of());
    List<String> bare = words;
    if (words.size() > 1 && KIND_WORDS.contains(words.get(words.size() - 1))) {
      bare = words.subList(0, words.size() - 1);
    }
    if (found.isEmpty()) {
      found = english.getOrDefault(String.join("", bare), List.of());
    }
    if (found.isEmpty() && bare.size() > 1) {
      found = pinyinSyllables.getOrDefault(String.join(" ", bare), List.of());
    }
    if (found.isEmpty()) {
      found = pinyinJoined.getOrDefault(String.join("", bare), List.of());
    }
    if (found.isEmpty() && bare != words) {
      found = pinyinJoined.getOrDefault(String.join("", words), List.of());
    }
    return found;
  }

  /** English names compare by their letters alone: {@code Hong Kong} is {@code hongkong}. */
  private static String key(String name) {
    return fold(name).replace(" ", "");
  }

  /**
   * Lower case without tone marks or tone numbers, ü and v as u, and any run of spaces,
   * apostrophes, hyphens and dots as one space.
   */
  static String fold(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(plain.length());
    boolean gap = false;
    for (int i = 0; i < plain.length(); i++) {
      char c = Character.toLowerCase(plain.charAt(i));
      if (Character.getType(c) == Character.NON_SPACING_MARK || (c >= '0' && c <= '9')) {
        continue;
      }
      if (c == 'v') {
        c = 'u';
      }
      if (Character.isLetter(c)) {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        gap = false;
        b.append(c);
      } else {
        gap = true;
      }
    }
    return b.toString();
  }

  private static void add(Map<String, List<Place>> index, String key, Place p) {
    List<Place> list = index.get(key);
    if (list == null) {
      list = new ArrayList<>(1);
      index.put(key, list);
    }
    list.add(p);
  }
}
