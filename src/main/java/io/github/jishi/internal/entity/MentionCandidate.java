package io.github.jishi.internal.entity;

import io.github.jishi.entity.Mention;
import io.github.jishi.entity.MentionType;
import io.github.jishi.internal.lexicon.Lexicon;
import io.github.jishi.internal.nlp.PhraseBounds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A possible mention before overlaps are settled: the longest wins, then the higher priority.
 *
 * <p>Shared by the recognizers that propose several overlapping names for one stretch of text
 * ({@code 浙江省卫生健康委} against {@code 卫生健康委}).
 */
record MentionCandidate(int start, int end, String canonical, Map<String, String> attributes, int priority) {

  /** The candidates that survive, as mentions of {@code type} in text order. */
  static List<Mention> resolve(List<MentionCandidate> candidates, String sentence, MentionType type) {
    List<MentionCandidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt((MentionCandidate c) -> c.end - c.start).reversed()
        .thenComparing(Comparator.comparingInt(MentionCandidate::priority).reversed())
        .thenComparingInt(MentionCandidate::start));
    List<MentionCandidate> kept = new ArrayList<>();
    for (MentionCandidate c : sorted) {
      if (kept.stream().noneMatch(k -> k.start < c.end && c.start < k.end)) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(MentionCandidate::start));
    List<Mention> out = new ArrayList<>();
    for (MentionCandidate c : kept) {
      out.add(new Mention(type, sentence.substring(c.start, c.end), c.start, c.end, c.canonical, c.attributes));
    }
    return List.copyOf(out);
  }

  /**
   * {@link PhraseBounds#nameStartByCharacters} over the stretch of at most {@code maxLength}
   * characters before {@code end} only, so that a long stop list costs a short scan per word.
   */
  static int nameStartByCharacters(String sentence, int end, int maxLength, List<String> cuts) {
    int from = Math.max(0, end - maxLength);
    return from + PhraseBounds.nameStartByCharacters(sentence.substring(from, end), end - from, maxLength, cuts);
  }

  /** The vocabulary of the shared stop list: words that end the walk to the left of a name. */
  static final String STOP_WORDS = "program-org-stop-words";

  /**
   * The stop list organisation and programme names share ({@value #STOP_WORDS}): {@code all} ends
   * the walk over tokens; {@code cuts} are looked for inside a run of characters when there are no
   * tokens (every phrase, and the single characters marked so); {@code links} are skipped at the front of a name.
   */
  record Stops(Set<String> all, List<String> cuts, List<String> links) {
    static Stops of(Lexicon lexicon) {
      List<String> all = new ArrayList<>();
      List<String> cuts = new ArrayList<>();
      List<String> links = new ArrayList<>();
      for (List<String> row : lexicon.rows(STOP_WORDS)) {
        String w = row.get(0);
        String role = row.size() > 1 ? row.get(1) : "stop";
        if (role.equals("link") || role.equals("front")) {
          links.add(w);
        }
        if (role.equals("front")) {
          continue;
        }
        all.add(w);
        if (w.length() > 1 || (row.size() > 2 && row.get(2).equals("yes"))) {
          cuts.add(w);
        }
      }
      return new Stops(Set.copyOf(all), cuts.stream().sorted().toList(), ProgramWords.longestFirst(links));
    }

    /** {@code start} moved past link words left dangling at the front of a name ending at {@code limit}. */
    int skipLinks(String sentence, int start, int limit) {
      int s = start;
      boolean moved = true;
      while (moved && s < limit) {
        moved = false;
        for (String w : links) {
          if (sentence.startsWith(w, s) && s + w.length() <= limit) {
            s += w.length();
            moved = true;
          }
        }
      }
      return s;
    }
  }
}
