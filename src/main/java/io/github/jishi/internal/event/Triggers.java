package io.github.jishi.internal.event;

import io.github.jishi.internal.lexicon.Lexicon;
import io.github.jishi.internal.lexicon.WordMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verbs that make a sentence report an event, and the words that stop them counting.
 *
 * <p>{@code 发布} in {@code 新闻发布会} is a noun, {@code 实施} in {@code 实施方案} names a
 * document: a trigger directly followed by such a word is not one.
 */
final class Triggers {
  /** The verbs, longest first so {@code 支持创建} wins over nothing shorter inside it. */
  private final WordMatcher verbs;
  /** What may follow a trigger and turn it into part of a noun ({@code 发布会}, {@code 实施方案}). */
  private final WordMatcher nounAfter;
  private final Map<String, String> kinds;
  /** Each verb as an action, its adverb dropped ({@code 正式启动} is {@code 启动}; {@code action-adverbs}). */
  private final Map<String, String> actions = new HashMap<>();

  /**
   * The verbs of {@code lexicon}'s {@code triggers} and {@code trigger-noun-after} vocabularies, and
   * the adverbs of {@code action-adverbs} an action drops.
   */
  Triggers(Lexicon lexicon) {
    List<String> words = lexicon.words("triggers");
    this.verbs = WordMatcher.of(words);
    this.nounAfter = WordMatcher.of(lexicon.words("trigger-noun-after"));
    this.kinds = lexicon.map("triggers");
    Pattern adverbs = Pattern.compile(lexicon.alternation("action-adverbs"));
    for (String w : words) {
      Matcher adverb = adverbs.matcher(w);
      actions.put(w, adverb.lookingAt() && adverb.end() < w.length() ? w.substring(adverb.end()) : w);
    }
  }

  /**
   * A trigger found in a sentence, offsets relative to it.
   *
   * @param attributive it modifies the noun after {@code 的} ({@code 8月底举办的2019世界人工智能大会},
   *     {@code 公布的建设思路}) rather than telling what happened
   * @param action the word as the event's action, its adverb dropped ({@code 正式启动} is {@code 启动})
   */
  record Hit(String word, int start, int end, boolean attributive, String kind, String action) {}

  /** Whether the sentence holds any trigger word at all: only such sentences can report an event. */
  boolean any(String sentence) {
    return verbs.any(sentence);
  }

  List<Hit> find(String sentence) {
    List<Hit> out = new ArrayList<>();
    for (WordMatcher.Match m : verbs.findAll(sentence)) {
      if (m.end() < sentence.length() && nounAfter.wordAt(sentence, m.end()) != null) {
        continue;
      }
      boolean attributive = m.end() < sentence.length() && sentence.charAt(m.end()) == '的';
      out.add(new Hit(m.word(), m.start(), m.end(), attributive, kinds.getOrDefault(m.word(), "other"),
          actions.getOrDefault(m.word(), m.word())));
    }
    return out;
  }
}
