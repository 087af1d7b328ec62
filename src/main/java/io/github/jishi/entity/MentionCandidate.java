package io.github.jishi.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
}
