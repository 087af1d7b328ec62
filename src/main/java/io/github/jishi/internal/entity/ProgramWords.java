package io.github.jishi.internal.entity;

import io.github.jishi.internal.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words programme names are made of, read from a {@link Lexicon}: the type words a name ends in
 * ({@code program-types}), the national qualifiers it may start with
 * ({@code program-national-qualifiers}), and what makes a name generic ({@code program-generic},
 * {@code program-generic-modifiers}). Shared by the catalogue (to derive short forms) and the
 * recognizer (to judge unseen names). Immutable.
 */
final class ProgramWords {
  /** What a type word says: the mention's kind and the word's class (zone, list, document, …). */
  record Type(String word, String kind, String kindClass) {
    boolean isDocument() {
      return kindClass.equals("document");
    }
  }

  private static final Pattern QUOTES = Pattern.compile("[“”\"「」『』‘’《》〈〉\\s]");
  /** The characters of {@link #QUOTES}, whitespace as {@code \s} has it. */
  private static final String QUOTE_CHARS = "“”\"「」『』‘’《》〈〉 \t\n\u000B\f\r";

  private final Map<String, Type> types;
  private final List<String> typesLongestFirst;
  private final List<String> nationalQualifiers;
  private final Set<String> genericExact;
  private final List<String> genericEndings;
  private final List<String> modifiersLongestFirst;

  ProgramWords(Lexicon lexicon) {
    Objects.requireNonNull(lexicon, "lexicon");
    Map<String, Type> t = new LinkedHashMap<>();
    for (List<String> row : lexicon.rows("program-types")) {
      String kind = row.size() > 1 && !row.get(1).isEmpty() ? row.get(1) : "program";
      String kindClass = row.size() > 2 && !row.get(2).isEmpty() ? row.get(2) : "name";
      t.put(row.get(0), new Type(row.get(0), kind, kindClass));
    }
    this.types = Map.copyOf(t);
    this.typesLongestFirst = longestFirst(t.keySet());
    this.nationalQualifiers = longestFirst(lexicon.words("program-national-qualifiers"));
    List<String> exact = new ArrayList<>();
    List<String> endings = new ArrayList<>();
    for (List<String> row : lexicon.rows("program-generic")) {
      (row.size() > 1 && row.get(1).equals("ending") ? endings : exact).add(row.get(0));
    }
    this.genericExact = Set.copyOf(exact);
    this.genericEndings = List.copyOf(endings);
    this.modifiersLongestFirst = longestFirst(lexicon.words("program-generic-modifiers"));
  }

  static List<String> longestFirst(Collection<String> words) {
    List<String> out = new ArrayList<>(new LinkedHashSet<>(words));
    out.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return List.copyOf(out);
  }

  /** The type words, longest first. */
  List<String> typeWords() {
    return typesLongestFirst;
  }

  Type type(String word) {
    return types.get(word);
  }

  /** The longest type word {@code name} ends in, or null. */
  Type typeAtEnd(String name) {
    for (String w : typesLongestFirst) {
      if (name.endsWith(w)) {
        return types.get(w);
      }
    }
    return null;
  }

  /** The national qualifier {@code name} starts with, or null. */
  String nationalQualifierOf(String name) {
    for (String q : nationalQualifiers) {
      if (name.startsWith(q)) {
        return q;
      }
    }
    return null;
  }

  /**
   * The short form of {@code name} without its national qualifier, when the rest still names a
   * programme: Chinese from its first character, four characters or more, ending in a type word
   * with something before it, and not generic. Null otherwise.
   */
  String withoutNationalQualifier(String name) {
    String q = nationalQualifierOf(name);
    if (q == null) {
      return null;
    }
    String rest = name.substring(q.length());
    if (rest.length() < 4 || Character.UnicodeScript.of(rest.charAt(0)) != Character.UnicodeScript.HAN) {
      return null;
    }
    Type t = typeAtEnd(rest);
    if (t == null || rest.length() - t.word().length() < 2 || isGeneric(rest)) {
      return null;
    }
    return rest;
  }

  /**
   * Whether {@code name} says nothing about which programme is meant: a listed generic name or
   * ending, or generic modifiers only before one type word ({@code 总体规划}, {@code 国家级试点},
   * {@code 规划}). Quotes and brackets around words do not count.
   */
  boolean isGeneric(String name) {
    String n = hasQuote(name) ? QUOTES.matcher(name).replaceAll("") : name;
    if (n.isEmpty() || genericExact.contains(n)) {
      return true;
    }
    for (String e : genericEndings) {
      if (n.endsWith(e)) {
        return true;
      }
    }
    Type t = typeAtEnd(n);
    if (t == null) {
      return false;
    }
    return onlyModifiers(n.substring(0, n.length() - t.word().length()));
  }

  /** Whether {@code name} holds a character of {@link #QUOTES}. */
  private static boolean hasQuote(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (QUOTE_CHARS.indexOf(name.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code head} is made of generic modifiers only (or of another type word after them). */
  private boolean onlyModifiers(String head) {
    boolean[] reach = new boolean[head.length() + 1];
    reach[0] = true;
    for (int i = 0; i < head.length(); i++) {
      if (!reach[i]) {
        continue;
      }
      for (String m : modifiersLongestFirst) {
        if (head.startsWith(m, i)) {
          reach[i + m.length()] = true;
        }
      }
    }
    return reach[head.length()];
  }
}
