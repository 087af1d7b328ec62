package io.github.jishi.event;

import io.github.jishi.lexicon.Lexicon;
import java.util.ArrayList;
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
  private final Pattern pattern;
  /** What may follow a trigger and turn it into part of a noun ({@code 发布会}, {@code 实施方案}). */
  private final Pattern nounAfter;
  private final Map<String, String> kinds;

  /** The verbs of {@code lexicon}'s {@code triggers} and {@code trigger-noun-after} vocabularies. */
  Triggers(Lexicon lexicon) {
    this.pattern = Pattern.compile(lexicon.alternation("triggers"));
    this.nounAfter = Pattern.compile("^(" + lexicon.alternation("trigger-noun-after") + ")");
    this.kinds = lexicon.map("triggers");
  }

  /**
   * A trigger found in a sentence, offsets relative to it.
   *
   * @param attributive it modifies the noun after {@code 的} ({@code 8月底举办的2019世界人工智能大会},
   *     {@code 公布的建设思路}) rather than telling what happened
   */
  record Hit(String word, int start, int end, boolean attributive, String kind) {}

  /** Whether the sentence holds any trigger word at all: only such sentences can report an event. */
  boolean any(String sentence) {
    return pattern.matcher(sentence).find();
  }

  List<Hit> find(String sentence) {
    List<Hit> out = new ArrayList<>();
    Matcher m = pattern.matcher(sentence);
    while (m.find()) {
      if (nounAfter.matcher(sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 3))).find()) {
        continue;
      }
      boolean attributive = m.end() < sentence.length() && sentence.charAt(m.end()) == '的';
      out.add(new Hit(m.group(), m.start(), m.end(), attributive, kinds.getOrDefault(m.group(), "other")));
    }
    return out;
  }
}
