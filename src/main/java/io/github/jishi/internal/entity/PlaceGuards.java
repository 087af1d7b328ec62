package io.github.jishi.internal.entity;

import io.github.jishi.internal.lexicon.Lexicon;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Context rules that tell a place name from the same characters used otherwise.
 *
 * <p>Each rule looks only at the characters around a dictionary match, so it works without a
 * segmentation; the recognizer combines them with the tokens when it has them. The words come
 * from the lexicon's {@code place-*} vocabularies, each answering false hits seen in text: road
 * names (南京东路), bodies named after a place (浙江大学, 北京时间), person names (刘长春), words
 * that happen to contain a name (新乡村, 长治久安). Immutable and thread-safe.
 */
final class PlaceGuards {
  private final String roadInfixes;
  private final List<String> roadSuffixes;
  /** Words that start like a road suffix but say something about the place itself (浙江道路, 杭州站点). */
  private final List<String> notRoads;
  /** Bodies and things named after a place rather than located by it. */
  private final List<String> namedAfter;
  /** Words that may stand between the place and such a body: 上海交通大学, 北京协和医院. */
  private final List<String> namedAfterInfixes;
  /** First characters of a road suffix, a body's name or an infix: most text after a name has none. */
  private final BitSet afterNameStarts;
  /** Names that start a common word or product (长治久安, 新乡村, 三明治, 大理石). */
  private final Map<String, List<String>> wordContinuations;
  /** Names that end a common word begun before them: 幸福建设, 建成都市圈, 美国德州 (Texas). */
  private final Map<String, List<String>> wordBeginnings;
  /** A bank of a river or a slope of a mountain: 黄河北岸 is not 河北. */
  private final String sideWords;
  /** Directions that end a name and, before a side word, make a bank or slope. */
  private final String directions;
  /** Rivers, lakes and coasts whose name would swallow a place name's first character. */
  private final List<String> waterWords;
  /** What may stand before a two-character county name when nothing else marks its start. */
  private final String countyLeft;
  /** What may not follow a two-character county name (县级, 县域). */
  private final String countyNotBefore;
  private final String surnames;
  /** What follows a person's name, not a place: 刘长春表示, 王大庆院士. */
  private final List<String> afterPerson;
  /** Words that end a firm's name (有限公司). */
  private final List<String> firmWords;
  /** Words that make a nickname the name of an outlet (八闽网, 齐鲁晚报). */
  private final List<String> outletWords;
  /** Characters that end an outlet's name (网, 报) and credits that follow one (摄, 记者). */
  private final String outletTails;
  private final List<String> outletCredits;
  /** Titles and roles before a person's name (负责人). */
  private final List<String> beforePerson;
  /** A name's last character and the next character that together start the next word (市场). */
  private final Map<Character, String> suffixNextWord;

  private PlaceGuards(Lexicon lexicon) {
    roadInfixes = String.join("", lexicon.words("place-road-infixes"));
    roadSuffixes = lexicon.words("place-road-suffixes");
    notRoads = lexicon.words("place-not-roads");
    namedAfter = lexicon.words("place-named-after");
    namedAfterInfixes = lexicon.words("place-named-after-infixes");
    afterNameStarts = firstChars(roadInfixes, roadSuffixes, namedAfter, namedAfterInfixes);
    wordContinuations = listMap(lexicon.rows("place-word-continuations"));
    wordBeginnings = listMap(lexicon.rows("place-word-beginnings"));
    sideWords = String.join("", lexicon.words("place-side-words"));
    directions = String.join("", lexicon.words("place-directions"));
    waterWords = lexicon.words("place-water-words");
    countyLeft = String.join("", lexicon.words("place-county-left"));
    countyNotBefore = String.join("", lexicon.words("place-county-not-before"));
    surnames = String.join("", lexicon.words("place-surnames"));
    afterPerson = lexicon.words("place-person-after");
    firmWords = lexicon.words("place-firm-words");
    outletWords = lexicon.words("place-outlet-words");
    StringBuilder tails = new StringBuilder();
    List<String> credits = new java.util.ArrayList<>();
    for (List<String> row : lexicon.rows("place-outlet-ends")) {
      if (row.size() > 1 && row.get(1).equals("tail")) {
        tails.append(row.get(0));
      } else {
        credits.add(row.get(0));
      }
    }
    outletTails = tails.toString();
    outletCredits = List.copyOf(credits);
    beforePerson = lexicon.words("place-person-before");
    Map<Character, String> next = new HashMap<>();
    for (List<String> row : lexicon.rows("place-suffix-next-word")) {
      if (row.size() > 1) {
        next.merge(row.get(0).charAt(0), row.get(1), String::concat);
      }
    }
    suffixNextWord = Map.copyOf(next);
  }

  /** The guards as bundled, read once and shared. */
  static PlaceGuards bundled() {
    return Bundled.INSTANCE;
  }

  /** Holds the bundled instance, made on first use. */
  private static final class Bundled {
    static final PlaceGuards INSTANCE = new PlaceGuards(Lexicon.bundled());
  }

  /** The guards of {@code lexicon} (the bundled vocabularies with a user's overlay, say). */
  static PlaceGuards of(Lexicon lexicon) {
    Objects.requireNonNull(lexicon, "lexicon");
    return lexicon == Lexicon.bundled() ? bundled() : new PlaceGuards(lexicon);
  }

  private static Map<String, List<String>> listMap(List<List<String>> rows) {
    Map<String, List<String>> out = new HashMap<>();
    for (List<String> row : rows) {
      if (row.size() > 1 && !row.get(1).isEmpty()) {
        out.put(row.get(0), List.of(row.get(1).split("\\|")));
      }
    }
    return Map.copyOf(out);
  }

  private static BitSet firstChars(String chars, List<String> a, List<String> b, List<String> c) {
    BitSet out = new BitSet(Character.MAX_VALUE + 1);
    for (int i = 0; i < chars.length(); i++) {
      out.set(chars.charAt(i));
    }
    for (List<String> words : List.of(a, b, c)) {
      for (String w : words) {
        out.set(w.charAt(0));
      }
    }
    return out;
  }

  /** 南京东路, 中山路, 北京南站, 环河北路: the name starts a road, street or station name. */
  boolean startsRoadName(String text, int end) {
    if (end >= text.length() || !afterNameStarts.get(text.charAt(end))) {
      return false;
    }
    int at = end;
    if (at < text.length() && roadInfixes.indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    for (String suffix : roadSuffixes) {
      if (text.startsWith(suffix, at)) {
        if (at == end && startsAny(text, end, notRoads)) {
          return false;
        }
        return true;
      }
    }
    return false;
  }

  /** 浙江大学, 上海交通大学, 杭州银行, 北京时间: the name starts the name of a body or thing. */
  boolean startsNamedBody(String text, int end) {
    if (end >= text.length() || !afterNameStarts.get(text.charAt(end))) {
      return false;
    }
    int at = end;
    for (int infixes = 0; infixes <= 3; infixes++) {
      if (startsAny(text, at, namedAfter)) {
        return true;
      }
      int next = -1;
      for (String infix : namedAfterInfixes) {
        if (text.startsWith(infix, at)) {
          next = at + infix.length();
          break;
        }
      }
      if (next < 0) {
        return false;
      }
      at = next;
    }
    return false;
  }

  /** 长治久安, 新乡村, 幸福建设, 黄河北岸, 沿海南部: the characters form another word with what surrounds them. */
  boolean formsOtherWord(String name, String text, int start, int end, boolean startIsFree) {
    List<String> continuations = wordContinuations.get(name);
    if (continuations != null && startsAny(text, end, continuations)) {
      return true;
    }
    List<String> beginnings = wordBeginnings.get(name);
    if (startIsFree && beginnings != null) {
      for (String w : beginnings) {
        if (text.startsWith(w, start - w.length())) {
          return true;
        }
      }
    }
    char last = name.charAt(name.length() - 1);
    if (directions.indexOf(last) >= 0 && end < text.length() && sideWords.indexOf(text.charAt(end)) >= 0) {
      return true;
    }
    if (!startIsFree || start == 0) {
      return false;
    }
    for (String w : waterWords) {
      if (w.length() > 1 && text.startsWith(w, start + 1 - w.length())) {
        return true;
      }
    }
    return false;
  }

  /** 北京市场, 浙江省份: the suffix belongs to the next word, so the name is the shorter one. */
  boolean suffixStartsNextWord(String name, String text, int end) {
    if (end >= text.length()) {
      return false;
    }
    String next = suffixNextWord.get(name.charAt(name.length() - 1));
    return next != null && next.indexOf(text.charAt(end)) >= 0;
  }

  /**
   * 示范县, 提高县级: a two-character county name needs a clear start (sentence start, punctuation,
   * a preceding place or a function word) and is not the start of 县级 or 县域.
   */
  boolean isDoubtfulShortFullName(String text, int start, int end, boolean startIsFree) {
    if (end < text.length() && countyNotBefore.indexOf(text.charAt(end)) >= 0) {
      return true;
    }
    return lacksClearStart(text, start, startIsFree);
  }

  /** Whether a name at {@code start} follows a character that does not end a word before a place (示范县). */
  boolean lacksClearStart(String text, int start, boolean startIsFree) {
    if (!startIsFree || start == 0) {
      return false;
    }
    char prev = text.charAt(start - 1);
    return isHan(prev) && countyLeft.indexOf(prev) < 0;
  }

  /** 刘长春表示, 王大庆院士: a surname before and a person's context after make it a name. */
  boolean looksLikePersonName(String text, int start, int end, boolean startIsFree) {
    if (!startIsFree || start == 0 || surnames.indexOf(text.charAt(start - 1)) < 0) {
      return false;
    }
    return end == text.length() || !isHan(text.charAt(end)) || startsAny(text, end, afterPerson);
  }

  /**
   * 田东介绍, 负责人田东, 田东说, 彭阳雨坦言: a two-character name that starts with a surname and stands where
   * a person stands (before a verb of saying, after a title) is a person's name.
   */
  boolean looksLikeWholePersonName(String name, String text, int start, int end) {
    if (name.length() != 2) {
      return false;
    }
    for (String w : beforePerson) {
      if (text.startsWith(w, start - w.length())) {
        return true;
      }
    }
    if (surnames.indexOf(name.charAt(0)) < 0 || end >= text.length()) {
      return false;
    }
    // 田东介绍, or with a third character of the given name: 彭阳雨坦言
    return startsAny(text, end, afterPerson) || (isHan(text.charAt(end)) && startsAny(text, end + 1, afterPerson));
  }

  /**
   * 八闽网, 齐鲁晚报, 三秦都市报记者, 荆楚某某网北京电: a news outlet's or a service's name runs on
   * from {@code end}; {@code placeAt} tells whether a place name starts at an offset (a dateline).
   */
  boolean startsOutletName(String text, int end, java.util.function.IntPredicate placeAt) {
    if (startsAny(text, end, outletWords)) {
      return true;
    }
    int limit = Math.min(text.length(), end + 6);
    for (int at = end; at < limit && isHan(text.charAt(at)); at++) {
      if (outletTails.indexOf(text.charAt(at)) >= 0
          && (at + 1 == text.length() || !isHan(text.charAt(at + 1)) || startsAny(text, at + 1, outletCredits)
              || placeAt.test(at + 1))) {
        return true;
      }
    }
    return false;
  }

  /** 泰和某某科技有限公司: a firm's name runs on from {@code end} within the clause. */
  boolean startsFirmName(String text, int end) {
    int limit = Math.min(text.length(), end + 12);
    for (int at = end; at < limit && isHan(text.charAt(at)); at++) {
      if (startsAny(text, at, firmWords)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c} may stand right before a county name that nothing else marks (在, 、, 省). */
  boolean isCountyLeft(char c) {
    return !isHan(c) || countyLeft.indexOf(c) >= 0;
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean startsAny(String text, int at, List<String> words) {
    for (String w : words) {
      if (text.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }
}
